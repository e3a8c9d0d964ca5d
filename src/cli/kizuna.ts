import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { main } from './main';

// The `kizuna` command: `npm run kizuna -- analyze FILE... [--json]`, or `npx kizuna` once built.
process.exitCode = await main(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  parseEnv: { parseHtml: (html) => parseHTML(html).document as unknown as Document },
});
