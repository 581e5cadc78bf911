import { afterAll, beforeAll, expect, it } from 'vitest';
import { maskName, maskPhone, withUsccCheckChar } from '@wuye/domain';
import { Community, CreditRecommendation, DEMO_ENTERPRISE_1, Developer, DeveloperProject, Enterprise, Issue, recommendationEligibility } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 16 (建设单位; 向上级推荐信用升级): a regulator registers a developer and the community it built, follows the demo's
 * warranty issue to the developer that owes the repair; a regulator proposes a firm for a credit upgrade, cannot approve
 * it himself, and a second regulator approves it. The manager of the firm serving that community (`ent_demo`) sees the
 * same issue name the developer that owes the repair, the developer's record with its contact masked and only the
 * firm's own communities, and, in its developer list, only the developers of the communities it serves.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

it('a regulator registers a developer and its community; the warranty issue names its developer', async () => {
  const em = stage.orm.em.fork();
  const leak = await em.findOneOrFail(Issue, { warrantyElement: 'WATERPROOFING' }, { populate: ['developer'] });
  const page = await stage.newPage();
  await login(page, stage.url, 'regulator');

  await page.goto(`${stage.url}/#/developers/create`);
  await page.getByLabel('名称').fill('青溪县新城置业有限公司');
  const uscc = withUsccCheckChar('91330122MA2XCXY05');
  await page.getByLabel('统一社会信用代码').fill(`${uscc.slice(0, 17)}${uscc.endsWith('1') ? '2' : '1'}`);
  await page.getByLabel('联系人').fill('孙志强');
  await page.getByLabel('联系电话').fill('13905710005');
  await page.getByRole('button', { name: '保存' }).click();
  // A wrong check character is refused before anything is written, naming the field.
  await expect
    .poll(
      () =>
        page
          .getByText(/统一社会信用代码.*校验/)
          .first()
          .isVisible(),
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(await stage.orm.em.fork().count(Developer, { name: '青溪县新城置业有限公司' })).toBe(0);
  await page.getByLabel('统一社会信用代码').fill(uscc);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/#\/developers\/\d+\/show/, { timeout: 20_000 });
  const created = await stage.orm.em.fork().findOneOrFail(Developer, { name: '青溪县新城置业有限公司' });

  // A community no developer is recorded for yet.
  const taken = (await stage.orm.em.fork().find(DeveloperProject, {}, { populate: ['community'] })).map((p) => p.community.id);
  const free = await stage.orm.em.fork().findOneOrFail(Community, { type: 'NEW_RESIDENTIAL', id: { $nin: taken } }, { orderBy: { id: 'asc' } });
  await page.getByRole('button', { name: '登记开发小区' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('小区').fill(free.name);
  await page.getByRole('option', { name: free.name }).first().click();
  await dialog.getByLabel('交付日期').fill('2024-05-20');
  await dialog.getByRole('button', { name: '保存' }).click();
  const projects = page.getByRole('table', { name: '开发建设的小区' });
  await expect.poll(() => projects.getByText(free.name).isVisible(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => projects.getByText('屋面防水及卫生间、外墙防渗漏 5 年，至 2029-05-20').isVisible()).toBe(true);
  expect((await stage.orm.em.fork().findOneOrFail(DeveloperProject, { community: free.id })).developer.id).toBe(created.id);
  await shot(page, 'developer-record');

  // The demo's roof leak names the developer that owes the repair; its link leads to the developer's page.
  await page.goto(`${stage.url}/#/issues/${leak.id}/show`);
  const link = page.getByRole('link', { name: leak.developer!.name });
  await expect.poll(() => link.isVisible(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.getByText('2028-06-30').isVisible()).toBe(true);
  await link.click();
  await page.waitForURL(new RegExp(`#/developers/${leak.developer!.id}/show`), { timeout: 20_000 });
  await page.getByRole('link', { name: '查看保修问题' }).click();
  await expect.poll(() => page.getByText(leak.title).first().isVisible(), { timeout: 30_000 }).toBe(true);
  expect(stage.external).toEqual([]);
});

it('a firm manager sees the warranty issue on its community name the developer; its developer views are masked and scoped', async () => {
  const em = stage.orm.em.fork();
  const firm = await em.findOneOrFail(Enterprise, { name: DEMO_ENTERPRISE_1.name });
  const leak = await em.findOneOrFail(Issue, { warrantyElement: 'WATERPROOFING' }, { populate: ['developer'] });
  const worn = await em.findOneOrFail(Issue, { warrantyElement: 'DECORATION' });
  // The demo's leak is on a community demo firm #1 serves; the firm is assigned it to coordinate, the developer owes the repair.
  expect([leak.enterprise?.id, worn.enterprise?.id, worn.developer]).toEqual([firm.id, firm.id, null]);
  const developer = leak.developer!;
  const ownProjects = await em.find(DeveloperProject, { community: { enterprise: firm.id } }, { populate: ['community', 'developer'] });
  const ownDevelopers = [...new Set(ownProjects.map((p) => p.developer.name))];
  const others = (await em.find(Developer, { name: { $nin: ownDevelopers } })).map((d) => d.name);
  expect(others.length).toBeGreaterThan(0);
  const foreignProjects = (await em.find(DeveloperProject, { developer: developer.id }, { populate: ['community'] }))
    .filter((p) => p.community.enterprise?.id !== firm.id)
    .map((p) => p.community.name);

  const page = await stage.newPage();
  await login(page, stage.url, 'ent_demo');
  // The issue page: the element, its last warranty day and the developer that owes the repair.
  await page.goto(`${stage.url}/#/issues/${leak.id}/show`);
  const link = page.getByRole('link', { name: developer.name });
  await expect.poll(() => link.isVisible(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.getByText('2028-06-30').isVisible()).toBe(true);
  await shot(page, 'developer-firm-issue');

  // The developer's record: contact masked for a firm, only the firm's own communities, nothing to edit.
  await link.click();
  await page.waitForURL(new RegExp(`#/developers/${developer.id}/show`), { timeout: 20_000 });
  await expect.poll(() => page.getByText(maskPhone(developer.contactPhone!)).isVisible(), { timeout: 30_000 }).toBe(true);
  expect(await page.getByText(maskName(developer.contactPerson!)).first().isVisible()).toBe(true);
  expect(await page.getByText(developer.contactPhone!).count()).toBe(0);
  const projects = page.getByRole('table', { name: '开发建设的小区' });
  const mine = ownProjects.filter((p) => p.developer.id === developer.id).map((p) => p.community.name);
  await expect.poll(() => projects.getByRole('row').count()).toBe(mine.length + 1);
  for (const name of mine) expect(await projects.getByText(name).isVisible()).toBe(true);
  for (const name of foreignProjects) expect(await projects.getByText(name).count()).toBe(0);
  expect(await page.getByRole('button', { name: '登记开发小区' }).count()).toBe(0);
  expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);

  // Its warranty issues, as far as the firm sees the ledger: the leak.
  await page.getByRole('link', { name: '查看保修问题' }).click();
  await expect.poll(() => page.getByText(leak.title).first().isVisible(), { timeout: 30_000 }).toBe(true);
  expect(await page.getByText(worn.title).count()).toBe(0);

  // The developer list: the developers of the communities the firm serves, and no other.
  await page.goto(`${stage.url}/#/developers`);
  await expect.poll(() => page.getByText(developer.name).first().isVisible(), { timeout: 30_000 }).toBe(true);
  for (const name of ownDevelopers) expect(await page.getByText(name).first().isVisible()).toBe(true);
  for (const name of others) expect(await page.getByText(name).count()).toBe(0);
  expect(await page.getByText(developer.contactPhone!).count()).toBe(0);
  await shot(page, 'developer-firm-list');
  expect(stage.external).toEqual([]);
});

it('a regulator proposes a firm for a credit upgrade; the proposer cannot approve; a second regulator does', async () => {
  const em = stage.orm.em.fork();
  const recommended = new Set((await em.find(CreditRecommendation, {})).map((r) => r.enterprise.id));
  const firms = await em.find(Enterprise, { status: 'ACTIVE', grade: { $in: ['AAA', 'AA'] } }, { orderBy: { score: 'desc', id: 'asc' } });
  let firm: Enterprise | undefined;
  for (const f of firms) if (!recommended.has(f.id) && !(await recommendationEligibility(em, f, '2026-11-15'))) firm ??= f;
  expect(firm).toBeTruthy();

  const page = await stage.newPage();
  await login(page, stage.url, 'regulator');
  await page.goto(`${stage.url}/#/credit-recommendations`);
  const table = page.getByRole('table', { name: '向上级推荐信用升级' });
  await expect.poll(() => table.getByText('已同意上报').count(), { timeout: 30_000 }).toBe(2);
  await page.getByRole('button', { name: '提出推荐' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('物业服务企业').click();
  await page.getByRole('option', { name: new RegExp(firm!.name) }).click();
  await expect.poll(() => dialog.getByText('该企业符合推荐条件').isVisible(), { timeout: 20_000 }).toBe(true);
  await dialog.getByLabel('推荐理由').fill('提升年活动中整改及时，所服务小区满意度均在 95% 以上。');
  await dialog.getByRole('button', { name: '提交推荐' }).click();
  const row = table.getByRole('row').filter({ hasText: firm!.name });
  await expect.poll(() => row.getByText('待审核').isVisible(), { timeout: 20_000 }).toBe(true);
  // The proposer is offered the decision but cannot take it.
  await expect.poll(() => row.getByRole('button', { name: '同意', exact: true }).isDisabled()).toBe(true);
  await shot(page, 'credit-recommendations');

  const second = await stage.newPage();
  await login(second, stage.url, 'regulator2');
  await second.goto(`${stage.url}/#/credit-recommendations`);
  const row2 = second.getByRole('table', { name: '向上级推荐信用升级' }).getByRole('row').filter({ hasText: firm!.name });
  await expect.poll(() => row2.getByRole('button', { name: '同意', exact: true }).isEnabled(), { timeout: 30_000 }).toBe(true);
  await row2.getByRole('button', { name: '同意', exact: true }).click();
  await expect.poll(() => row2.getByText('已同意上报').isVisible(), { timeout: 20_000 }).toBe(true);
  const rec = await stage.orm.em.fork().findOneOrFail(CreditRecommendation, { enterprise: firm!.id }, { populate: ['proposedBy', 'decidedBy'] });
  expect([rec.status, rec.proposedBy?.username, rec.decidedBy?.username]).toEqual(['APPROVED', 'regulator', 'regulator2']);
  expect(stage.external).toEqual([]);
});
