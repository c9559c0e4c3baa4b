// The project's own Neo4j Community: resolved from Maven Central with Maven, configured and run under a git-ignored
// folder as the real server entry point (org.neo4j.server.CommunityEntryPoint), reused when already running.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { PROJECT_ROOT } from './paths.js';

const POM = join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

export interface LocalNeo4jOptions {
  home: string;
  boltPort: number;
  password: string;
  heap: string;
  pageCache: string;
  startTimeoutS: number;
  /** More JVM options (NEO4J_JAVA_OPTS), e.g. a flight recording to profile Neo4j: see javaOptions(). */
  javaOptions?: string[];
  log?: (line: string) => void;
}

/** NEO4J_JAVA_OPTS, space-separated, as a list of JVM options. */
export function javaOptions(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

export interface LocalNeo4j {
  uri: string;
  /** True when this process started the JVM and so must stop it. */
  owned: boolean;
  pid: number;
  stop(): Promise<void>;
  /** Leaves Neo4j running when this process ends (its child handle no longer keeps this process alive). */
  keep(): void;
}

export class MissingToolError extends Error {}

const State = z.object({ pid: z.number().int(), boltPort: z.number().int(), passwordSet: z.boolean() });
type State = z.infer<typeof State>;

function javaBinary(): string {
  const home = process.env['JAVA_HOME'];
  return home ? join(home, 'bin', 'java') : 'java';
}

/** Fails with one clear message naming what to install when Java 17+ or Maven is missing. */
export function checkTools(): void {
  const java = spawnSync(javaBinary(), ['-version'], { encoding: 'utf8' });
  const versionLine = `${java.stderr ?? ''}${java.stdout ?? ''}`;
  const major = /version "(\d+)/.exec(versionLine)?.[1];
  const problems: string[] = [];
  if (java.error || !major) {
    problems.push('Java 17 or 21 is not installed (apt-get install openjdk-17-jre-headless, or set JAVA_HOME).');
  } else if (Number(major) < 17) {
    problems.push(`Java ${major} found; Neo4j 5 needs Java 17 or 21 (apt-get install openjdk-17-jre-headless, or set JAVA_HOME).`);
  }
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) problems.push('Maven is not installed (apt-get install maven).');
  if (problems.length) {
    throw new MissingToolError(
      `Cannot run the local Neo4j: ${problems.join(' ')} Or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use an existing Neo4j 5.`,
    );
  }
}

/** Resolves the Neo4j jars with Maven once; the classpath is cached next to a hash of the pom. */
/** The resolved classpath is kept beside the project, not per Neo4j folder: every instance (dev, test, bench) shares it. */
const CLASSPATH_CACHE = join(PROJECT_ROOT, '.neo4j-classpath');

function resolveClasspath(log: (l: string) => void): string {
  const pomHash = createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 16);
  mkdirSync(CLASSPATH_CACHE, { recursive: true });
  const cacheFile = join(CLASSPATH_CACHE, `classpath-${pomHash}.txt`);
  if (existsSync(cacheFile)) {
    const cp = readFileSync(cacheFile, 'utf8').trim();
    if (cp.split(':').every((jar) => existsSync(jar))) return cp;
  }
  const version = /<neo4j.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))?.[1] ?? '?';
  log(`Resolving Neo4j Community ${version} from Maven Central (first run downloads about 130 MB into ~/.m2)...`);
  const started = Date.now();
  const mvn = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (mvn.status !== 0 || !existsSync(cacheFile)) {
    throw new Error(`Maven could not resolve Neo4j (exit ${mvn.status}):\n${(mvn.stdout + mvn.stderr).slice(-2000)}`);
  }
  log(`Resolved Neo4j in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return readFileSync(cacheFile, 'utf8').trim();
}

function writeConfig(home: string, o: LocalNeo4jOptions): void {
  const conf = [
    `server.directories.data=${join(home, 'data')}`,
    `server.directories.logs=${join(home, 'logs')}`,
    `server.directories.run=${join(home, 'run')}`,
    `server.directories.import=${join(home, 'import')}`,
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${o.pageCache}`,
    // A safety net under the driver's own per-transaction timeout.
    'db.transaction.timeout=60s',
    'db.logs.query.enabled=OFF',
  ];
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), conf.join('\n') + '\n');
}

