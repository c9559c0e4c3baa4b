// Starts each implementation in a child process (apart from the load generator), reads its RSS, stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import type { Target } from '../neo4j.js';
import type { Impl } from '../workload/queries.js';

export interface RunningServer<N extends string = Impl> { impl: N; base: string; pid: number; stop(): Promise<void> }

export function startServer(impl: Impl, t: Target): Promise<RunningServer> {
  return spawnServer(impl, 'server.ts', [impl, '0'], t);
}

/** Runs bench/<script> with args in a child process until it prints "READY <port>". */
export function spawnServer<N extends string>(impl: N, script: string, args: string[], t: Target): Promise<RunningServer<N>> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'bench', script), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'production', BENCH_NEO4J_URI: t.uri, BENCH_NEO4J_USER: t.user, BENCH_NEO4J_PASSWORD: t.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => { stderr += c.toString(); });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`${impl} server exited (${String(code)}): ${stderr.slice(-2000)}`)));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const port = /READY (\d+)/.exec(out)?.[1];
      if (!port || child.pid === undefined) return;
      child.removeAllListeners('exit');
      resolve({
        impl, base: `http://127.0.0.1:${port}`, pid: child.pid,
        stop: () => new Promise<void>((done) => {
          // A child killed by a signal has signalCode set and exitCode null: it is gone all the same.
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
      });
    });
  });
}

/** Resident memory of a process in MB (Linux /proc), or null where it cannot be read. */
export function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; null where it cannot be read. */
export function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the ")" that closes the command name: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Linux reports CPU time in clock ticks of 1/100 s on every platform Node runs on (USER_HZ). */
const CLOCK_TICKS = 100;
