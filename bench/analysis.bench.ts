/**
 * Analysis benchmark: throughput of `analyze` (entities, MONEY/DATE, figures, agreements) on ≥ 5 MB of
 * generated mixed text — English sentences in the style of Vietnam–Japan investment news with varied
 * figures and names, Vietnamese articles from bench/corpus.ts, and adversarial strings — on one core, next
 * to compromise's people/places/organizations/money on the same articles in the same run. Also checks that
 * time grows linearly (1 MB vs 4 MB in one call) and that a 50 MB text neither crashes nor hangs, in a child
 * process whose heap is limited to 1 GB.
 * Goals: ≥ 5 MB/s and ≥ 40× compromise, judged on the medians of several rounds that each time Kizuna and then
 * compromise, so a burst of host load in one second cannot decide the ratio. Times are CPU time of this
 * single-threaded process, so they hold on a shared machine. KIZUNA_BENCH_MB sets the corpus size (default
 * 5.5), KIZUNA_BENCH_ROUNDS the number of rounds (default 3).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nlp from 'compromise';
import { analyze, analyzeWithEntities } from '../src/core/analysis/analyze';
import { recognizeEntities } from '../src/core/analysis/entities/recognize';
import { generateArticle, randomSource } from './corpus';

const TARGET_MB = Number(process.env.KIZUNA_BENCH_MB ?? 5.5);
const GOAL_MB_S = 5;
const GOAL_RATIO = 40;
/** Heap limit the 50 MB call must fit in. */
const HEAP_MB = 1024;
const MB = 1024 * 1024;

const random = randomSource(20251204);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const COUNTRIES = ['Japan', 'South Korea', 'Singapore', 'Thailand', 'Taiwan', 'China', 'Germany', 'the US'];
const DEMONYMS = ['Japanese', 'Korean', 'Singaporean', 'Thai', 'Taiwanese', 'Chinese', 'German', 'American'];
const LOCALITIES = [
  'Hanoi',
  'Bac Ninh',
  'Binh Duong',
  'Da Nang',
  'Hai Phong',
  'Long An',
  'Quang Ninh',
  'Dong Nai',
];
const PREFECTURES = ['Osaka', 'Aichi', 'Fukuoka', 'Hyogo', 'Shizuoka', 'Hiroshima', 'Saitama', 'Miyagi'];
const ORGS = ['JETRO', 'JICA', 'the Ministry of Finance', 'Toyota', 'Aeon', 'Samsung', 'Canon', 'Vingroup'];
const PEOPLE = [
  'Nguyen Van Hung',
  'Tran Thi Lan',
  'Tanaka Hiroshi',
  'Suzuki Kenji',
  'Le Minh Tuan',
  'Kim Ji-ho',
];
const MONTHS = ['January', 'March', 'May', 'June', 'September', 'October', 'November', 'December'];

function money(): string {
  const n = `${int(1, 950)}.${int(1, 9)}`;
  return pick([
    () => `$${n} million`,
    () => `US$${n} billion`,
    () => `${n} billion USD`,
    () => `JPY${int(1, 90)} billion`,
    () => `VND${n} trillion`,
    () => `${int(2, 90)} billion baht`,
    () => `${n} trillion won`,
    () => `€${int(5, 500)} million`,
    () => `S$${int(5, 500)} million`,
    () => `$${int(2, 40)}-${int(41, 90)} million`,
  ])();
}

const SENTENCES: (() => string)[] = [
  () =>
    `As of ${pick(MONTHS)} ${int(1, 28)}, ${pick(COUNTRIES)} had invested in ${int(100, 9000).toLocaleString('en-US')} projects in Vietnam, with the total registered capital of ${money()}.`,
  () =>
    `To date, the industrial park has attracted ${pick(['six', 'twelve', 'twenty', String(int(2, 90))])} investment projects from ${pick(COUNTRIES)}, with a total capital exceeding ${money()}.`,
  () =>
    `${pick(DEMONYMS)} investment in ${pick(LOCALITIES)} reached ${money()} (${money()}) in ${int(2015, 2025)}, ${pick(PEOPLE)} said on ${pick(MONTHS)} ${int(1, 28)}.`,
  () =>
    `Two-way trade between Vietnam and ${pick(COUNTRIES)} rose ${int(2, 40)} per cent to ${money()}, while disbursed capital hit ${money()}.`,
  () =>
    `Currently, about ${int(1, 90)},000 Vietnamese people are living in ${pick(PREFECTURES)}, along with ${int(3, 300)} Vietnamese businesses.`,
  () =>
    `${pick(LOCALITIES)} and ${pick(PREFECTURES)} signed a memorandum of understanding on cooperation in ${pick(MONTHS)} ${int(2010, 2025)}.`,
  () =>
    `${pick(ORGS)} Chairman ${pick(PEOPLE)} noted that more than ${int(100, 900)} ${pick(DEMONYMS)} enterprises operate in ${pick(LOCALITIES)}, accounting for over ${int(5, 60)}% of FDI in the province.`,
  () =>
    `${pick(COUNTRIES)}'s ODA for Vietnam accounts for some ${int(10, 40)} percent of committed aid, ranking ${pick(['first', 'third'])} among ${int(100, 160)} countries and territories investing in the country.`,
  () =>
    `Governor ${pick(PEOPLE)} welcomed the delegation on ${pick(['Monday', 'Friday'])}, saying the ${pick(PREFECTURES)} Festival in ${pick(LOCALITIES)} on ${pick(MONTHS)} ${int(1, 14)}-${int(15, 28)} drew ${int(2, 300)},000 visitors.`,
];

