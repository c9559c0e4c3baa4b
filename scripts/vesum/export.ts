// Fetches VESUM (ua.net.nlp:morfologik-ukrainian-lt) and its reader with Maven, then runs Export.java to write
// the proper-name tables: .vesum/names.tsv.gz (fname, lname, pname), .vesum/given.tsv.gz (fname) and
// .vesum/geo.tsv.gz (geo).
//
//   npx tsx scripts/vesum/export.ts [--out DIR] [--version 6.8.0]
//
// Nothing is committed: the jars stay in ~/.m2, the tables in the git-ignored .vesum/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const out = resolve(arg('--out', join(ROOT, '.vesum')));
const vesumVersion = arg('--version', '6.8.0');
const morfologikVersion = '2.1.9';
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
execFileSync('mvn', [
  '-q', '-B', '-f', join(out, 'pom.xml'),
  'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:build-classpath', `-Dmdep.outputFile=${cpFile}`,
], { stdio: 'inherit' });
const classpath = readFileSync(cpFile, 'utf8').trim();
const t1 = Date.now();
console.log(`resolved in ${((t1 - t0) / 1000).toFixed(1)} s: ${classpath.split(':').length} jars`);

execFileSync('java', ['-cp', classpath, join(ROOT, 'scripts/vesum/Export.java'), out], { stdio: 'inherit' });
const t2 = Date.now();
for (const f of ['names.tsv.gz', 'given.tsv.gz', 'geo.tsv.gz']) console.log(`${join(out, f)}: ${statSync(join(out, f)).size} bytes`);
console.log(`exported in ${((t2 - t1) / 1000).toFixed(1)} s (total ${((t2 - t0) / 1000).toFixed(1)} s)`);
