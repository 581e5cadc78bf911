import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, LeaseConsent, LeaseContract, LeaseUnit, Tender, clock } from '@wuye/db';
import { DEFAULT_UPLOAD_DIR } from '../../src/files.js';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 14 on the demo agency's own units and contracts: the working group adds photos to a unit through the
 * platform's file picker (the server judges the type and size), opens one full size and removes one; withdraws an open
 * tender with its reason, so the unit is vacant again; and the head records a written consent to a tenant's sign. Every
 * button is the one the server offers in `availableActions`. The clock is the demo's day after its reference date.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
  clock.startAt(new Date('2026-11-16T09:00:00+08:00'));
});
/** The photos the journey stored under the server's upload directory (the demo database is a temporary copy). */
const photoDirs: string[] = [];
afterAll(async () => {
  for (const dir of photoDirs) rmSync(dir, { recursive: true, force: true });
  await stage?.stop();
});

const JOURNEY = 300_000;
const em = () => stage.orm.em.fork();
const dialog = (page: Page) => page.getByRole('dialog');
const confirm = (page: Page) => dialog(page).getByRole('button', { name: '确认' });
const closed = (page: Page) => expect.poll(() => dialog(page).count(), { timeout: 30_000 }).toBe(0);

const RAW_KEY = /\b(app|resources|ra|enums)\.[a-zA-Z]+\.[a-zA-Z.]+/;
const seen: string[] = [];
async function rawKeys(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  const text = await page.locator('body').innerText();
  seen.push(...text.split('\n').filter((line) => RAW_KEY.test(line)));
}

