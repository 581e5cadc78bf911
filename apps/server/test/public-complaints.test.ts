import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Community, Department, Enterprise, PublicComplaint, Township } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { PUBLIC_COMPLAINT_LIMITS } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type Running } from './harness.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(60, 2)]);
type Answer = { trackingCode?: string; duplicate?: boolean; error?: { code: string; message: string; fields: { field: string; code: string }[] } };

/**
 * 网上投诉 over HTTP (`POST /public/complaints`, no account): the multipart form read by the shared upload reader —
 * photos typed by content and counted, a broken body refused with the field named, and nothing stored (no row, no
 * photo file) on any refusal.
 */
describeEachDriver('a resident’s complaint over HTTP', (driver) => {
  let s: Running;
  let communityId = 0;
  const uploadDir = mkdtempSync(join(tmpdir(), 'wuye-public-complaints-'));
  const photoFiles = () => {
    try {
      return readdirSync(join(uploadDir, 'public'));
    } catch {
      return [];
    }
  };
  beforeAll(async () => {
    s = await startServer(driver, { uploadDir, publicComplaintLimits: { perHour: 0, perDay: 0 } });
    const em = s.orm.em.fork();
    const township = await em.findOneOrFail(Township, { code: 'CG' });
    const enterprise = await em.findOneOrFail(Enterprise, { township });
    // The category's department, to which the complaint is routed.
    em.create(Department, { name: '住建局', code: 'ZJJ', remit: ['SANITATION'] });
    const c = em.create(Community, {
      name: '阳光花园',
      township,
      enterprise,
      type: 'NEW_RESIDENTIAL',
      serviceMode: 'ENTERPRISE',
      households: 300,
      floorArea: 30000,
    });
    await em.flush();
    communityId = c.id;
  });
  afterAll(async () => s?.stop());

  const send = async (fields: Record<string, string>, photos: Buffer[] = []) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    photos.forEach((p, i) => form.append('photos', new Blob([p]), `photo-${i}.png`));
    const res = await fetch(`${s.url}/public/complaints`, { method: 'POST', body: form, headers: { 'accept-language': 'zh-CN' } });
    return { status: res.status, body: (await res.json()) as Answer };
  };
  const complaint = (content: string) => ({ category: 'SANITATION', communityId: String(communityId), content });
  const stored = () => s.orm.em.fork().count(PublicComplaint, {});

  it('takes a complaint with a photo and answers its tracking code; the photo is kept', async () => {
    const r = await send(complaint('楼道垃圾三天未清运，气味很大，请尽快处理。'), [PNG]);
    expect(r.body.error).toBeUndefined();
    expect(r.status).toBe(201);
    expect(r.body.trackingCode).toMatch(/\S{6,}/);
    const row = await s.orm.em.fork().findOneOrFail(PublicComplaint, { trackingCode: r.body.trackingCode! });
    expect(row.photos).toHaveLength(1);
    expect(row.photos[0]!.mime).toBe('image/png');
    expect(photoFiles()).toHaveLength(1);
  });

  it(`refuses more than ${PUBLIC_COMPLAINT_LIMITS.photosMax} photos, naming the photos, and keeps nothing`, async () => {
    const before = await stored();
    const r = await send(complaint('单元门禁损坏一周无人维修，外来人员随意进出。'), Array(PUBLIC_COMPLAINT_LIMITS.photosMax + 1).fill(PNG));
    expect(r.status).toBe(400);
    expect(r.body.error!.fields[0]).toMatchObject({ field: 'photos', code: 'TOO_MANY_PHOTOS' });
    expect(await stored()).toBe(before);
    expect(photoFiles()).toHaveLength(1);
  });

  it('refuses a photo that is not an image by its content, and keeps nothing', async () => {
    const before = await stored();
    const r = await send(complaint('电梯按钮失灵多日，老人上下楼十分不便。'), [Buffer.from('<html>not a photo</html>')]);
    expect(r.status).toBe(400);
    // The photo is named by its place in the form (photos.1: the first).
    expect(r.body.error!.fields.map((f) => f.field)).toEqual(['photos.1']);
    expect(await stored()).toBe(before);
    expect(photoFiles()).toHaveLength(1);
  });

  it('answers a body cut off before its closing boundary with 400 naming the photos, and a body that is not multipart with 400', async () => {
    const cut = await fetch(`${s.url}/public/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=B' },
      body: Buffer.from('--B\r\nContent-Disposition: form-data; name="photos"; filename="x.png"\r\n\r\n' + 'x'.repeat(100)),
    });
    expect(cut.status).toBe(400);
    expect(((await cut.json()) as Answer).error!.fields[0]).toMatchObject({ field: 'photos', code: 'INVALID_FORMAT' });
    const json = await fetch(`${s.url}/public/complaints`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect(((await json.json()) as Answer).error!.code).toBe('VALIDATION');
  });
});
