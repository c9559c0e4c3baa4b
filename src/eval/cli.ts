// `tsx src/eval/cli.ts [devset dir] [--json] [--verbose] [--check] [--gold]`: scores the extractor against the dev set.
import { performance } from 'node:perf_hooks';
import { ArticleFacts, type ParsedArticle } from '../facts/schema.js';
import { checkGold } from './check-gold.js';
import { loadDevset, type DevItem } from './devset.js';
import { formatTable, reportLines } from './report.js';
import { scoreArticle, sumCounts, type ArticleScore } from './score.js';

type Extractor = (doc: ParsedArticle) => ArticleFacts | Promise<ArticleFacts>;

const USAGE = `usage: tsx src/eval/cli.ts [devset dir=test/devset, or seed to score against the curated seed] [--json] [--verbose] [--check] [--gold]
  --json     one JSON document on stdout instead of the table
  --verbose  list, per article, the gold facts missed and the predicted ones not in the gold
  --check    check the gold against its articles (evidence found in the text, endpoints declared) and exit
  --gold     score the gold against itself (a self-test of the scorer and the dev set: every F1 is 1)`;

// The extractor is another module's work: loaded when the eval runs, so the eval builds without it.
async function loadExtractor(): Promise<Extractor> {
  const specifier = '../extract/index.js';
  const mod = (await import(specifier)) as { extractArticle?: Extractor };
  if (typeof mod.extractArticle !== 'function') throw new Error('src/extract/index.ts exports no extractArticle');
  return mod.extractArticle;
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

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--json', '--verbose', '--check', '--gold', '--help'].includes(f));
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (flags.has('--help') || unknown.length > 0 || dirs.length > 1) { console.error(USAGE); return unknown.length > 0 ? 2 : 0; }
  const dir = dirs[0] ?? 'test/devset';
  const { items, orphans } = await loadDevset(dir);
  if (flags.has('--check')) return runCheck(items, orphans);

  let extract: Extractor;
  if (flags.has('--gold')) extract = (doc) => items.find((i) => i.article === doc)!.gold!;
  else {
    try { extract = await loadExtractor(); } catch (e) {
      console.error(`eval: the extractor is not available (${(e as Error).message})`);
      return 2;
    }
  }
  const scores: ArticleScore[] = [];
  const failures: { file: string; error: string }[] = items.filter((i) => i.error).map((i) => ({ file: i.file, error: i.error! }));
  let extractMs = 0;
  for (const item of items) {
    if (item.error || !item.article || !item.gold) continue;
    const started = performance.now();
    const { facts, error } = await predict(extract, item.article);
    extractMs += performance.now() - started;
    if (error) failures.push({ file: item.file, error });
    scores.push(scoreArticle(item.id, item.gold, facts));
  }
  const lines = reportLines(sumCounts(scores));
  const perSecond = extractMs > 0 ? (scores.length / extractMs) * 1000 : null;
  if (flags.has('--json')) {
    const perArticle = flags.has('--verbose') ? scores.map((s) => ({ file: s.file, missed: s.missed, spurious: s.spurious })) : undefined;
    console.log(JSON.stringify({ devset: dir, articles: scores.length, failures, orphans, extraction: { ms: extractMs, perSecond }, rows: lines, perArticle }, null, 2));
  } else {
    if (flags.has('--verbose')) {
      for (const s of scores) {
        if (s.missed.length + s.spurious.length === 0) continue;
        console.log(`\n${s.file}`);
        for (const m of s.missed) console.log(`  - missed   ${m}`);
        for (const m of s.spurious) console.log(`  + spurious ${m}`);
      }
      console.log('');
    }
    console.log(`dev set ${dir}: ${scores.length} articles scored${flags.has('--gold') ? ' (gold against itself)' : ''}, micro-averaged\n`);
    console.log(formatTable(lines));
    if (perSecond !== null) console.log(`\nextraction: ${scores.length} articles in ${extractMs.toFixed(0)} ms (${perSecond.toFixed(1)} articles/s)`);
    for (const f of failures) console.log(`failed: ${f.file}: ${f.error}`);
    for (const o of orphans) console.log(`orphan gold file: ${o}`);
  }
  return failures.length > 0 || orphans.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
