import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Agency, AuditLog, LeaseUnit, User, hashPassword, listUnit, principalOf, type Em } from '@wuye/db';
import { UNIT_PHOTO_LIMITS } from '@wuye/domain';
import { PASSWORD, startServer, type Running } from './harness.js';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

/**
 * Photos of a lettable unit over HTTP (issue 14 §2): JPG or PNG by content, size capped, the unit's own agency only,
 * each write a named command of the leasing service with its audit row — and nothing kept on a refusal.
 */
let s: Running;
let uploadDir: string;
let unitId = 0;
let otherUnitId = 0;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  uploadDir = mkdtempSync(join(tmpdir(), 'wuye-unit-photos-'));
  s = await startServer('sqlite', { uploadDir });
  const em = s.orm.em.fork() as Em;
  const passwordHash = await hashPassword(PASSWORD);
  const mine = em.create(Agency, { name: '县机关事务管理局', groupName: '物业管理工作组' });
  const other = em.create(Agency, { name: '县教育局', groupName: '物业管理工作组' });
  const clerk = em.create(User, { username: 'clerk', displayName: '经办人', role: 'AGENCY', agency: mine, position: 'CLERK', passwordHash });
  const otherClerk = em.create(User, { username: 'other', displayName: '他局经办', role: 'AGENCY', agency: other, position: 'CLERK', passwordHash });
  await em.flush();
  const unit = (user: User) =>
    listUnit(
      s.orm.em.fork(),
      { principal: principalOf(user), name: user.displayName },
      {
        building: '1号楼',
        floor: '1',
        room: '101',
        kind: 'SHOP',
        area: '50',
        permittedUse: ['RETAIL'],
        condition: '完好',
      },
    );
  unitId = (await unit(clerk)).id;
  otherUnitId = (await unit(otherClerk)).id;
  for (const u of ['clerk', 'other', 'analyst']) tokens[u] = await s.login(u);
});
afterAll(async () => s?.stop());

const upload = (as: string, id: number, file: Buffer, name: string) => {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  return fetch(`${s.url}/files/lease-units/${id}/photos`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[as]}`, 'accept-language': 'zh-CN' },
    body: form,
  });
};
const photosOf = async (id: number) => (await s.orm.em.fork().findOneOrFail(LeaseUnit, { id })).photos;
const audits = (action: string) => s.orm.em.fork().count(AuditLog, { action: `leasing.${action}` });
const stored = () => (existsSync(join(uploadDir, 'leasing', String(unitId))) ? readdirSync(join(uploadDir, 'leasing', String(unitId))) : []);

it('stores a JPEG photo of the caller’s unit, serves it to the agency only, and removes it', async () => {
  const res = await upload('clerk', unitId, JPEG, '门面.jpg');
  expect(res.status).toBe(201);
  const body = (await res.json()) as { name: string; url: string; photos: number };
  expect(body.name).toMatch(/^[0-9a-f-]{36}\.jpg$/);
  expect(body.photos).toBe(1);
  expect(await photosOf(unitId)).toEqual([body.name]);
  expect(stored()).toEqual([body.name]);
  expect(await audits('addUnitPhoto')).toBe(1);

  const mine = await fetch(`${s.url}${body.url}`, { headers: { authorization: `Bearer ${tokens.clerk}` } });
  expect(mine.status).toBe(200);
  expect(mine.headers.get('content-type')).toBe('image/jpeg');
  expect(['content-disposition', 'cache-control', 'x-content-type-options', 'content-length'].map((h) => mine.headers.get(h))).toEqual([
    `inline; filename="${body.name}"`,
    'private, no-store',
    'nosniff',
    String(JPEG.length),
  ]);
  expect(Buffer.from(await mine.arrayBuffer()).equals(JPEG)).toBe(true);
  // Another agency's member, a role without leasing, nobody signed in: not served.
  expect((await fetch(`${s.url}${body.url}`, { headers: { authorization: `Bearer ${tokens.other}` } })).status).toBe(404);
  expect((await fetch(`${s.url}${body.url}`, { headers: { authorization: `Bearer ${tokens.analyst}` } })).status).toBe(403);
  expect((await fetch(`${s.url}${body.url}`)).status).toBe(401);

  // Another agency cannot remove it either; its own member can, once.
  const del = (as: string, name: string) =>
    fetch(`${s.url}/files/lease-units/${unitId}/photos/${name}`, { method: 'DELETE', headers: { authorization: `Bearer ${tokens[as]}` } });
  expect((await del('other', body.name)).status).toBe(404);
  expect(await photosOf(unitId)).toEqual([body.name]);
  expect((await del('clerk', body.name)).status).toBe(200);
  expect(await photosOf(unitId)).toEqual([]);
  expect(stored()).toEqual([]);
  expect(await audits('removeUnitPhoto')).toBe(1);
  const again = await del('clerk', body.name);
  expect(again.status).toBe(404);
  expect(((await again.json()) as { error: { field: string; message: string } }).error).toMatchObject({
    field: 'photo',
    message: expect.stringContaining('房屋照片不存在'),
  });
});

it('refuses what is not a JPG or PNG by its content, a file over the limit, and another agency’s unit — keeping nothing', async () => {
  const pdf = await upload('clerk', unitId, PDF, '照片.pdf');
  expect(pdf.status).toBe(415);
  expect(((await pdf.json()) as { error: { field: string; message: string } }).error).toEqual({
    code: 'FILE_TYPE_NOT_ALLOWED',
    field: 'file',
    message: '文件类型不允许：只接受 JPG、PNG（按文件内容判断，不看扩展名）',
  });
  const disguised = await upload('clerk', unitId, JPEG, '照片.png');
  expect(disguised.status).toBe(415);
  const big = await upload('clerk', unitId, Buffer.concat([JPEG, Buffer.alloc(UNIT_PHOTO_LIMITS.maxBytes, 1)]), '大图.jpg');
  expect(big.status).toBe(413);
  expect(((await big.json()) as { error: { field: string } }).error.field).toBe('file');
  expect((await upload('other', unitId, JPEG, 'a.jpg')).status).toBe(404);
  expect((await upload('analyst', unitId, JPEG, 'a.jpg')).status).toBe(403);
  const json = await fetch(`${s.url}/files/lease-units/${unitId}/photos`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.clerk}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect([json.status, ((await json.json()) as { error: { code: string } }).error.code]).toEqual([400, 'NOT_MULTIPART']);
  expect(await photosOf(unitId)).toEqual([]);
  expect(await photosOf(otherUnitId)).toEqual([]);
  expect(stored()).toEqual([]);
  expect(await audits('addUnitPhoto')).toBe(1);
});

it('takes at most UNIT_PHOTO_LIMITS.max photos a unit; the next is refused naming the photos and its bytes are dropped', async () => {
  for (let i = 0; i < UNIT_PHOTO_LIMITS.max; i++) expect((await upload('clerk', unitId, JPEG, `${i}.jpg`)).status).toBe(201);
  const over = await upload('clerk', unitId, JPEG, 'one-more.jpg');
  expect(over.status).toBe(400);
  expect(((await over.json()) as { error: { field: string; message: string } }).error).toMatchObject({ field: 'photos', message: '照片最多 12 张' });
  expect(await photosOf(unitId)).toHaveLength(UNIT_PHOTO_LIMITS.max);
  expect(stored()).toHaveLength(UNIT_PHOTO_LIMITS.max);
});