/** A real 2×1 PNG (one red, one blue pixel), made here: the server judges a photo by its content. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 0, 255]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PNG = png();

const demoUnit = async (building: string, room: string) =>
  em().findOneOrFail(LeaseUnit, { agency: { name: '青溪县机关事务服务中心' }, building, room }, { populate: ['agency'] });

describe('a unit’s photos', () => {
  it(
    'the clerk adds photos on the unit’s page (a text file is refused by the server), opens one full size and removes one',
    async () => {
      const unit = await demoUnit('附楼', '6号铺');
      expect(unit.photos).toEqual([]);
      photoDirs.push(join(DEFAULT_UPLOAD_DIR, 'leasing', String(unit.id)));
      const page = await stage.newPage();
      await login(page, stage.url, 'agency_clerk');
      await page.goto(`${stage.url}/#/leasing/units/${unit.id}`);
      await expect.poll(() => page.getByRole('heading', { name: '房屋照片' }).isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText('暂无照片').isVisible(), { timeout: 30_000 }).toBe(true);
      await rawKeys(page);

      // Two photos in one pick, through the platform's picker (its hidden file input).
      const picker = page.locator('input[type="file"][name="file"]');
      await picker.setInputFiles([
        { name: '门面.png', mimeType: 'image/png', buffer: PNG },
        { name: '室内.png', mimeType: 'image/png', buffer: PNG },
      ]);
      const thumbnails = page.getByRole('button', { name: /^查看原图：附楼 .*6号铺 照片 \d$/ });
      await expect.poll(() => thumbnails.count(), { timeout: 30_000 }).toBe(2);
      const photos = (await demoUnit('附楼', '6号铺')).photos;
      expect(photos).toHaveLength(2);
      for (const name of photos) expect(existsSync(join(DEFAULT_UPLOAD_DIR, 'leasing', String(unit.id), name))).toBe(true);
      expect(await em().count(AuditLog, { action: 'leasing.addUnitPhoto', entityId: String(unit.id) })).toBe(2);

      // Not an image: the server refuses it by its content, the reason is shown, nothing is added.
      await picker.setInputFiles([{ name: '说明.png', mimeType: 'image/png', buffer: Buffer.from('这不是图片') }]);
      await expect
        .poll(() => page.getByRole('alert').filter({ hasText: '说明.png：文件类型不允许：只接受 JPG、PNG' }).isVisible(), { timeout: 30_000 })
        .toBe(true);
      expect((await demoUnit('附楼', '6号铺')).photos).toEqual(photos);
      await expect.poll(() => thumbnails.count(), { timeout: 30_000 }).toBe(2);

      // A thumbnail opens the full image (loaded with the user's token).
      await thumbnails.first().click();
      const full = dialog(page).getByRole('img', { name: /照片 1$/ });
      await expect
        .poll(
          () =>
            full.evaluate((img) => {
              const i = img as unknown as { complete: boolean; naturalWidth: number };
              return i.complete && i.naturalWidth;
            }),
          { timeout: 30_000 },
        )
        .toBe(2);
      await shot(page, 'leasing-unit-photo');
      await dialog(page).getByRole('button', { name: '关闭' }).click();
      await closed(page);

      // Removing the second one, with a confirmation.
      await page.locator(`[data-photo="${photos[1]}"]`).getByRole('button', { name: '删除照片' }).click();
      await confirm(page).click();
      await closed(page);
      await expect.poll(() => thumbnails.count(), { timeout: 30_000 }).toBe(1);
      expect((await demoUnit('附楼', '6号铺')).photos).toEqual([photos[0]]);
      expect(existsSync(join(DEFAULT_UPLOAD_DIR, 'leasing', String(unit.id), photos[1]!))).toBe(false);
      expect(await em().count(AuditLog, { action: 'leasing.removeUnitPhoto', entityId: String(unit.id) })).toBe(1);
      await rawKeys(page);

      // Without the token the photo is not served.
      const anonymous = await fetch(`${stage.url}/files/lease-units/${unit.id}/photos/${photos[0]}`);
      expect(anonymous.status).toBe(401);
    },
    JOURNEY,
  );
});

describe('withdrawing an open tender', () => {
  it(
    'the clerk withdraws the open tender with its reason; the unit is vacant again and can be put out to tender anew',
    async () => {
      const unit = await demoUnit('附楼', '6号铺');
      const tender = await em().findOneOrFail(Tender, { unit: unit.id, state: 'OPEN' });
      const page = await stage.newPage();
      await login(page, stage.url, 'agency_clerk');
      await page.goto(`${stage.url}/#/leasing/units/${unit.id}`);
      // Listed: publishing another tender is offered, blocked with the server's reason.
      await expect.poll(() => page.getByRole('button', { name: '发布公开招租' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(/当前不可招租/).isVisible(), { timeout: 30_000 }).toBe(true);

      await page.goto(`${stage.url}/#/leasing/tenders/${tender.id}`);
      await page.getByRole('button', { name: '撤销招租' }).click();
      await expect
        .poll(
          () =>
            dialog(page)
              .getByText(/房屋恢复为空置/)
              .isVisible(),
          { timeout: 30_000 },
        )
        .toBe(true);
      // The reason is required: nothing is sent without it.
      await confirm(page).click();
      await expect.poll(() => dialog(page).getByText('必填').first().isVisible(), { timeout: 30_000 }).toBe(true);
      expect((await em().findOneOrFail(Tender, { id: tender.id })).state).toBe('OPEN');
      await dialog(page)
        .getByLabel(/撤销原因/)
        .fill('附楼一层整体改造，暂停招租');
      await confirm(page).click();
      await closed(page);
      await expect.poll(() => page.getByText('2026-11-16：附楼一层整体改造，暂停招租').isVisible(), { timeout: 30_000 }).toBe(true);
      // Withdrawn: the action is still offered, blocked with the reason.
      await expect.poll(() => page.getByRole('button', { name: '撤销招租' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText('招租公告已定标或已撤销').first().isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await em().findOneOrFail(Tender, { id: tender.id })).toMatchObject({
        state: 'WITHDRAWN',
        withdrawnOn: '2026-11-16',
        withdrawalReason: '附楼一层整体改造，暂停招租',
      });
      expect((await demoUnit('附楼', '6号铺')).state).toBe('VACANT');
      await rawKeys(page);
      await shot(page, 'leasing-tender-withdrawn');

      await page.goto(`${stage.url}/#/leasing/units/${unit.id}`);
      await expect.poll(() => page.getByRole('button', { name: '发布公开招租' }).isEnabled(), { timeout: 30_000 }).toBe(true);
    },
    JOURNEY,
  );
});

describe('written consent to a tenant’s sign', () => {
  it(
    'the clerk sees 登记书面同意 blocked with the head’s reason; the head records the consent on the contract in force',
    async () => {
      const unit = await demoUnit('综合楼', '101');
      const contract = await em().findOneOrFail(LeaseContract, { unit: unit.id, state: { $in: ['ACTIVE', 'FLAGGED'] } });
      const before = await em().count(LeaseConsent, { contract: contract.id });

      const clerk = await stage.newPage();
      await login(clerk, stage.url, 'agency_clerk');
      await clerk.goto(`${stage.url}/#/leasing/contracts/${contract.id}`);
      await expect.poll(() => clerk.getByRole('button', { name: '登记书面同意' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => clerk.getByText(/组长/).first().isVisible(), { timeout: 30_000 }).toBe(true);

      const head = await stage.newPage();
      await login(head, stage.url, 'agency_head');
      await head.goto(`${stage.url}/#/leasing/contracts/${contract.id}`);
      const consents = head.getByRole('table', { name: '书面同意（装修改造、招牌）' });
      await expect.poll(() => consents.getByRole('row').count(), { timeout: 30_000 }).toBe(before + 1);
      await head.getByRole('button', { name: '登记书面同意' }).click();
      await expect
        .poll(
          () =>
            dialog(head)
              .getByText(/无偿归出租方所有/)
              .isVisible(),
          { timeout: 30_000 },
        )
        .toBe(true);
      await dialog(head)
        .getByLabel(/同意内容/)
        .fill('侧墙增设灯箱招牌 2 m × 0.8 m，夜间 22 时后关闭');
      await confirm(head).click();
      await closed(head);
      const row = consents.getByRole('row').filter({ hasText: '侧墙增设灯箱招牌' });
      await expect.poll(() => row.getByText('设置招牌').isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => row.getByText('2026-11-16').isVisible(), { timeout: 30_000 }).toBe(true);
      const recorded = await em().findOneOrFail(LeaseConsent, { contract: contract.id, description: { $like: '侧墙增设灯箱招牌%' } });
      expect(recorded).toMatchObject({ kind: 'SIGNAGE', grantedOn: '2026-11-16' });
      expect(await em().count(LeaseConsent, { contract: contract.id })).toBe(before + 1);
      await rawKeys(head);
      await shot(head, 'leasing-consent-recorded');
    },
    JOURNEY,
  );

  it('no page showed an untranslated message key, and no page called outside the intranet', () => {
    expect(seen).toEqual([]);
    expect(stage.external).toEqual([]);
  });
});
