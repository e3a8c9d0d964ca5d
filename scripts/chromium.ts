/**
 * How Kizuna starts Debian's Chromium for e2e tests and benchmarks: the system binary (never a Playwright
 * browser download) with the flags that work headless, as root, on a machine with no outside network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    // Without these Chromium keeps dialling Google's hosts, which this machine refuses.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
