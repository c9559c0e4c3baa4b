// CLI: `tsx src/extract/cli.ts --json <file|folder>...` prints one JSON object of extracted facts per article.
import { readArticles } from '../ingest/readers/index.js';
import type { ArticleFacts } from '../facts/schema.js';
import { extractArticle } from './index.js';

/** The output contract: these keys, in this order, and no body. */
export function toOutputLine(f: ArticleFacts): string {
  return JSON.stringify({
    file: f.file ?? null, lang: f.lang, title: f.title ?? null, publishedAt: f.publishedAt ?? null,
    persons: f.persons, organizations: f.organizations, projects: f.projects, events: f.events,
    relations: f.relations, reforms: f.reforms,
  });
}

async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a) => a !== '--json');
  if (paths.length === 0) {
    process.stderr.write('usage: extract --json <file|folder>...\n');
    return 2;
  }
  let failed = 0;
  for (const path of paths) {
    for await (const r of readArticles(path)) {
      if (!r.article) {
        failed++;
        process.stderr.write(`${r.file}: ${r.error ?? 'unreadable'}\n`);
        continue;
      }
      for (const w of r.warnings ?? []) process.stderr.write(`${r.file}: warning: ${w}\n`);
      try {
        process.stdout.write(toOutputLine(extractArticle({ ...r.article, file: r.article.file ?? r.file })) + '\n');
      } catch (e) {
        failed++;
        process.stderr.write(`${r.file}: extraction failed: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});
