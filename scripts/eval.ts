/**
 * Scores the analysis engine against gold annotations with ../shared/eval/score.mjs: the seeds
 * (../shared/corpus/seeds, ../shared/eval/gold) and our own annotated sets in resources/eval/set-*, each with
 * `corpus/*.txt` and `gold/*.json` in the format of ../shared/eval/GOLD.md. `npm run eval` prints one score
 * line per set, and a line scoring agreements, which the scorer leaves out; `npm run eval -- --verbose` also prints every disagreement. The sets were written and annotated by people who had not read the engine, and then used to
 * improve it: they now catch regressions, and a fresh set is needed to measure generalisation again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main';
import { nodeParseEnv } from '../src/cli/node-env';
import { fold } from '../src/core/text/fold';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const SCORER = join(SHARED, 'eval/score.mjs');

const sets: [string, string, string][] = [['seeds', join(SHARED, 'corpus/seeds'), join(SHARED, 'eval/gold')]];
for (const name of readdirSync(join(ROOT, 'resources/eval')).sort((a, b) =>
  a.localeCompare(b, 'en', { numeric: true }),
))
  sets.push([name, join(ROOT, 'resources/eval', name, 'corpus'), join(ROOT, 'resources/eval', name, 'gold')]);

if (!existsSync(SCORER)) {
  console.error(`eval: the scorer ${SCORER} is missing; put the shared folder beside the repository.`);
  process.exit(1);
}
const verbose = process.argv.includes('--verbose');
const out = mkdtempSync(join(tmpdir(), 'kizuna-eval-'));
for (const [name, corpus, gold] of sets) {
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(corpus, f));
  let json = '';
  await main(['analyze', ...files, '--json'], {
    readFile: (path) => readFile(path),
    stdout: (text) => (json += text),
    stderr: (text) => process.stderr.write(text),
    parseEnv: nodeParseEnv,
  });
  const pred = join(out, `${name}.json`);
  writeFileSync(pred, json);
  const args = [SCORER, '--gold', gold, '--pred', pred, ...(verbose ? ['--verbose'] : [])];
  const lines = execFileSync('node', args, { encoding: 'utf8' }).trim().split('\n');
  if (verbose) for (const line of lines.slice(0, -1)) console.log(`${name.padEnd(6)} ${line}`);
  console.log(`${name.padEnd(6)} ${lines.at(-1)}`);
  console.log(`${name.padEnd(6)} ${agreementScore(gold, json)}`);
}

interface AgreementOut {
  parties: string[];
  date: string | null;
}

interface DocumentOut {
  file: string;
  entities: { text: string; ref: string | null }[];
  agreements: AgreementOut[];
}

/** Folded texts each ref is written as in a document: two refs name one party when they share one. */
function spellings(doc: Pick<DocumentOut, 'entities'>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of doc.entities) {
    if (!e.ref) continue;
    const set = out.get(e.ref) ?? out.set(e.ref, new Set([e.ref])).get(e.ref)!;
    set.add(fold(e.text));
  }
  return out;
}

/**
 * The scorer leaves agreements out, so they are scored here: an agreement matches a gold one whose parties
 * are the same, a party counting as the same when its ref is the gold's or is written as one of the gold ref's
 * mentions in the article (refs are named differently by different annotators); of the matched ones, how many
 * have the gold's date.
 */
function agreementScore(goldDir: string, json: string): string {
  const predicted = new Map<string, DocumentOut>();
  for (const d of (JSON.parse(json) as { documents: DocumentOut[] }).documents)
    predicted.set(d.file.split('/').at(-1)!, d);
  let gold = 0;
  let found = 0;
  let matched = 0;
  let dated = 0;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const expected = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as DocumentOut;
    const doc = predicted.get(file.replace(/\.json$/, ''));
    const pool = [...(doc?.agreements ?? [])];
    const goldNames = spellings(expected);
    const predNames = doc ? spellings(doc) : new Map<string, Set<string>>();
    const same = (g: string, p: string): boolean =>
      g === p || [...(predNames.get(p) ?? [])].some((t) => goldNames.get(g)?.has(t));
    const agrees = (g: AgreementOut, p: AgreementOut): boolean =>
      g.parties.length === p.parties.length && g.parties.every((x) => p.parties.some((y) => same(x, y)));
    gold += expected.agreements?.length ?? 0;
    found += pool.length;
    for (const a of expected.agreements ?? []) {
      const i = pool.findIndex((p) => agrees(a, p));
      if (i < 0) continue;
      matched++;
      if (pool[i]!.date === a.date) dated++;
      pool.splice(i, 1);
    }
  }
  const pct = (n: number, d: number): string => (d === 0 ? '  -  ' : ((100 * n) / d).toFixed(1).padStart(5));
  const p = found === 0 ? 0 : matched / found;
  const r = gold === 0 ? 0 : matched / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `agreements (same parties): P ${pct(matched, found)} R ${pct(matched, gold)} F1 ${pct(f1, 1)} | dates of matched ${pct(dated, matched)} (${gold} in gold)`;
}
