// `tsx src/eval/cli.ts [devset dir] [--json] [--verbose] [--check] [--gold] [--write-baseline]`: scores the extractor
// against the dev set. Without a folder it scores both parts, the test part first, per language, and fails when any
// row falls below the committed baseline by more than its tolerance.
import { performance } from 'node:perf_hooks';
import { ArticleFacts, type ParsedArticle } from '../facts/schema.js';
import { readBaseline, regressions, TOLERANCE, writeBaseline, type Scored } from './baseline.js';
import { checkGold } from './check-gold.js';
import { loadDevset, type DevItem } from './devset.js';
import { formatTable, reportLines, type ReportLine } from './report.js';
import { scoreArticle, sumCalibration, sumCounts, type ArticleScore } from './score.js';
import { formatResolution, meetsTargets, readCases, scoreResolution } from './resolution.js';

type Extractor = (doc: ParsedArticle) => ArticleFacts | Promise<ArticleFacts>;

/** The two parts of the dev set: rules are tuned on `dev`; `test` is scored only when a change is done. */
export const PARTS = [
  { part: 'test', dir: 'test/devset/heldout' },
  { part: 'dev', dir: 'test/devset' },
] as const;
const BASELINE = 'test/devset/baseline.json';

const USAGE = `usage: tsx src/eval/cli.ts [devset dir, or seed to score against the curated seed, or resolution] [--json] [--verbose] [--check] [--gold] [--write-baseline]
  (no dir)         both parts of the dev set (${PARTS.map((p) => `${p.part}: ${p.dir}`).join(', ')}), the test part first,
                   per language; exits 1 when a row's F1 falls more than ${TOLERANCE} below ${BASELINE}; then the
                   resolution eval (test/resolution/cases.json), which fails below its precision or recall target
  resolution       the resolution eval alone: which mentions of actors land on one node
  --write-baseline record this run's figures as the baseline (after a change that moves them on purpose)
  --json           one JSON document on stdout instead of the tables
  --verbose        list, per article, the gold facts missed and the predicted ones not in the gold
  --check          check the gold against its articles (evidence found in the text, endpoints declared) and exit
  --gold           score the gold against itself (a self-test of the scorer and the dev set: every F1 is 1)
  --calibration    per relation type and stated confidence, the share of predicted relations that were right
                   (on the dev part: the figures src/extract/confidence.ts is set from)`;

// The extractor is another module's work: loaded when the eval runs, so the eval builds without it.
async function loadExtractor(): Promise<Extractor> {
  const specifier = '../extract/index.js';
  const mod = (await import(specifier)) as { extractArticle?: Extractor };
  if (typeof mod.extractArticle !== 'function') throw new Error('src/extract/index.ts exports no extractArticle');
  return mod.extractArticle;
}

/** Which declension the figures come from: the names lexicon (VESUM) or the hand-written rules alone. */
async function lexiconNote(): Promise<string> {
  const specifier = '../extract/lexicon.js';
  const mod = (await import(specifier)) as { lexiconLoaded?: () => boolean; lexiconPath?: () => string | null };
  if (!mod.lexiconLoaded || !mod.lexiconPath) return '';
  return mod.lexiconLoaded()
    ? `names lexicon: ${mod.lexiconPath()}`
    : 'names lexicon: absent, figures from the hand-written declension alone (run `npm run lexicon` to build it)';
}

const emptyFacts = (article: ParsedArticle): ArticleFacts => ArticleFacts.parse({ lang: article.lang });

