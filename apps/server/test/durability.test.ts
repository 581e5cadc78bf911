import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, clock, openOrm, recomputeAllCredit } from '@wuye/db';

/**
 * Crash safety and backups, with the real command line on a SQLite file: SIGKILL in the middle of the demo-county
 * import and of a score recomputation, then restart; an online backup while the server serves, restored and compared
 * table by table. (PostgreSQL: pg_dump/pg_restore, docs/operations.md; its transactions give the same all-or-nothing.)
 */
const SERVER_DIR = new URL('..', import.meta.url).pathname;
const MAIN = new URL('../src/main.ts', import.meta.url).pathname;

let dir: string;
let dbPath: string;

function start(
  args: string[],
  extraEnv: Record<string, string> = {},
): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> } {
  // Node itself with tsx's loader (not the tsx CLI, which runs the program in a child that a kill would not reach).
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: SERVER_DIR,
    env: { ...process.env, DATABASE_URL: '', SQLITE_PATH: dbPath, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((ok) =>
    child.on('exit', (code, signal) => ok({ code, signal, out })),
  );
  return { child, done };
}

async function cli(...args: string[]): Promise<string> {
  const r = await start(args).done;
  if (r.code !== 0) throw new Error(`${args.join(' ')} exited ${r.code}: ${r.out}`);
  return r.out;
}

async function withDb<T>(path: string, fn: (orm: MikroORM) => Promise<T>): Promise<T> {
  const orm = await openOrm({ sqlitePath: path });
  try {
    return await fn(orm);
  } finally {
    await orm.close();
  }
}

const sql = <T = Record<string, unknown>>(orm: MikroORM, q: string) => orm.em.getConnection().execute<T[]>(q);

/** Every row of every table, in rowid order. */
async function everyTable(path: string): Promise<Record<string, unknown[]>> {
  return withDb(path, async (orm) => {
    const tables = await sql<{ name: string }>(orm, `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`);
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) out[name] = await sql(orm, `select * from \`${name}\` order by rowid`);
    return out;
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, everyMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('crash safety and backups (SQLite, real processes)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wuye-durability-'));
    dbPath = join(dir, 'wuye.sqlite');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SIGKILL in the middle of the demo-county import leaves nothing half-written; the next setup completes it', async () => {
    const setup = start(['setup']);
    await withDb(dbPath, async (orm) => {
      // The migrations commit first; the import then runs in one transaction.
      await until('migrations', async () => Number((await sql<{ n: number }>(orm, `select count(*) as n from mikro_orm_migrations`))[0]!.n) >= 5, 60_000, 100);
    });
    await new Promise((r) => setTimeout(r, 1500));
    setup.child.kill('SIGKILL');
    const killed = await setup.done;
    expect(killed.signal).toBe('SIGKILL');

    await withDb(dbPath, async (orm) => {
      expect((await sql<{ integrity_check: string }>(orm, `pragma integrity_check`))[0]!.integrity_check).toBe('ok');
      for (const table of ['township', 'department', 'enterprise', 'community', 'app_user', 'credit_record', 'issue', 'audit_log']) {
        expect(Number((await sql<{ n: number }>(orm, `select count(*) as n from \`${table}\``))[0]!.n), table).toBe(0);
      }
    });

    const out = await cli('setup');
    expect(out).toMatch(/"enterprises":84/);
    await withDb(dbPath, async (orm) => {
      expect((await sql<{ n: number }>(orm, `select count(*) as n from enterprise`))[0]!.n).toBe(84);
      expect(await sql(orm, `pragma foreign_key_check`)).toEqual([]);
    });
  }, 240_000);

  it('SIGKILL in the middle of a score recomputation; the re-run finishes and stored scores equal a fresh computation', async () => {
    // Make every stored value wrong (−1 is no possible score) so the recomputation has to rewrite them all.
    await withDb(dbPath, async (orm) => {
      await sql(orm, `update enterprise set score = -1`);
      await sql(orm, `update project_manager set score = -1`);
    });
    const firms = 84;
    const recompute = start(['recompute']);
    let managersFixedAtKill = -1;
    await withDb(dbPath, async (orm) => {
      await until(
        'the first rewritten score',
        async () => Number((await sql<{ n: number }>(orm, `select count(*) as n from enterprise where score <> -1`))[0]!.n) > 0,
        60_000,
        10,
      );
      recompute.child.kill('SIGKILL');
      await recompute.done;
      const firmsFixed = Number((await sql<{ n: number }>(orm, `select count(*) as n from enterprise where score <> -1`))[0]!.n);
      // The firms' scores are written in one transaction: all or nothing.
      expect([0, firms]).toContain(firmsFixed);
      managersFixedAtKill = Number((await sql<{ n: number }>(orm, `select count(*) as n from project_manager where score <> -1`))[0]!.n);
      expect((await sql<{ integrity_check: string }>(orm, `pragma integrity_check`))[0]!.integrity_check).toBe('ok');
    });
    expect((await recompute.done).signal).toBe('SIGKILL');
    // Killed while the managers were being rewritten (each in its own short transaction).
    expect(managersFixedAtKill).toBeLessThan(167);

    await cli('recompute');
    const after = await everyTable(dbPath);
    expect((after.enterprise as { score: number }[]).filter((e) => e.score === -1)).toEqual([]);
    expect((after.project_manager as { score: number }[]).filter((m) => m.score === -1)).toEqual([]);
    // A fresh computation finds nothing to change: what is stored is what the records give.
    await withDb(dbPath, async (orm) => expect(await recomputeAllCredit(orm.em.fork(), clock.today())).toMatchObject({ enterprises: 0 }));
    const again = await everyTable(dbPath);
    expect(again.project_manager).toEqual(after.project_manager);
    expect(again.enterprise).toEqual(after.enterprise);
  }, 240_000);

  it('backs up online while the server serves; restoring the backup gives back every table exactly', async () => {
    await cli('jobs'); // the server runs the jobs at start: let them find nothing left to do
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const serve = start(['serve'], { PORT: port, HOST: '127.0.0.1', DASHBOARD_DIR: dir });
    const url = `http://127.0.0.1:${port}`;
    try {
      await until('the server', async () => (await fetch(`${url}/healthz`)).ok, 60_000, 200);
      /** What this test reads of the answers. */
      type Data = { login: { token: string }; enterprises: { total: number; items: { id: string }[] }; updateEnterprise: { __typename: string } };
      const gql = async (query: string, token?: string) =>
        (
          await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query }),
          })
        ).json() as Promise<{ data: Data }>;
      const login = await gql(`mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { ... on LoginSuccess { token } } }`);
      const token = login.data.login.token;
      const firm = (await gql(`{ enterprises(perPage: 1) { items { id } } }`, token)).data.enterprises.items[0]!.id;
      const write = await gql(`mutation { updateEnterprise(id: "${firm}", input: { address: "备份前写入" }) { __typename } }`, token);
      expect(write.data.updateEnterprise.__typename).toBe('MutationUpdateEnterpriseSuccess');

      // Readers keep going while the backup runs.
      const backupFile = join(dir, 'backup.sqlite');
      const reads = Promise.all(Array.from({ length: 20 }, () => gql(`{ enterprises(perPage: 50) { total } }`, token)));
      await cli('backup', backupFile);
      expect((await reads).every((r) => r.data.enterprises.total === 84)).toBe(true);
    } finally {
      serve.child.kill('SIGTERM');
      await serve.done;
    }

    const backupFile = join(dir, 'backup.sqlite');
    const live = await everyTable(dbPath);
    const backup = await everyTable(backupFile);
    expect(Object.keys(backup).length).toBeGreaterThan(20);
    expect(backup).toEqual(live);
    expect(JSON.stringify(backup.enterprise)).toContain('备份前写入');

    // Changes after the backup are gone once it is restored.
    await withDb(dbPath, (orm) => sql(orm, `update enterprise set address = '备份后写入'`));
    await cli('restore', backupFile);
    expect(await everyTable(dbPath)).toEqual(backup);
  }, 240_000);
});
