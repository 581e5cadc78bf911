import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Community, CreditRecord, SatisfactionSurvey, SurveyCode } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 16 (docs/residents.md): the bureau sets up a satisfaction survey for a community, prints its code sheet, a
 * resident answers on a phone with a one-time code, staff enter paper answers, and closing it at 90% or more shows the
 * G6 proposed for the serving firm (credit record with source SURVEY). The window is wide so the real date is inside it.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

describe('a satisfaction survey from set-up to its G6 proposal', () => {
  const title = `旅程测评 ${Date.now() % 100000}`;
  let surveyId = 0;
  let codes: string[] = [];

  it('the bureau sets up a survey with a sample of 5 households and sees its code sheet', async () => {
    const em = stage.orm.em.fork();
    // A served community whose firm is below the cap of three G6 records, so closing at 100% proposes one.
    const candidates = await em.find(
      Community,
      { serviceMode: 'ENTERPRISE', households: { $gte: 5 } },
      { populate: ['township', 'enterprise'], orderBy: { id: 'asc' } },
    );
    let place = candidates[0]!;
    for (const c of candidates) {
      if ((await em.count(CreditRecord, { enterprise: c.enterprise!.id, itemCode: 'G6' })) === 0) {
        place = c;
        break;
      }
    }
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/surveys`);
    await page.getByRole('combobox', { name: '小区' }).click();
    await page.getByRole('option', { name: `${place.township.name} · ${place.name}`, exact: true }).click();
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="sampleSize"]').fill('5');
    await page.locator('input[name="opensOn"]').fill('2026-01-01');
    await page.locator('input[name="closesOn"]').fill('2099-12-31');
    await page.getByRole('button', { name: '发起', exact: true }).click();
    await page.waitForURL((u) => /#\/surveys\/\d+$/.test(u.hash), { timeout: 20_000 });
    surveyId = Number(/surveys\/(\d+)$/.exec(page.url())![1]);
    await expect.poll(() => page.getByTestId('code-sheet').isVisible(), { timeout: 20_000 }).toBe(true);
    codes = (await stage.orm.em.fork().find(SurveyCode, { survey: surveyId }, { orderBy: { position: 'asc' } })).map((c) => c.code);
    expect(codes).toHaveLength(5);
    for (const c of codes) await expect.poll(() => page.getByTestId('code-sheet').innerText()).toContain(c);
    await shot(page, 'survey-code-sheet');
  });

  it('a resident answers on a phone with a one-time code, once', async () => {
    const page = await stage.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stage.url}/#/public/survey`);
    await page.locator('input[name="surveyCode"]').waitFor({ timeout: 30_000 });
    await page.locator('input[name="surveyCode"]').fill(codes[0]!.toLowerCase().replace('-', ''));
    await page.getByLabel('满意', { exact: true }).check();
    await page.getByRole('button', { name: '提交评价' }).click();
    await expect.poll(() => page.getByTestId('survey-thanks').innerText(), { timeout: 20_000 }).toContain(title);
    await shot(page, 'survey-phone-answered');
    // The same code again is refused, naming the field.
    await page.reload();
    await page.locator('input[name="surveyCode"]').waitFor({ timeout: 30_000 });
    await page.locator('input[name="surveyCode"]').fill(codes[0]!);
    await page.getByLabel('基本满意').check();
    await page.getByRole('button', { name: '提交评价' }).click();
    await expect
      .poll(
        () =>
          page
            .getByText(/答题码已使用过/)
            .first()
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
  });

  it('staff enter two paper answers and close the survey: G6 is proposed for the serving firm', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/surveys/${surveyId}`);
    for (const [i, code] of codes.slice(1, 3).entries()) {
      await page.locator('input[name="surveyCode"]').fill(code);
      await page.getByLabel(i === 0 ? '满意' : '基本满意', { exact: true }).check();
      await page.getByRole('button', { name: '录入', exact: true }).click();
      await expect.poll(() => stage.orm.em.fork().count(SurveyCode, { survey: surveyId, usedAt: { $ne: null } }), { timeout: 20_000 }).toBe(i + 2);
    }
    await page.getByRole('button', { name: '结束测评' }).click();
    await expect.poll(async () => (await stage.orm.em.fork().findOneOrFail(SatisfactionSurvey, { id: surveyId })).status, { timeout: 20_000 }).toBe('CLOSED');
    await expect.poll(() => page.getByTestId('g6-outcome').innerText(), { timeout: 20_000 }).toContain('G6');
    await shot(page, 'survey-closed-g6');
    expect(await stage.orm.em.fork().count(CreditRecord, { itemCode: 'G6', sourceType: 'SURVEY', sourceId: String(surveyId) })).toBe(1);
  });
});
