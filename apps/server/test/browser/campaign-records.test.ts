import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { JointMeeting, MeetingMinutes, PeerVisit, PeerVisitFirm, PublicityArticle, PublicityImage } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

/** A real 1×1 PNG, so the browser decodes it. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** The image element has been fetched and decoded (the server runs without DOM types, hence the structural cast). */
const loaded = (img: Locator) =>
  img.evaluate((el) => {
    const image = el as unknown as { complete: boolean; naturalWidth: number };
    return image.complete && image.naturalWidth > 0;
  });

const RAW_KEY = /\b(app|resources|ra|enums)\.[a-z]+\.[a-zA-Z.]+/;
async function rawKeys(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  return text.split('\n').filter((line) => RAW_KEY.test(line));
}

describe('the campaign’s records: minutes written and approved, a peer visit recorded, an article read by the public', () => {
  const seen: string[] = [];

  it('a regulator writes the November consultation’s minutes and submits them; the second regulator approves them', async () => {
    const em = stage.orm.em.fork();
    const meeting = await em.findOneOrFail(JointMeeting, { kind: 'MONTHLY_CONSULTATION', title: { $like: '2026年11月%' } });
    expect(await em.count(MeetingMinutes, { meeting: meeting.id })).toBe(0);
    const minutes = () => stage.orm.em.fork().findOne(MeetingMinutes, { meeting: meeting.id }, { populate: ['writtenBy', 'approvedBy'] });

    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/campaign-meetings`);
    await page.getByRole('tab', { name: '月度会商' }).click();
    const card = page.getByTestId('meeting-card').filter({ hasText: meeting.title });
    await card.locator('textarea[name="minutesBody"]').waitFor({ timeout: 20_000 });
    await card.locator('textarea[name="minutesBody"]').fill('会议研究了巩固提升阶段工作和年度考核办法。\n\n会议议定：各乡镇（街道）11月30日前报送自查情况。');
    await card.locator('textarea[name="minutesAttendees"]').fill('县住建局 王建国（主持）\n县民政局 刘芳\n城关镇 陈建国');
    seen.push(...(await rawKeys(page)));
    await card.getByRole('button', { name: '保存纪要' }).click();
    await expect.poll(async () => (await minutes())?.status, { timeout: 20_000 }).toBe('DRAFT');
    await card.getByRole('button', { name: '提交审定' }).click();
    await expect.poll(async () => (await minutes())?.status, { timeout: 20_000 }).toBe('SUBMITTED');
    // The writer cannot approve their own minutes: the server says why.
    await expect.poll(() => card.getByTestId('minutes-APPROVE').isDisabled(), { timeout: 20_000 }).toBe(true);
    await shot(page, 'minutes-submitted');

    const second = await stage.newPage();
    await login(second, stage.url, 'regulator2');
    await second.goto(`${stage.url}/#/campaign-meetings`);
    const theirs = second.getByTestId('meeting-card').filter({ hasText: meeting.title });
    await theirs.getByRole('button', { name: '审定通过' }).click();
    await expect.poll(async () => (await minutes())?.status, { timeout: 20_000 }).toBe('APPROVED');
    const approved = (await minutes())!;
    expect([approved.writtenBy?.username, approved.approvedBy?.username]).toEqual(['regulator', 'regulator2']);
    await expect.poll(() => theirs.getByTestId('minutes-status').innerText(), { timeout: 20_000 }).toBe('已审定');
    // Approved minutes are read-only: no text box, every button disabled.
    expect(await theirs.locator('textarea[name="minutesBody"]').count()).toBe(0);
    await expect.poll(() => theirs.getByTestId('minutes-RETURN').isDisabled(), { timeout: 20_000 }).toBe(true);
  });

  it('a regulator records a peer visit; it is listed, and the visiting firm’s manager sees it on their page', async () => {
    const findings = '回头看观摩：电梯维保记录齐全，消防通道标识清晰。';
    const visit = () => stage.orm.em.fork().findOne(PeerVisit, { findings }, { populate: ['hostEnterprise', 'recordedBy'] });
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/peer-visits`);
    const form = page.getByTestId('peer-visit-form');
    const day = form.locator('input[name="visitedOn"]');
    await day.waitFor({ timeout: 20_000 });
    // The day starts at today on the server's clock; emptied, it is marked on the field and nothing is sent.
    expect(await day.inputValue()).toBe('2026-11-15');
    await day.fill('');
    await form.getByRole('button', { name: '保存观摩记录' }).click();
    await expect.poll(() => form.getByText('必填').count(), { timeout: 20_000 }).toBe(1);

    await day.fill('2026-11-13');
    await form.locator('input[name="host"]').fill('安居');
    await page.getByRole('option', { name: '青溪县安居物业服务有限公司' }).click();
    await form.locator('input[name="visitors"]').fill('恒泰');
    await page.getByRole('option', { name: '浙江恒泰物业管理有限公司' }).click();
    await form.locator('textarea[name="people"]').fill('县住建局 陈敏\n东城街道 李卫东');
    await form.locator('textarea[name="findings"]').fill(findings);
    seen.push(...(await rawKeys(page)));
    await form.getByRole('button', { name: '保存观摩记录' }).click();
    await expect.poll(async () => (await visit())?.visitedOn, { timeout: 20_000 }).toBeTruthy();
    const saved = (await visit())!;
    expect([saved.hostEnterprise?.name, saved.visitorPeople, saved.recordedBy?.username]).toEqual([
      '青溪县安居物业服务有限公司',
      ['县住建局 陈敏', '东城街道 李卫东'],
      'regulator',
    ]);
    const firms = await stage.orm.em.fork().find(PeerVisitFirm, { visit: saved.id }, { populate: ['enterprise'] });
    expect(firms.map((f) => f.enterprise.name)).toEqual(['浙江恒泰物业管理有限公司']);
    await page.getByText('操作已完成').waitFor({ timeout: 20_000 });
    const row = page.getByTestId('peer-visit-row').filter({ hasText: findings });
    await row.waitFor({ timeout: 20_000 });
    expect(await row.innerText()).toContain('2026-11-13');
    expect(await row.innerText()).toContain('浙江恒泰物业管理有限公司');
    // The form is ready for the next visit.
    expect(await form.locator('textarea[name="findings"]').inputValue()).toBe('');
    await shot(page, 'peer-visits');

    // The visiting firm's manager reads it on their own 观摩 page (no form: recording is the bureau's).
    const firm = await stage.newPage();
    await login(firm, stage.url, 'ent_demo2');
    await firm.goto(`${stage.url}/#/peer-visits`);
    const theirs = firm.getByTestId('peer-visit-row').filter({ hasText: findings });
    await theirs.waitFor({ timeout: 20_000 });
    expect(await theirs.innerText()).toContain('县住建局 陈敏、东城街道 李卫东');
    expect(await firm.getByTestId('peer-visit-form').count()).toBe(0);
    seen.push(...(await rawKeys(firm)));
  });

  it('a regulator attaches an image to an article and publishes it; an anonymous visitor reads it with its image until it is withdrawn', async () => {
    const title = `我县开展物业管理“回头看” ${Date.now() % 100000}`;
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/publicity`);
    await page.getByRole('button', { name: '新建稿件' }).click();
    const editor = page.getByTestId('article-editor');
    await editor.locator('input[name="title"]').fill(title);
    await editor.locator('textarea[name="body"]').fill('11月起，全县开展物业管理“回头看”。\n\n重点检查前期问题整改落实情况，满意度 < 80% 的小区列入重点。');
    await editor.locator('input[name="source"]').fill('县住建局');
    await editor.getByRole('button', { name: '保存草稿' }).click();
    const row = page.getByTestId('article-row').filter({ hasText: title });

    // Images go through the upload pipeline, checked on the server by content: a PDF is refused, nothing stored.
    const picker = row.locator('input[name="articleImage"]');
    await picker.setInputFiles({ name: '检查通报.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await expect.poll(() => row.getByRole('alert').innerText(), { timeout: 20_000 }).toContain('只接受 JPG, PNG');
    expect(await stage.orm.em.fork().count(PublicityImage, { article: { title } })).toBe(0);
    await row.locator('input[name="imageCaption"]').fill('城关镇阳光花园检查现场');
    await picker.setInputFiles({ name: '检查现场.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => row.getByTestId('article-image').count(), { timeout: 20_000 }).toBe(1);
    const thumb = row.getByRole('img', { name: '城关镇阳光花园检查现场' });
    await expect.poll(() => loaded(thumb), { timeout: 20_000 }).toBe(true);
    const image = await stage.orm.em.fork().findOneOrFail(PublicityImage, { article: { title } });
    const imageUrl = `${stage.url}/publicity-images/${image.id}`;
    // A draft's image is not public.
    expect((await fetch(imageUrl)).status).toBe(404);

    await row.getByTestId('article-PUBLISH').click();
    await expect.poll(async () => (await stage.orm.em.fork().findOne(PublicityArticle, { title }))?.status, { timeout: 20_000 }).toBe('PUBLISHED');
    // Published: no more image changes are offered.
    await expect.poll(() => row.locator('input[name="articleImage"]').count()).toBe(0);
    seen.push(...(await rawKeys(page)));

    const visitor = await stage.newPage();
    await visitor.goto(`${stage.url}/#/public/news`);
    await visitor.getByRole('link', { name: title }).click();
    const article = visitor.getByTestId('public-article-page');
    await article.waitFor({ timeout: 20_000 });
    expect(await article.getByRole('heading', { name: title }).count()).toBe(1);
    expect(await article.innerText()).toContain('满意度 < 80% 的小区列入重点。');
    const figure = article.getByTestId('public-article-image');
    await expect.poll(() => loaded(figure.getByRole('img', { name: '城关镇阳光花园检查现场' })), { timeout: 20_000 }).toBe(true);
    expect(await figure.innerText()).toContain('城关镇阳光花园检查现场');
    expect((await fetch(imageUrl)).status).toBe(200);
    seen.push(...(await rawKeys(visitor)));
    await shot(visitor, 'public-article');

    // Withdrawn: the article and its image leave the public site.
    await row.locator('input[name="withdrawReason"]').fill('数据需更正');
    await row.getByTestId('article-WITHDRAW').click();
    await expect.poll(async () => (await stage.orm.em.fork().findOne(PublicityArticle, { title }))?.status, { timeout: 20_000 }).toBe('WITHDRAWN');
    expect((await fetch(imageUrl)).status).toBe(404);
    await visitor.reload();
    await expect.poll(() => visitor.getByText('该稿件不存在或已撤回').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(seen).toEqual([]);
  });
});