async function predict(extract: Extractor, article: ParsedArticle): Promise<{ facts: ArticleFacts; error?: string }> {
  try {
    // The extractor's output crosses a boundary here: validated like any other input.
    const parsed = ArticleFacts.safeParse(await extract(article));
    if (parsed.success) return { facts: parsed.data };
    return { facts: emptyFacts(article), error: `invalid extractor output: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  } catch (e) {
    return { facts: emptyFacts(article), error: `extractor threw: ${(e as Error).message}` };
  }
}

function runCheck(items: readonly DevItem[], orphans: readonly string[]): number {
  let problems = 0;
  for (const item of items) {
    const found = item.error ? [item.error] : checkGold(item.gold!, item.article!);
    for (const p of found) console.log(`${item.id}: ${p}`);
    problems += found.length;
  }
  for (const o of orphans) { console.log(`gold/${o}: no article for this gold file`); problems += 1; }
  console.log(`${items.length} articles checked, ${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

interface DirResult {
  dir: string;
  scores: (ArticleScore & { lang: 'uk' | 'en' })[];
  failures: { file: string; error: string }[];
  orphans: string[];
  extractMs: number;
}

async function scoreDir(dir: string, gold: boolean): Promise<DirResult> {
  const { items, orphans } = await loadDevset(dir);
  const extract: Extractor = gold ? (doc) => items.find((i) => i.article === doc)!.gold! : await loadExtractor();
  const scores: DirResult['scores'] = [];
  const failures = items.filter((i) => i.error).map((i) => ({ file: i.file, error: i.error! }));
  let extractMs = 0;
  for (const item of items) {
    if (item.error || !item.article || !item.gold) continue;
    const started = performance.now();
    const { facts, error } = await predict(extract, item.article);
    extractMs += performance.now() - started;
    if (error) failures.push({ file: item.file, error });
    scores.push({ ...scoreArticle(item.id, item.gold, facts), lang: item.gold.lang });
  }
  return { dir, scores, failures, orphans, extractMs };
}

/** Report lines per language and for all articles together. */
function byLanguage(r: DirResult): Record<string, ReportLine[]> {
  const out: Record<string, ReportLine[]> = {};
  for (const lang of ['uk', 'en'] as const) {
    const s = r.scores.filter((x) => x.lang === lang);
    if (s.length > 0) out[lang] = reportLines(sumCounts(s));
  }
  out['all'] = reportLines(sumCounts(r.scores));
  return out;
}

function printVerbose(r: DirResult): void {
  for (const s of r.scores) {
    if (s.missed.length + s.spurious.length === 0) continue;
    console.log(`\n${s.file}`);
    for (const m of s.missed) console.log(`  - missed   ${m}`);
    for (const m of s.spurious) console.log(`  + spurious ${m}`);
  }
  console.log('');
}

function printCalibration(r: DirResult): void {
  console.log('\nrelation type and stated confidence: predicted, right, precision');
  for (const c of sumCalibration(r.scores)) console.log(`  ${c.bucket.padEnd(28)} ${String(c.predicted).padStart(5)} ${String(c.correct).padStart(5)}  ${c.precision.toFixed(2)}`);
}

function printFooter(r: DirResult): void {
  const perSecond = r.extractMs > 0 ? (r.scores.length / r.extractMs) * 1000 : null;
  if (perSecond !== null) console.log(`\nextraction: ${r.scores.length} articles in ${r.extractMs.toFixed(0)} ms (${perSecond.toFixed(1)} articles/s)`);
  for (const f of r.failures) console.log(`failed: ${f.file}: ${f.error}`);
  for (const o of r.orphans) console.log(`orphan gold file: ${o}`);
}

const perArticle = (r: DirResult) => r.scores.map((s) => ({ file: s.file, lang: s.lang, missed: s.missed, spurious: s.spurious }));

/** One folder, as before: all its articles together. */
async function runDir(dir: string, flags: Set<string>): Promise<number> {
  const r = await scoreDir(dir, flags.has('--gold'));
  const lines = reportLines(sumCounts(r.scores));
  if (flags.has('--json')) {
    const perSecond = r.extractMs > 0 ? (r.scores.length / r.extractMs) * 1000 : null;
    console.log(JSON.stringify({ devset: dir, articles: r.scores.length, failures: r.failures, orphans: r.orphans, extraction: { ms: r.extractMs, perSecond }, rows: lines, byLanguage: byLanguage(r), perArticle: flags.has('--verbose') ? perArticle(r) : undefined }, null, 2));
  } else {
    if (flags.has('--verbose')) printVerbose(r);
    console.log(`dev set ${dir}: ${r.scores.length} articles scored${flags.has('--gold') ? ' (gold against itself)' : ''}, micro-averaged\n`);
    console.log(formatTable(lines));
    printFooter(r);
    if (flags.has('--calibration')) printCalibration(r);
    if (!flags.has('--gold')) console.log(await lexiconNote());
  }
  return r.failures.length > 0 || r.orphans.length > 0 ? 1 : 0;
}

/** Both parts, test first, each per language; guarded by the baseline. */
async function runParts(flags: Set<string>): Promise<number> {
  const results = await Promise.all(PARTS.map(async (p) => ({ ...p, result: await scoreDir(p.dir, flags.has('--gold')) })));
  const scored: Scored = Object.fromEntries(results.map((p) => [p.part, byLanguage(p.result)]));
  const failed = results.some((p) => p.result.failures.length > 0 || p.result.orphans.length > 0);
  const baseline = flags.has('--gold') ? null : await readBaseline(BASELINE);
  const fell = baseline ? regressions(baseline, scored) : [];
  if (flags.has('--json')) {
    console.log(JSON.stringify({
      parts: results.map((p) => ({ part: p.part, devset: p.dir, articles: p.result.scores.length, failures: p.result.failures, orphans: p.result.orphans, extraction: { ms: p.result.extractMs }, byLanguage: scored[p.part], perArticle: flags.has('--verbose') ? perArticle(p.result) : undefined })),
      baseline: baseline ? BASELINE : null, regressions: fell,
    }, null, 2));
  } else {
    for (const p of results) {
      if (flags.has('--verbose')) printVerbose(p.result);
      for (const [lang, lines] of Object.entries(scored[p.part]!)) {
        const n = lang === 'all' ? p.result.scores.length : p.result.scores.filter((s) => s.lang === lang).length;
        console.log(`\n${p.part} part (${p.dir}), ${lang === 'all' ? 'both languages' : lang}: ${n} articles, micro-averaged\n`);
        console.log(formatTable(lines));
      }
      printFooter(p.result);
    }
    if (!flags.has('--gold')) console.log(`\n${await lexiconNote()}`);
    if (baseline) console.log(fell.length === 0 ? `\nno row below the baseline (${BASELINE}, tolerance ${TOLERANCE})` : `\nbelow the baseline (${BASELINE}, tolerance ${TOLERANCE}):\n${fell.map((f) => `  ${f}`).join('\n')}`);
    else if (!flags.has('--gold')) console.log(`\nno baseline at ${BASELINE}: write one with --write-baseline`);
  }
  if (flags.has('--write-baseline') && !flags.has('--gold')) {
    await writeBaseline(BASELINE, scored);
    console.error(`baseline written to ${BASELINE}`);
    return failed ? 1 : 0;
  }
  return failed || fell.length > 0 ? 1 : 0;
}

/** The resolution eval: the same-node decisions of the write path's resolution over test/resolution/cases.json. */
async function runResolution(flags: Set<string>): Promise<number> {
  const score = scoreResolution(await readCases());
  if (flags.has('--json')) console.log(JSON.stringify({ resolution: score }, null, 2));
  else console.log(`\n${formatResolution(score, flags.has('--verbose'))}`);
  return meetsTargets(score) ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--json', '--verbose', '--check', '--gold', '--help', '--write-baseline', '--calibration'].includes(f));
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (flags.has('--help') || unknown.length > 0 || dirs.length > 1) { console.error(USAGE); return unknown.length > 0 ? 2 : 0; }
  if (flags.has('--check')) {
    let code = 0;
    for (const dir of dirs.length > 0 ? dirs : PARTS.map((p) => p.dir)) {
      const { items, orphans } = await loadDevset(dir);
      console.log(`${dir}:`);
      code = Math.max(code, runCheck(items, orphans));
    }
    return code;
  }
  try {
    if (dirs[0] === 'resolution') return await runResolution(flags);
    if (dirs[0] !== undefined) return await runDir(dirs[0], flags);
    const parts = await runParts(flags);
    if (flags.has('--json') || flags.has('--gold') || flags.has('--write-baseline')) return parts;
    return Math.max(parts, await runResolution(flags));
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
