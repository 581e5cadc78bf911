import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JointMeeting, MeetingMinutes, PeerVisit, PeerVisitFirm, PublicityArticle } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

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

  it('a regulator publishes an article, then an anonymous visitor reads it on the public site', async () => {
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
    await row.getByTestId('article-PUBLISH').click();
    await expect.poll(async () => (await stage.orm.em.fork().findOne(PublicityArticle, { title }))?.status, { timeout: 20_000 }).toBe('PUBLISHED');
    seen.push(...(await rawKeys(page)));

    const visitor = await stage.newPage();
    await visitor.goto(`${stage.url}/#/public/news`);
    await visitor.getByRole('link', { name: title }).click();
    const article = visitor.getByTestId('public-article-page');
    await article.waitFor({ timeout: 20_000 });
    expect(await article.getByRole('heading', { name: title }).count()).toBe(1);
    expect(await article.innerText()).toContain('满意度 < 80% 的小区列入重点。');
    seen.push(...(await rawKeys(visitor)));
    await shot(visitor, 'public-article');
    expect(seen).toEqual([]);
  });
});
