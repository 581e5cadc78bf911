import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JointMeeting, MeetingMinutes, PublicityArticle } from '@wuye/db';
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

describe('the campaign’s records: minutes written and approved, an article read by the public', () => {
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
