import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  AuditLog,
  Community,
  Department,
  Enterprise,
  EvidenceFile,
  Issue,
  Township,
  User,
  applyIssueCommand,
  hashPassword,
  registerIssue,
  type LoopActor,
} from '@wuye/db';
import { createTestOrm, describeEachDriver, dropTestOrm } from '@wuye/db/testing';
import { withUsccCheckChar } from '@wuye/domain';
import { createApp } from '../src/app.js';
import { removeUnattachedUploads } from '../src/files.js';
import { createLogger } from '../src/logging.js';
import { PASSWORD } from './harness.js';

const MAX = 64 * 1024;
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0)]);

/** Evidence upload and download over HTTP: limits, disguised files, access — and nothing stored on a refusal. */
describeEachDriver('evidence files', (driver) => {
  let orm: MikroORM;
  let server: Server;
  let url: string;
  let uploadDir: string;
  const tokens: Record<string, string> = {};
  const issues: Record<'own' | 'other' | 'closed', number> = { own: 0, other: 0, closed: 0 };

  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const town = em.create(Township, { name: '城关镇', code: 'CG' });
    const dept = em.create(Department, { name: '住建局', code: 'ZJJ', remit: ['SERVICE_QUALITY'] });
    const firm = (n: number) =>
      em.create(Enterprise, { name: `物业${n}`, uscc: withUsccCheckChar(`91330100MA000000${n}`), legalRepresentative: '王', township: town });
    const [f1, f2] = [firm(1), firm(2)];
    const place = (name: string, enterprise: Enterprise) =>
      em.create(Community, { name, township: town, enterprise, type: 'OLD', serviceMode: 'ENTERPRISE', households: 10, floorArea: 100 });
    const [c1, c2] = [place('一号小区', f1), place('二号小区', f2)];
    const passwordHash = await hashPassword(PASSWORD);
    const user = (username: string, role: User['role'], extra: Partial<User> = {}) =>
      em.create(User, { username, displayName: username, role, passwordHash, ...extra });
    const reg = user('regulator', 'REGULATOR');
    user('firm1', 'ENTERPRISE', { enterprise: f1 });
    user('firm2', 'ENTERPRISE', { enterprise: f2 });
    user('analyst', 'ANALYST');
    user('town', 'TOWNSHIP', { township: town });
    await em.flush();
    const actor: LoopActor = { principal: { userId: String(reg.id), role: 'REGULATOR' }, name: 'regulator' };
    const at = new Date();
    const deadline = new Date(at.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    await orm.em.fork().transactional(async (tx) => {
      for (const [key, community] of [
        ['own', c1],
        ['other', c2],
        ['closed', c1],
      ] as const) {
        const issue = await registerIssue(tx, { source: 'TOWNSHIP_REPORT', category: 'SERVICE_QUALITY', title: key, communityId: community.id }, actor, at);
        await applyIssueCommand(
          tx,
          issue,
          { action: 'ASSIGN', enterpriseId: String(community.enterprise!.id), departmentId: String(dept.id), measures: '整改', deadline },
          actor,
          at,
        );
        issues[key] = issue.id;
      }
    });
    await orm.em.fork().nativeUpdate(Issue, { id: issues.closed }, { state: 'CLOSED' });

    uploadDir = mkdtempSync(join(tmpdir(), 'wuye-uploads-'));
    const { app } = await createApp({
      orm,
      databaseKind: driver,
      uploadDir,
      fileStorage: 'directory',
      uploadMaxBytes: MAX,
      logger: createLogger({ level: 'silent' }),
    });
    server = createServer(app);
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const u of ['regulator', 'firm1', 'firm2', 'analyst', 'town']) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(username: "${u}", password: "${PASSWORD}") { ... on LoginSuccess { token } } }` }),
      });
      tokens[u] = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
    }
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    await dropTestOrm(orm);
    rmSync(uploadDir, { recursive: true, force: true });
  });

  const upload = async (
    who: string | null,
    issueId: number | string | null,
    content: Buffer | null,
    name = 'photo.jpg',
    headers: Record<string, string> = {},
  ) => {
    const form = new FormData();
    if (issueId != null) form.set('issueId', String(issueId));
    if (content) form.set('file', new Blob([content]), name);
    const res = await fetch(`${url}/files`, {
      method: 'POST',
      body: form,
      headers: { ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}), ...headers },
    });
    return {
      status: res.status,
      body: (await res.json()) as { id?: string; originalName?: string; error?: { code: string; field: string | null; message: string } },
    };
  };
  const stored = () => readdirSync(uploadDir, { recursive: true }).filter((f) => String(f).includes('.')).length;
  const rows = () => orm.em.fork().count(EvidenceFile, {});

  it('stores an allowed file of the caller’s issue and serves it back to those who may see the issue', async () => {
    const r = await upload('firm1', issues.own, JPEG, '整改后照片.jpg');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ originalName: '整改后照片.jpg', mime: 'image/jpeg', size: JPEG.length });
    const pdf = await upload('regulator', issues.own, PDF, 'report.pdf');
    expect(pdf.body).toMatchObject({ mime: 'application/pdf' });

    const get = async (who: string | null) => fetch(`${url}/files/${r.body.id}`, { headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });
    const ok = await get('firm1');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/jpeg');
    // Evidence (any of JPG…XLSX) is handed over as a download; photos of units and articles are shown inline.
    expect([ok.headers.get('content-disposition'), ok.headers.get('cache-control'), ok.headers.get('x-content-type-options')]).toEqual([
      `attachment; filename*=UTF-8''${encodeURIComponent('整改后照片.jpg')}`,
      'private, no-store',
      'nosniff',
    ]);
    expect(ok.headers.get('content-length')).toBe(String(JPEG.length));
    expect(Buffer.from(await ok.arrayBuffer()).equals(JPEG)).toBe(true);
    for (const who of ['regulator', 'analyst', 'town']) expect((await get(who)).status).toBe(200);
    expect((await get('firm2')).status).toBe(404);
    expect((await get(null)).status).toBe(401);
  });

  it('refuses, storing nothing: oversized, disguised, no file, wrong or foreign or closed issue, no access', async () => {
    const files = stored();
    const count = await rows();
    const big = Buffer.concat([JPEG, Buffer.alloc(MAX, 7)]);
    expect(await upload('firm1', issues.own, big)).toMatchObject({
      status: 413,
      body: { error: { code: 'FILE_TOO_LARGE', field: 'file', message: '文件超过大小上限 0.1 MB' } },
    });
    const disguised = await upload('firm1', issues.own, EXE, 'photo.jpg');
    expect(disguised).toMatchObject({ status: 415, body: { error: { code: 'FILE_TYPE_NOT_ALLOWED', field: 'file' } } });
    expect(disguised.body.error!.message).toContain('JPG, PNG, PDF, DOCX, XLSX');
    const en = await upload('firm1', issues.own, Buffer.from('just text'), 'notes.pdf', { 'accept-language': 'en' });
    expect(en.body.error!.message).toBe('this file type is not allowed: only JPG, PNG, PDF, DOCX, XLSX (judged by content, not by the extension)');
    expect(await upload('firm1', issues.own, null)).toMatchObject({ status: 400, body: { error: { field: 'file' } } });
    expect(await upload('firm1', null, JPEG)).toMatchObject({ status: 400, body: { error: { field: 'issueId' } } });
    expect(await upload('firm1', 999999, JPEG)).toMatchObject({ status: 404, body: { error: { field: 'issueId' } } });
    expect(await upload('firm1', issues.other, JPEG)).toMatchObject({ status: 404, body: { error: { field: 'issueId' } } });
    expect(await upload('firm1', issues.closed, JPEG)).toMatchObject({ status: 409 });
    expect((await upload('analyst', issues.own, JPEG)).status).toBe(403);
    expect((await upload(null, issues.own, JPEG)).status).toBe(401);
    // The form's bytes sent as another type: refused naming this form's fields (the image upload's name articleId).
    expect(await upload('firm1', issues.own, JPEG, 'a.jpg', { 'content-type': 'text/plain' })).toEqual({
      status: 400,
      body: { error: { code: 'NOT_MULTIPART', field: null, message: '请以 multipart/form-data 上传（字段 issueId 和 file）' } },
    });
    expect(stored()).toBe(files);
    expect(await rows()).toBe(count);
  });

  it('refuses content that does not match its extension (JPEG bytes named a.html); a name without one gets the real one', async () => {
    const files = stored();
    const count = await rows();
    const html = await upload('firm1', issues.own, JPEG, 'a.html');
    expect(html).toMatchObject({
      status: 415,
      body: { error: { code: 'FILE_TYPE_MISMATCH', field: 'file', message: '文件扩展名 .html 与其内容（JPG）不符，请改用正确的扩展名后重新上传' } },
    });
    const en = await upload('firm1', issues.own, PDF, 'report.docx', { 'accept-language': 'en' });
    expect(en.body.error!.message).toBe('the file is named .docx but its content is PDF: rename it with the right extension and upload it again');
    expect(stored()).toBe(files);
    expect(await rows()).toBe(count);
    expect((await upload('firm1', issues.own, JPEG, 'IMG_0001.JPEG')).body.originalName).toBe('IMG_0001.JPEG');
    expect((await upload('firm1', issues.own, JPEG, '整改照片')).body.originalName).toBe('整改照片.jpg');
  });

  it('serves a placeholder for the seeded demo evidence, which has no bytes on disk', async () => {
    const em = orm.em.fork();
    const demo = em.create(EvidenceFile, {
      issue: issues.own,
      storedName: 'demo/evidence-1.png',
      originalName: '整改后照片-1.png',
      mime: 'image/png',
      size: 68,
      sha256: '0'.repeat(64),
      uploadedAt: new Date(),
    });
    await em.flush();
    const res = await fetch(`${url}/files/${demo.id}`, { headers: { authorization: `Bearer ${tokens.regulator}` } });
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect([res.headers.get('content-disposition'), res.headers.get('x-content-type-options')]).toEqual([
      `inline; filename*=UTF-8''${encodeURIComponent('整改后照片-1.png')}`,
      'nosniff',
    ]);
    expect((await fetch(`${url}/files/${demo.id}`, { headers: { authorization: `Bearer ${tokens.firm2}` } })).status).toBe(404);
  });

  it('an uploaded file is accepted as feedback evidence of its issue only', async () => {
    const own = await upload('firm1', issues.own, JPEG);
    const gql = async (query: string) =>
      (await (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.firm1}` },
          body: JSON.stringify({ query }),
        })
      ).json()) as {
        data: Record<string, { __typename: string; fieldErrors?: { field: string }[]; data?: { state: string; files: { id: string }[] } }>;
      };
    await gql(`mutation { acknowledgeIssue(id: "${issues.own}") { __typename } }`);
    const r = await gql(
      `mutation { submitIssueFeedback(id: "${issues.own}", note: "已整改完毕", fileIds: ["${own.body.id}"]) { __typename ... on MutationSubmitIssueFeedbackSuccess { data { state files { id } } } } }`,
    );
    expect(r.data.submitIssueFeedback!.data!.state).toBe('SUBMITTED');
    expect(r.data.submitIssueFeedback!.data!.files.map((f) => f.id)).toContain(own.body.id);
  });

  it('removes uploads never attached to feedback once a day has passed, bytes and row, keeping attached ones', async () => {
    const gql = (query: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.regulator}` },
        body: JSON.stringify({ query }),
      });
    const kept = await upload('firm1', issues.own, JPEG);
    const orphan = await upload('firm1', issues.own, PDF, 'draft.pdf');
    // The issue's feedback (previous test) is returned, and the firm's new feedback names one of the two.
    await gql(`mutation { returnIssue(id: "${issues.own}", note: "请补充材料") { __typename } }`);
    const attach = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.firm1}` },
      body: JSON.stringify({ query: `mutation { submitIssueFeedback(id: "${issues.own}", note: "补充材料", fileIds: ["${kept.body.id}"]) { __typename } }` }),
    });
    expect(((await attach.json()) as { data: { submitIssueFeedback: { __typename: string } } }).data.submitIssueFeedback.__typename).toBe(
      'MutationSubmitIssueFeedbackSuccess',
    );
    const em = orm.em.fork();
    const row = await em.findOneOrFail(EvidenceFile, { id: Number(orphan.body.id) });
    const path = join(uploadDir, row.storedName);
    expect(existsSync(path)).toBe(true);
    const uploadedAt = row.uploadedAt.getTime();

    expect(await removeUnattachedUploads(orm, uploadDir, new Date(uploadedAt + 23 * 3600_000))).toBe(0);
    expect(existsSync(path)).toBe(true);
    const later = new Date(uploadedAt + 25 * 3600_000);
    expect(await removeUnattachedUploads(orm, uploadDir, later)).toBeGreaterThanOrEqual(1);
    expect(existsSync(path)).toBe(false);
    const left = await orm.em.fork().find(EvidenceFile, { id: { $in: [Number(kept.body.id), Number(orphan.body.id)] } });
    expect(left.map((f) => String(f.id))).toEqual([kept.body.id]);
    expect(existsSync(join(uploadDir, left[0]!.storedName))).toBe(true);
    expect(await orm.em.fork().count(AuditLog, { action: 'evidenceFile.removeUnattached', entityId: orphan.body.id })).toBe(1);
    // Idempotent: a second run finds nothing more of these.
    expect(await removeUnattachedUploads(orm, uploadDir, later)).toBe(0);
  });
});
