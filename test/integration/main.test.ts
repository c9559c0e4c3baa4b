// `npm start`'s process as a user runs it: it serves, and Ctrl-C (SIGINT) drains and exits cleanly.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { cliEnv, TSX } from './helpers.js';

describe('npm start', () => {
  it('stops cleanly on SIGINT after serving a request', async () => {
    const child = spawn(TSX, [join(PROJECT_ROOT, 'src', 'main.ts')], {
      cwd: PROJECT_ROOT,
      // Not NODE_ENV=test: Apollo installs its own signal handlers outside tests, which is what hung the shutdown.
      env: cliEnv({ NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false' }),
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (!/ready in .*(http:\/\/\S+\/graphql)/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const url = /(http:\/\/\S+\/graphql)/.exec(out)?.[1];
    expect(url, out).toBeDefined();
    const res = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ reforms { id } }"}' });
    expect(res.status).toBe(200);
    child.kill('SIGINT');
    const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 15_000))]);
    if (code === 'hung') child.kill('SIGKILL');
    expect(code, out).toBe(0);
    expect(out).toMatch(/SIGINT: draining requests and stopping\.\.\.\s+Stopped\./);
  });
});
