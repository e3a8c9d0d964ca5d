import { readFile } from 'node:fs/promises';
import { main } from './main';
import { nodeParseEnv } from './node-env';

// The `kizuna` command: `npm run kizuna -- analyze FILE... [--json]`, or `npx kizuna` once built.
process.exitCode = await main(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  parseEnv: nodeParseEnv,
});
