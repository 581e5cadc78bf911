import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditLog,
  Community,
  Department,
  EvidenceChunk,
  Enterprise,
  JobRun,
  User,
  applyIssueCommand,
  registerIssue,
  runScheduledJob,
  sessionPolicy,
} from '@wuye/db';
import { pgAvailable } from '@wuye/db/testing';
import { moveUploadsIntoDatabase } from '../src/files.js';
import { periodicJobs, schedulerTick } from '../src/jobs.js';
import { memoryStore } from '../src/rate-limits.js';
import { PASSWORD, startSecondInstance, startServer, type Running } from './harness.js';

/**
 * Two instances of the server (two apps, each with its own ORM and connection pool, as two processes would have)
 * on one PostgreSQL database: what one instance counts or revokes, the other sees at once (issue 18).
 */
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on LoginSuccess { token } ... on AuthError { message } } }`;
const ME = `{ me { username } }`;

async function attempt(s: Running, username: string, password: string) {
  return s.gql(LOGIN, { u: username, p: password }, null, { 'accept-language': 'en' });
}

describe.skipIf(!pgAvailable())('two instances on one PostgreSQL', () => {
  describe('rate limits and login lockout', () => {
    let a: Running;
    let b: Running;
    const limits = { perAddressPerMinute: 12, perTokenPerMinute: 0, loginPerMinute: 4, loginPerHour: 100 };

    beforeAll(async () => {
      a = await startServer('postgresql', { rateLimits: limits });
      b = await startSecondInstance(a, { rateLimits: limits });
    }, 120_000);
    afterAll(async () => {
      await b?.stop();
      await a?.stop();
    });

    it('N failed logins spread over both instances lock the account on both', async () => {
      // The account's lockout, not the per-address limit, is the subject: a pair of instances without request limits.
      const a2 = await startSecondInstance(a);
      const b2 = await startSecondInstance(a);
      try {
        for (let i = 0; i < sessionPolicy.maxFailedLogins; i++) {
          const r = await attempt(i % 2 === 0 ? a2 : b2, 'firm', 'wrong-password');
          expect(r.body.data!.login.__typename).toBe('AuthError');
        }
        // The right password is refused on either instance now: the account is locked.
        for (const s of [a2, b2]) {
          const r = await attempt(s, 'firm', PASSWORD);
          expect(r.body.data!.login).toEqual({ __typename: 'AuthError', message: expect.stringContaining('locked') });
        }
        const row = await a.orm.em.fork().findOneOrFail(User, { username: 'firm' });
        expect(row.lockedUntil).not.toBeNull();
      } finally {
        await b2.stop();
        await a2.stop();
      }
    });

    it('login attempts per address are counted once across both instances', async () => {
      // loginPerMinute 4: two attempts on each instance use the allowance; the fifth is refused on either.
      for (const s of [a, b, a, b]) expect((await attempt(s, 'nobody', 'x')).status).toBe(200);
      const refusedOnA = await attempt(a, 'nobody', 'x');
      expect(refusedOnA.status).toBe(429);
      expect(refusedOnA.body.errors![0]!.extensions.code).toBe('RATE_LIMITED');
      expect((await attempt(b, 'nobody', 'x')).status).toBe(429);
    });

    it('the per-address request limit holds across both instances', async () => {
      // The address already spent 6 requests above; 12 a minute in all, whichever instance answers.
      let served = 0;
      for (let i = 0; i < 20; i++) {
        const r = await (i % 2 === 0 ? a : b).gql(`{ __typename }`);
        if (r.status === 200) served++;
        else expect(r.status).toBe(429);
      }
      expect(served).toBe(12 - 6);
    });

    it('each instance would count alone with the in-memory store (what the shared store prevents)', async () => {
      const a3 = await startSecondInstance(a, { rateLimits: limits, rateLimitStore: memoryStore });
      const b3 = await startSecondInstance(a, { rateLimits: limits, rateLimitStore: memoryStore });
      try {
        for (const s of [a3, b3, a3, b3, a3, b3]) expect((await attempt(s, 'nobody', 'x')).status).toBe(200);
      } finally {
        await b3.stop();
        await a3.stop();
      }
    });
  });

  describe('session revocation', () => {
    let a: Running;
    let b: Running;
    beforeAll(async () => {
      a = await startServer('postgresql');
      b = await startSecondInstance(a);
    }, 120_000);
    afterAll(async () => {
      await b?.stop();
      await a?.stop();
    });

    it('a sign-out on A is refused on B at once', async () => {
      const token = await a.login('analyst');
      expect((await b.gql(ME, {}, token)).body.data!.me).toEqual({ username: 'analyst' });
      expect((await a.gql(`mutation { logout }`, {}, token)).body.data!.logout).toBe(true);
      const onB = await b.gql(ME, {}, token);
      expect(onB.body.data!.me).toBeNull();
      const fileOnB = await fetch(`${b.url}/files/1`, { headers: { authorization: `Bearer ${token}` } });
      expect(fileOnB.status).toBe(401);
    });

    it("an administrator's revocation on B ends the user's sessions on A", async () => {
      const token = await a.login('firm');
      expect((await a.gql(ME, {}, token)).body.data!.me).toEqual({ username: 'firm' });
      const admin = await b.login('admin');
      const firmId = (await b.orm.em.fork().findOneOrFail(User, { username: 'firm' })).id;
      const revoked = await b.gql(`mutation($id: ID!) { revokeUserSessions(id: $id) }`, { id: String(firmId) }, admin);
      expect(revoked.body.errors).toBeUndefined();
      expect((await a.gql(ME, {}, token)).body.data!.me).toBeNull();
    });
  });

  describe('evidence files', () => {
    let a: Running;
    let b: Running;
    let issueId: number;
    let uploadDir: string;
    // A JPEG of three database chunks (256 KiB each).
    const BIG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(600 * 1024, 7)]);
    BIG[300_000] = 42;

    beforeAll(async () => {
      a = await startServer('postgresql');
      b = await startSecondInstance(a);
      const em = a.orm.em.fork();
      const firm = await em.findOneOrFail(Enterprise, { name: '安居物业服务有限公司' });
      const dept = em.create(Department, { name: '住建局', code: 'ZJJ', remit: ['SERVICE_QUALITY'] });
      const community = em.create(Community, {
        name: '一号小区',
        township: firm.township,
        enterprise: firm,
        type: 'OLD',
        serviceMode: 'ENTERPRISE',
        households: 10,
        floorArea: 100,
      });
      await em.flush();
      const admin = await em.findOneOrFail(User, { username: 'admin' });
      const actor = { principal: { userId: String(admin.id), role: 'REGULATOR' as const }, name: 'admin' };
      const at = new Date('2026-11-15T02:00:00Z');
      issueId = await a.orm.em.fork().transactional(async (tx) => {
        const issue = await registerIssue(tx, { source: 'TOWNSHIP_REPORT', category: 'SERVICE_QUALITY', title: '整改', communityId: community.id }, actor, at);
        const assign = { action: 'ASSIGN' as const, enterpriseId: String(firm.id), departmentId: String(dept.id), measures: '整改', deadline: '2026-12-31' };
        await applyIssueCommand(tx, issue, assign, actor, at);
        return issue.id;
      });
      uploadDir = mkdtempSync(join(tmpdir(), 'wuye-shared-uploads-'));
    }, 120_000);
    afterAll(async () => {
      await b?.stop();
      await a?.stop();
      rmSync(uploadDir, { recursive: true, force: true });
    });

    const upload = async (s: Running, token: string, data: Buffer) => {
      const form = new FormData();
      form.set('issueId', String(issueId));
      form.set('file', new Blob([data]), '整改后照片.jpg');
      const res = await fetch(`${s.url}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, body: (await res.json()) as { id: string } };
    };
    const download = (s: Running, token: string, id: string) => fetch(`${s.url}/files/${id}`, { headers: { authorization: `Bearer ${token}` } });

    it('a file uploaded via A is stored in the database and read whole via B', async () => {
      const token = await a.login('firm');
      const up = await upload(a, token, BIG);
      expect(up.status).toBe(201);
      expect(await a.orm.em.fork().count(EvidenceChunk, { file: Number(up.body.id) })).toBe(3);
      const res = await download(b, token, up.body.id);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-length')).toBe(String(BIG.length));
      expect(Buffer.from(await res.arrayBuffer()).equals(BIG)).toBe(true);
    });

    it('files-to-database copies the files an instance kept in its directory, checked and once', async () => {
      const token = await a.login('firm');
      const local = await startSecondInstance(a, { fileStorage: 'directory', uploadDir });
      try {
        const up = await upload(local, token, BIG);
        expect(up.status).toBe(201);
        // Only the instance that holds the directory can serve it…
        expect((await download(b, token, up.body.id)).status).toBe(404);
        expect(await moveUploadsIntoDatabase(a.orm, uploadDir)).toEqual({ moved: 1, already: 1, missing: 0, mismatched: 0 });
        // …until it is copied into the database.
        const res = await download(b, token, up.body.id);
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).equals(BIG)).toBe(true);
        expect(await a.orm.em.fork().count(AuditLog, { action: 'evidenceFile.moveToDatabase', entityId: up.body.id })).toBe(1);
        expect(await moveUploadsIntoDatabase(a.orm, uploadDir)).toEqual({ moved: 0, already: 2, missing: 0, mismatched: 0 });
      } finally {
        await local.stop();
      }
    });
  });

  describe('scheduled jobs', () => {
    let a: Running;
    let b: Running;
    beforeAll(async () => {
      a = await startServer('postgresql');
      b = await startSecondInstance(a);
    }, 120_000);
    afterAll(async () => {
      await b?.stop();
      await a?.stop();
    });
    const now = new Date('2026-11-15T02:00:00Z');
    const slot = '2026-11-15T02';

    it('a job fires once when both schedulers run it at the same moment', async () => {
      let runs = 0;
      const job = {
        name: 'count',
        run: async () => {
          runs++;
          // Long enough for the other scheduler to try while this one runs.
          await new Promise((ok) => setTimeout(ok, 50));
          return 'counted';
        },
      };
      const outcomes = await Promise.all([...[a, b, a, b].map((s, i) => runScheduledJob(s.orm.em, job, { slot, now, instance: `instance-${i}` }))]);
      expect(runs).toBe(1);
      expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'skipped')).toHaveLength(3);
      // The next tick within the hour finds it done; the next hour runs again.
      expect(await runScheduledJob(b.orm.em, job, { slot, now, instance: 'b' })).toBe('skipped');
      expect(await runScheduledJob(b.orm.em, job, { slot: '2026-11-15T03', now, instance: 'b' })).toBe('ran');
      expect(runs).toBe(2);
    });

    it('a failed run is retried by the next tick on either instance, up to three attempts, and kept for administrators', async () => {
      let calls = 0;
      const flaky = {
        name: 'flaky',
        run: async () => {
          calls++;
          if (calls === 1) throw new Error('first attempt fails');
          return 'ok';
        },
      };
      expect(await runScheduledJob(a.orm.em, flaky, { slot, now, instance: 'A' })).toBe('failed');
      let row = await a.orm.em.fork().findOneOrFail(JobRun, { job: 'flaky', slot });
      expect(row).toMatchObject({ state: 'FAILED', attempts: 1, instance: 'A', result: 'first attempt fails' });
      expect(await runScheduledJob(b.orm.em, flaky, { slot, now, instance: 'B' })).toBe('ran');
      row = await a.orm.em.fork().findOneOrFail(JobRun, { job: 'flaky', slot });
      expect(row).toMatchObject({ state: 'SUCCEEDED', attempts: 2, instance: 'B', result: 'ok' });

      const broken = {
        name: 'broken',
        run: async () => {
          throw new Error('always');
        },
      };
      const outcomes = [];
      for (const s of [a, b, a, b]) outcomes.push(await runScheduledJob(s.orm.em, broken, { slot, now, instance: 'x' }));
      expect(outcomes).toEqual(['failed', 'failed', 'failed', 'skipped']);
    });

    it("the platform's periodic jobs run once per hour whichever instances tick", async () => {
      const jobs = (s: Running) => periodicJobs(s.orm, '/nonexistent-upload-dir', () => {});
      const failed: string[] = [];
      await Promise.all([a, b].map((s, i) => schedulerTick(s.orm, jobs(s), `instance-${i}`, (job) => failed.push(job))));
      await schedulerTick(a.orm, jobs(a), 'instance-0', (job) => failed.push(job));
      expect(failed).toEqual([]);
      const rows = await a.orm.em.fork().find(JobRun, { job: { $in: jobs(a).map((j) => j.name) } });
      expect(rows.map((r) => [r.job, r.state, r.attempts]).sort()).toEqual(
        jobs(a)
          .map((j) => [j.name, 'SUCCEEDED', 1])
          .sort(),
      );
    });
  });
});