/** Sentences without figures, as most sentences of the seeds are: meetings, statements, sectors. */
const PROSE: (() => string)[] = [
  () =>
    `${pick(PEOPLE)} had a meeting with Governor of ${pick(PREFECTURES)} Prefecture ${pick(PEOPLE)}, during which the two sides discussed cooperation in ${pick(['semiconductors', 'renewable energy', 'logistics', 'high-tech agriculture'])}.`,
  () =>
    `The ${pick(DEMONYMS)} side expressed its wish to expand investment in ${pick(LOCALITIES)}, especially in green transformation, digital transformation and human resources training.`,
  () =>
    `${pick(ORGS)} will continue to support ${pick(LOCALITIES)} in improving the investment environment and reforming administrative procedures for businesses, ${pick(PEOPLE)} said.`,
  () =>
    `Delegates from ${pick(COUNTRIES)} and Vietnam visited the industrial park and engaged in direct discussions regarding investment procedures and labour.`,
  () =>
    `Over the years, ${pick(LOCALITIES)} has maintained close cooperative relationships with ${pick(DEMONYMS)} associations, localities and enterprises.`,
];

const ADVERSARIAL: (() => string)[] = [
  () => '9'.repeat(int(50, 400)),
  () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(int(2, 20)),
  () => '.,;:!?$%()[]'.repeat(int(5, 50)),
  () => `$1,2,3 billion and ¥¥¥ ${int(1, 9)},${int(1, 9)},${int(1, 9)} trillion, 1.2.3.4.5 per cent`,
  () => '日本の対ベトナム投資は2024年に増加した。Đầu tư của Nhật Bản vào Việt Nam tăng mạnh năm 2024.',
  () => `${'Hanoi '.repeat(int(10, 60))}${'November '.repeat(int(5, 30))}`,
];

/** One generated article of about 3 KB. */
function article(n: number): string {
  if (n % 4 === 3) return generateArticle(n, random).text;
  const paragraphs: string[] = [`${pick(LOCALITIES)} seeks more ${pick(DEMONYMS)} investment`];
  let length = 0;
  while (length < 3000) {
    const p = Array.from({ length: int(2, 4) }, () => {
      const r = random();
      return (r < 0.06 ? pick(ADVERSARIAL) : r < 0.5 ? pick(SENTENCES) : pick(PROSE))();
    }).join(' ');
    paragraphs.push(p);
    length += p.length;
  }
  return paragraphs.join('\n\n');
}

/**
 * Runs `fn` and returns its result with the CPU seconds it used. The benchmark runs on one thread, so CPU
 * time is time on one core, and it stays meaningful when other processes share the machine.
 */
function time<T>(fn: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const result = fn();
  const c = process.cpuUsage(c0);
  return [result, (c.user + c.system) / 1e6];
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const fmt = (n: number, digits = 2): string => n.toFixed(digits);

const articles: string[] = [];
let total = 0;
while (total < TARGET_MB * MB) {
  const a = article(articles.length);
  articles.push(a);
  total += bytes(a);
}
const date = '2025-10-21';
// The articles as one text, for the single-call runs (stress and linearity).
const joined = articles.join('\n\n');

if (process.env.KIZUNA_BENCH_STRESS) {
  let huge = '';
  while (huge.length < 50 * MB) huge += joined;
  huge = huge.slice(0, 50 * MB);
  const [result, seconds] = time(() => analyze(huge, { date }));
  console.log(
    `stress: 50 MB in one call → ${result.figures.length} figures in ${fmt(seconds)} s within a ${HEAP_MB} MB heap, peak RSS ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`,
  );
  process.exit(0);
}

// Host load swings compromise's rate (and Kizuna's) by half between runs, so one pass of each says little about
// their ratio. Each round measures Kizuna and then compromise on the same articles, back to back in this
// process, so both see the same load; the goals are judged on the medians over the rounds.
const ROUNDS = Number(process.env.KIZUNA_BENCH_ROUNDS ?? 3);

// A full collection before each timed pass, so neither side pays for the garbage the other left.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function kizunaPass(): [number, number] {
  collect();
  return time(() => articles.reduce((n, a) => n + analyze(a, { date }).figures.length, 0));
}