export function readState(home: string): State | undefined {
  const file = join(home, 'state.json');
  if (!existsSync(file)) return undefined;
  const parsed = State.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

function writeState(home: string, state: State): void {
  writeFileSync(join(home, 'state.json'), JSON.stringify(state));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); ok(true); });
    socket.once('error', () => ok(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh database has user neo4j/neo4j with an expired password: set the configured one, once. */
async function setInitialPassword(uri: string, password: string): Promise<void> {
  const probe = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    // verifyAuthentication answers false (not an error) for wrong credentials.
    if (await probe.verifyAuthentication()) return;
  } catch {
    // an expired or unknown password: set it below
  } finally {
    await probe.close();
  }
  const first = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  const session = first.session({ database: 'system' });
  try {
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: password });
  } finally {
    await session.close();
    await first.close();
  }
}

function stopper(pid: number, child: ChildProcess | undefined, log: (l: string) => void) {
  return async () => {
    if (!isAlive(pid)) return;
    log('Stopping Neo4j...');
    process.kill(pid, 'SIGTERM');
    for (let waited = 0; waited < 60_000 && isAlive(pid); waited += 200) await sleep(200);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    child?.unref();
    log('Neo4j stopped.');
  };
}

/** Starts the local Neo4j, or reuses one already running from the same folder. */
export async function startLocalNeo4j(o: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = o.log ?? ((l: string) => console.log(l));
  const home = resolve(PROJECT_ROOT, o.home);
  mkdirSync(home, { recursive: true });
  const previous = readState(home);
  if (previous && isAlive(previous.pid) && (await portOpen(previous.boltPort))) {
    const uri = `bolt://127.0.0.1:${previous.boltPort}`;
    log(`Reusing the local Neo4j already running (pid ${previous.pid}) on ${uri}.`);
    return { uri, owned: false, pid: previous.pid, stop: async () => {}, keep: () => {} };
  }
  checkTools();
  const classpath = resolveClasspath(log);
  if (await portOpen(o.boltPort)) {
    throw new Error(`Port ${o.boltPort} is taken by another program: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that server.`);
  }
  writeConfig(home, o);
  mkdirSync(join(home, 'logs'), { recursive: true });
  const out = openSync(join(home, 'logs', 'console.log'), 'a');
  const started = Date.now();
  log(`Starting Neo4j under ${home} (Bolt on 127.0.0.1:${o.boltPort}, heap ${o.heap}, page cache ${o.pageCache})...`);
  const child = spawn(
    javaBinary(),
    [
      `-Xms${o.heap}`, `-Xmx${o.heap}`, '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-Dfile.encoding=UTF-8',
      '-Dlog4j2.disable.jmx=true', '-Dio.netty.tryReflectionSetAccessible=true',
      '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--add-opens=java.base/java.lang=ALL-UNNAMED',
      ...(o.javaOptions ?? []),
      '-cp', classpath, ENTRY_POINT, `--home-dir=${home}`, `--config-dir=${join(home, 'conf')}`,
    ],
    { stdio: ['ignore', out, out], cwd: home },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start Java for Neo4j.');
  let exited: number | null = null;
  child.once('exit', (code) => { exited = code ?? -1; });
  writeState(home, { pid, boltPort: o.boltPort, passwordSet: previous?.passwordSet ?? false });

  const deadline = started + o.startTimeoutS * 1000;
  while (!(await portOpen(o.boltPort))) {
    if (exited !== null) {
      const tail = readFileSync(join(home, 'logs', 'console.log'), 'utf8').slice(-3000);
      throw new Error(`Neo4j exited with code ${String(exited)} while starting. See ${join(home, 'logs')}:\n${tail}`);
    }
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      throw new Error(`Neo4j did not open Bolt within ${o.startTimeoutS} s (NEO4J_START_TIMEOUT_S). See ${join(home, 'logs')}.`);
    }
    await sleep(250);
  }
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  await setInitialPassword(uri, o.password);
  writeState(home, { pid, boltPort: o.boltPort, passwordSet: true });
  log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { uri, owned: true, pid, stop: stopper(pid, child, log), keep: () => child.unref() };
}

/** Stops the local Neo4j recorded in a folder's state file, whoever started it. */
export async function stopLocalNeo4j(homeDir: string, log: (l: string) => void = () => {}): Promise<void> {
  const state = readState(resolve(PROJECT_ROOT, homeDir));
  if (state && isAlive(state.pid)) await stopper(state.pid, undefined, log)();
}
