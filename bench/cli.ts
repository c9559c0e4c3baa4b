// `npm run bench -- --scale 10k [--json]`: runs the bench, writes bench/results/<scale>.json and .md, prints the
// table (or, with --json, progress on stderr and one JSON document as the last line of stdout).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { runBench } from './bench.js';
import { parseOptions } from './options.js';
import { markdown } from './report.js';

const options = parseOptions(process.argv.slice(2));
const log = (l: string) => (options.json ? console.error(l) : console.log(l));
try {
  const result = await runBench(options, log);
  const dir = resolve(PROJECT_ROOT, options.out);
  // A run of some queries only, or one that measures none, must not overwrite the full results of its scale.
  const name = options.queries || options.checkOnly ? `${options.scale}-partial` : options.scale;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(dir, `${name}.md`), markdown(result));
  if (options.json) console.log(JSON.stringify(result));
  else console.log(`\n${markdown(result)}\nWritten to ${join(options.out, `${name}.json`)} and .md`);
} catch (e) {
  console.error((e as Error).stack ?? String(e));
  process.exitCode = 1;
}
