/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, each in its own Node process (through tsx) so one
 * benchmark's heap and JIT state never colour the next, and prints their results. Arguments filter by name:
 * `npm run bench -- analysis` runs only analysis.bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const filters = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)))
  .sort();

if (benches.length === 0) {
  console.error(`bench: no bench/*.bench.ts matches ${filters.join(', ')}`);
  process.exit(2);
}

const results: [string, string][] = [];
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const outcome = run.error
    ? `could not start: ${run.error.message}`
    : run.status === 0
      ? `ok (${seconds} s)`
      : `goals not met or failed, exit ${run.status ?? run.signal} (${seconds} s)`;
  results.push([file, outcome]);
}

console.log('\n=== summary');
for (const [file, outcome] of results) console.log(`${file.padEnd(24)} ${outcome}`);
process.exitCode = results.every(([, o]) => o.startsWith('ok')) ? 0 : 1;
