import { afterAll, beforeAll, expect, it } from 'vitest';
import { Complaint, PublicComplaint } from '@wuye/db';
import { shot, startStage, type Stage } from './browser.js';

/**
 * Issue 16 (docs/residents.md): a resident without an account files a complaint on a phone-sized screen, gets a
 * tracking code and follows the complaint by it; the status page shows no personal data.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

it('a resident files a complaint on a phone and follows it by its code', async () => {
  const page = await stage.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${stage.url}/#/public/complaint`);
  await expect.poll(() => page.getByRole('button', { name: '提交投诉' }).isVisible(), { timeout: 30_000 }).toBe(true);

  // Too short first: the form says which field is wrong, in Chinese.
  await page.getByLabel('问题类别').click();
  await page.getByRole('option', { name: '环境卫生' }).click();
  await page.getByLabel('所在小区').click();
  const community = page.getByRole('option').first();
  const communityText = (await community.textContent()) ?? '';
  await community.click();
  await page.getByLabel('反映内容').fill('垃圾没清运');
  await page.getByRole('button', { name: '提交投诉' }).click();
  await expect
    .poll(
      () =>
        page
          .getByText(/至少需要 10 个字符/)
          .first()
          .isVisible(),
      { timeout: 20_000 },
    )
    .toBe(true);

  const content = '小区东门垃圾站已经五天没有清运，气味很大，夏天容易滋生蚊蝇，请尽快处理（浏览器旅程）';
  await page.getByLabel('反映内容').fill(content);
  await page.setInputFiles('#complaint-photos', [{ name: 'photo.png', mimeType: 'image/png', buffer: PNG }]);
  await page.getByLabel('联系人（选填）').fill('王小明');
  await page.getByLabel('联系电话（选填）').fill('13912345678');
  await shot(page, 'public-complaint-form-phone');
  await page.getByRole('button', { name: '提交投诉' }).click();
  const codeBox = page.getByTestId('tracking-code');
  await expect.poll(() => codeBox.isVisible(), { timeout: 20_000 }).toBe(true);
  const code = ((await codeBox.textContent()) ?? '').trim();
  expect(code).toMatch(/^TS-[A-Z2-9]{5}-[A-Z2-9]{5}$/);

  // It entered the closed loop on the WEB channel, routed, with the resident's contact kept for the department.
  const row = await stage.orm.em.fork().findOneOrFail(PublicComplaint, { trackingCode: code }, { populate: ['complaint'] });
  expect(row.photos).toHaveLength(1);
  const complaint = await stage.orm.em.fork().findOneOrFail(Complaint, { id: row.complaint.id });
  expect(complaint).toMatchObject({ channel: 'WEB', state: 'ROUTED', complainantPhone: '13912345678' });

  await page.getByRole('button', { name: '查看办理进度' }).click();
  const status = page.getByTestId('complaint-status');
  await expect.poll(() => status.isVisible(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => page.getByTestId('complaint-status-label').textContent()).toBe('已受理');
  const shown = (await status.textContent()) ?? '';
  expect(shown).not.toContain('王小明');
  expect(shown).not.toContain('13912345678');
  expect(shown).not.toContain('1391');
  // Fits the phone: nothing wider than the screen.
  expect(
    await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth),
  ).toBeLessThanOrEqual(390);
  await shot(page, 'public-complaint-status-phone');

  // The same text again within a week gets the same code back.
  await page.goto(`${stage.url}/#/public/complaint`);
  await expect.poll(() => page.getByRole('button', { name: '提交投诉' }).isVisible(), { timeout: 30_000 }).toBe(true);
  await page.getByLabel('问题类别').click();
  await page.getByRole('option', { name: '环境卫生' }).click();
  await page.getByLabel('所在小区').click();
  await page.getByRole('option', { name: communityText }).click();
  await page.getByLabel('反映内容').fill(content);
  await page.getByRole('button', { name: '提交投诉' }).click();
  await expect.poll(() => page.getByTestId('tracking-code').textContent(), { timeout: 20_000 }).toBe(code);
  await expect.poll(() => page.getByText('您近期已反映过相同问题').first().isVisible()).toBe(true);
  expect(stage.external).toEqual([]);
});

it('a resident follows a demo complaint answered by 市场监管局 by its code, on a phone', async () => {
  const answered = await stage.orm.em.fork().findOneOrFail(PublicComplaint, { complaint: { state: 'RESOLVED' } }, { populate: ['complaint'] });
  const page = await stage.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  // Typed the way people type codes: lower case, without the dashes.
  await page.goto(`${stage.url}/#/public/complaint-status/${answered.trackingCode.replace(/-/g, '').toLowerCase()}`);
  await expect.poll(() => page.getByTestId('complaint-status-label').textContent(), { timeout: 30_000 }).toBe('已答复');
  const shown = (await page.getByTestId('complaint-status').textContent()) ?? '';
  expect(shown).toContain('市场监管局');
  expect(shown).toContain('复检合格');
  expect(shown).not.toContain(answered.complaint.complainantPhone!);
  expect(shown).not.toContain(answered.complaint.complainantName!);
  await shot(page, 'public-complaint-answered-phone');
  expect(stage.external).toEqual([]);
});

it('a resident reports an unlicensed operator; it is routed to the department whose remit holds that category', async () => {
  const page = await stage.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${stage.url}/#/public/complaint`);
  await expect.poll(() => page.getByRole('button', { name: '提交投诉' }).isVisible(), { timeout: 30_000 }).toBe(true);
  await page.getByLabel('问题类别').click();
  await page.getByRole('option', { name: '无资质/未备案经营者' }).click();
  await page.getByLabel('所在小区').click();
  await page.getByRole('option').nth(1).click();
  await page.getByLabel('反映内容').fill('小区里有一家没有挂牌的保洁公司上门推销物业托管服务，自称业委会委托，收取预付款后无人负责（浏览器旅程）');
  await page.getByRole('button', { name: '提交投诉' }).click();
  const codeBox = page.getByTestId('tracking-code');
  await expect.poll(() => codeBox.isVisible(), { timeout: 20_000 }).toBe(true);
  const code = ((await codeBox.textContent()) ?? '').trim();
  const row = await stage.orm.em.fork().findOneOrFail(PublicComplaint, { trackingCode: code }, { populate: ['complaint.department'] });
  expect([row.complaint.category, row.complaint.state]).toEqual(['UNLICENSED_OPERATOR', 'ROUTED']);
  const department = row.complaint.department!.name;
  await page.getByRole('button', { name: '查看办理进度' }).click();
  await expect.poll(() => page.getByTestId('complaint-status').textContent(), { timeout: 20_000 }).toContain(department);
  expect(await page.getByTestId('complaint-status').textContent()).toContain('无资质/未备案经营者');
  expect(stage.external).toEqual([]);
});