function compromisePass(): number {
  collect();
  return time(() => {
    for (const a of articles) {
      const doc = nlp(a);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
      doc.money().out('array');
    }
  })[1];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// Warm-up, so the measured passes run compiled code as a long-running app would: a full pass of Kizuna, a part
// of compromise, and Kizuna again, because compromise's first run makes V8 compile part of Kizuna anew (the
// first Kizuna pass after it measured about a fifth slower, the following ones back at full speed).
const [figures] = kizunaPass();
for (const a of articles.slice(0, 200)) nlp(a).people();
kizunaPass();
console.log(
  `analysis: ${fmt(total / MB)} MB in ${articles.length} articles, ${figures} figures (${fmt(figures / (total / 1024), 1)} per KB); ${ROUNDS} rounds, each Kizuna then compromise (people/places/organizations/money) on these articles, CPU time of one core:`,
);
const rates: number[] = [];
const ratios: number[] = [];
for (let r = 1; r <= ROUNDS; r++) {
  const kizuna = total / MB / kizunaPass()[1];
  const compromise = total / MB / compromisePass();
  rates.push(kizuna);
  ratios.push(kizuna / compromise);
  console.log(
    `  round ${r}: Kizuna ${fmt(kizuna)} MB/s, compromise ${fmt(compromise, 3)} MB/s → ${fmt(kizuna / compromise, 1)}×`,
  );
}
const rate = median(rates);
const ratio = median(ratios);
console.log(`analysis: median ${fmt(rate)} MB/s on one core (goal ≥ ${GOAL_MB_S})`);
console.log(
  `ratio: median of the rounds' ratios, Kizuna is ${fmt(ratio, 1)}× faster than compromise (goal ≥ ${GOAL_RATIO}×)`,
);

// Where the time goes: entity recognition, and the rest of the engine given its result, as medians of as many
// passes as rounds: one pass of each swung by a tenth with the host's load, more than most changes gain.
const recognizeRates: number[] = [];
const restRates: number[] = [];
for (let r = 1; r <= ROUNDS; r++) {
  collect();
  const [recognitions, recognizeSeconds] = time(() => articles.map((a) => recognizeEntities(a)));
  const [, restSeconds] = time(() =>
    articles.forEach((a, i) => analyzeWithEntities(a, { date }, recognitions[i]!)),
  );
  recognizeRates.push(total / MB / recognizeSeconds);
  restRates.push(total / MB / restSeconds);
}
console.log(
  `  of which entity recognition ${fmt(median(recognizeRates))} MB/s, figures/dates/agreements ${fmt(median(restRates))} MB/s (medians of ${ROUNDS} passes)`,
);

// Linearity: one 1 MB text and one 4 MB text, each in a single call.
const oneMb = joined.slice(0, MB);
const fourMb = joined.slice(0, 4 * MB);
analyze(oneMb, { date });
const [, t1] = time(() => analyze(oneMb, { date }));
const [, t4] = time(() => analyze(fourMb, { date }));
console.log(
  `linearity: 1 MB in ${fmt(t1 * 1000, 0)} ms, 4 MB in ${fmt(t4 * 1000, 0)} ms → ratio ${fmt(t4 / t1)} (linear ≈ 4)`,
);

// Robustness: 50 MB in one call must finish, not crash or hang, within a heap of HEAP_MB. It runs in a child
// process with that heap limit: the heap figure of a process that ran everything above says more about when
// the collector last ran than about what the call needs.
const child = spawnSync(
  process.execPath,
  [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url)],
  { env: { ...process.env, KIZUNA_BENCH_STRESS: '1' }, encoding: 'utf8' },
);
const stressed = child.status === 0;
console.log(
  stressed
    ? child.stdout.trim()
    : `stress: 50 MB in one call FAILED within a ${HEAP_MB} MB heap (exit ${child.status ?? child.signal})`,
);

const ok = rate >= GOAL_MB_S && ratio >= GOAL_RATIO && t4 / t1 < 6 && stressed;
console.log(ok ? 'analysis bench: goals met' : 'analysis bench: GOALS NOT MET');
process.exitCode = ok ? 0 : 1;
