import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './harness.js';

/**
 * Graceful shutdown with the real command line: a request is in flight (its client sends the body slowly) when the
 * server gets SIGTERM; the server stops accepting connections, answers that request in full, closes the database and
 * exits 0. Its log is JSON lines throughout.
 */
const SERVER_DIR = new URL('..', import.meta.url).pathname;
const MAIN = new URL('../src/main.ts', import.meta.url).pathname;

let dir: string;

function run(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; out: () => string; done: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: SERVER_DIR,
    env: { ...process.env, DATABASE_URL: '', SQLITE_PATH: join(dir, 'wuye.sqlite'), DASHBOARD_DIR: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
  return { child, out: () => out, done };
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await Promise.resolve(check()).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('graceful shutdown (SQLite, real process)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wuye-shutdown-'));
    const migrate = run(['migrate'], {});
    expect((await migrate.done).code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on SIGTERM finishes the request in flight, refuses new connections, closes the pool and exits 0', async () => {
    const port = await freePort();
    // NODE_ENV as systemd leaves it (not vitest's `test`): libraries that install their own signal handlers outside
    // tests (Apollo did, and re-raised SIGTERM mid-shutdown) must be caught here.
    const serve = run(['serve'], { PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' });
    const url = `http://127.0.0.1:${port}`;
    try {
      await until('the server', async () => (await fetch(`${url}/healthz`)).ok, 60_000);

      // A slow client: headers and half the body now, the rest after the server has been told to stop.
      const body = JSON.stringify({ query: '{ __typename }' });
      const half = Math.floor(body.length / 2);
      let connected = false;
      const answer = new Promise<{ status: number; text: string; connection: string | undefined }>((ok, fail) => {
        const req = request(
          `${url}/graphql`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) } },
          (res) => {
            let text = '';
            res.on('data', (d: Buffer) => (text += d.toString()));
            res.on('end', () => ok({ status: res.statusCode ?? 0, text, connection: res.headers.connection }));
          },
        );
        req.on('error', fail);
        req.write(body.slice(0, half));
        req.on('socket', (socket) => socket.on('connect', () => (connected = true)));
        setTimeout(() => {
          void until('the shutdown to begin', () => serve.out().includes('shutting down'), 30_000).then(() => req.end(body.slice(half)), fail);
        }, 0);
      });
      await until('the slow request to connect', () => connected, 10_000);
      // Let the server accept the connection and read the first half.
      await new Promise((r) => setTimeout(r, 300));
      serve.child.kill('SIGTERM');
      await until('the shutdown to begin', () => serve.out().includes('shutting down'), 30_000);

      // No new connections once shutdown has begun.
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();

      const done = await answer;
      expect(done.status).toBe(200);
      expect(JSON.parse(done.text)).toMatchObject({ data: { __typename: 'Query' } });
      expect(done.connection).toBe('close');

      const exit = await serve.done;
      expect(exit).toEqual({ code: 0, signal: null });
      const lines = serve
        .out()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { msg: string; res?: { status: number } });
      const messages = lines.map((l) => l.msg);
      expect(messages.indexOf('stopped')).toBeGreaterThan(messages.indexOf('shutting down'));
      // The slow request was answered after the shutdown began and before the process stopped.
      const answered = lines.findIndex((l) => l.msg === 'request' && l.res?.status === 200 && lines.indexOf(l) > messages.indexOf('shutting down'));
      expect(answered).toBeGreaterThan(messages.indexOf('shutting down'));
      expect(answered).toBeLessThan(messages.indexOf('stopped'));
    } finally {
      if (serve.child.exitCode === null) serve.child.kill('SIGKILL');
    }
  }, 120_000);
});
