// Builds the extractor's names lexicon from VESUM (ua.net.nlp:morfologik-ukrainian-lt, LGPL 2.1+): fetches the
// dictionary and its reader with Maven, then runs Export.java. Run by `npm install` (postinstall) and by
// `npm run lexicon`; nothing is committed: the jars stay in ~/.m2, the lexicon in the git-ignored .vesum/.
//
//   npx tsx scripts/vesum/export.ts [--if-needed] [--tables] [--out DIR] [--version 6.8.0]
//     --if-needed  do nothing when the lexicon of this version is there; without Java or Maven, warn and exit 0
//                  (the extractor then runs on its hand-written declension alone)
//     --tables     also write the gzipped measurement tables of docs/vesum.md (names, given, geo .tsv.gz)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const out = resolve(arg('--out', join(ROOT, '.vesum')));
const vesumVersion = arg('--version', '6.8.0');
const ifNeeded = process.argv.includes('--if-needed');
const tables = process.argv.includes('--tables');
const morfologikVersion = '2.1.9';
const lexicon = join(out, 'names.tsv');
const stamp = join(out, 'names.version');

if (ifNeeded && existsSync(lexicon) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === vesumVersion && !tables) {
  console.log(`names lexicon: ${lexicon} (VESUM ${vesumVersion}) is there`);
  process.exit(0);
}
const missing = ['java', 'mvn'].filter((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).error !== undefined);
if (missing.length > 0) {
  const msg = `names lexicon: ${missing.join(' and ')} not found, so VESUM's name forms were not exported; the extractor ` +
    `falls back to its hand-written declension. Install Java 17 and Maven (apt-get install openjdk-17-jre-headless maven), ` +
    `then run \`npm run lexicon\`.`;
  if (ifNeeded) { console.warn(msg); process.exit(0); }
  console.error(msg);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

// A throwaway POM naming the two artifacts lets dependency:build-classpath resolve them and their
// dependencies (morfologik-fsa, hppc) into ~/.m2 and print the jar paths.
const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.hromada</groupId><artifactId>vesum-export</artifactId><version>0</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>ua.net.nlp</groupId><artifactId>morfologik-ukrainian-lt</artifactId><version>${vesumVersion}</version></dependency>
    <dependency><groupId>org.carrot2</groupId><artifactId>morfologik-stemming</artifactId><version>${morfologikVersion}</version></dependency>
  </dependencies>
</project>
`;
writeFileSync(join(out, 'pom.xml'), pom);
const cpFile = join(out, 'classpath.txt');

const t0 = Date.now();
console.log(`names lexicon: resolving VESUM ${vesumVersion} with Maven (about a minute on a cold cache)…`);
try {
  execFileSync('mvn', [
    '-q', '-B', '-f', join(out, 'pom.xml'),
    'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:build-classpath', `-Dmdep.outputFile=${cpFile}`,
  ], { stdio: 'inherit' });
} catch (e) {
  const msg = `names lexicon: Maven could not resolve ua.net.nlp:morfologik-ukrainian-lt:${vesumVersion} (${(e as Error).message.split('\n')[0]}). ` +
    'Check that Maven Central is reachable, then run `npm run lexicon`.';
  if (ifNeeded) { console.warn(msg); process.exit(0); }
  console.error(msg);
  process.exit(1);
}
const classpath = readFileSync(cpFile, 'utf8').trim();
const t1 = Date.now();
console.log(`names lexicon: resolved in ${((t1 - t0) / 1000).toFixed(1)} s (${classpath.split(':').length} jars); exporting…`);

const exporter = join(ROOT, 'scripts/vesum/Export.java');
execFileSync('java', ['-cp', classpath, exporter, '--lexicon', lexicon], { stdio: 'inherit' });
writeFileSync(stamp, `${vesumVersion}\n`);
if (tables) {
  execFileSync('java', ['-cp', classpath, exporter, out], { stdio: 'inherit' });
  for (const f of ['names.tsv.gz', 'given.tsv.gz', 'geo.tsv.gz']) console.log(`${join(out, f)}: ${statSync(join(out, f)).size} bytes`);
}
const t2 = Date.now();
console.log(`names lexicon: ${lexicon}, ${statSync(lexicon).size} bytes, in ${((t2 - t0) / 1000).toFixed(1)} s`);
