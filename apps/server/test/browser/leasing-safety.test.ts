import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Department, User, awardTender, hashPassword, listUnit, placeBid, publishTender, signContract, type LeasingActor } from '@wuye/db';
import type { Principal } from '@wuye/domain';
import { DEMO_PASSWORD, login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 14 §8: a safety check of a let unit goes round the loop — the clerk records a fire hazard, the head refers it
 * to the fire brigade (the department owning FIRE issues), whose officer closes it with the outcome. The unit is let
 * through the leasing commands beforehand (the tender pages are another journey). The server's clock is the demo's
 * reference morning (2026-11-15 09:00 +08:00).
 */
let stage: Stage;
const ROOM = 'B-101';
beforeAll(async () => {
  stage = await startStage();
  const em = stage.orm.em.fork();
  const clerkUser = await em.findOneOrFail(User, { username: 'agency_clerk' });
  const clerk: LeasingActor = {
    principal: { userId: String(clerkUser.id), role: 'AGENCY', agencyId: String(clerkUser.agency!.id), position: 'CLERK' } as Principal,
    name: clerkUser.displayName,
  };
  const unit = await listUnit(stage.orm.em.fork(), clerk, {
    building: '安检楼',
    floor: '1',
    room: ROOM,
    kind: 'SHOP',
    area: '48',
    permittedUse: ['CATERING'],
    condition: '完好',
  });
  const tender = await publishTender(stage.orm.em.fork(), clerk, {
    unitId: unit.id,
    referenceSources: [{ description: '同街 3 号铺', annualRentFen: 36_000_00 }],
    opensOn: '2026-10-01',
    closesOn: '2026-10-10',
  });
  const bid = await placeBid(
    stage.orm.em.fork(),
    clerk,
    { tenderId: tender.id, bidderName: '老街面馆', bidderContact: '13900001234', trade: 'CATERING', annualRentFen: 38_000_00, months: 12 },
    '2026-10-05',
  );
  await awardTender(stage.orm.em.fork(), clerk, tender.id, '2026-10-11');
  await signContract(stage.orm.em.fork(), clerk, { bidId: bid.id, startDate: '2026-11-01', endDate: '2027-10-31' }, '2026-10-20');
  // An officer of the fire brigade (the demo county's department owning FIRE issues).
  const brigade = await em.findOneOrFail(Department, { code: 'XFJY' });
  em.create(User, {
    username: 'fire_officer',
    displayName: '消防检查员',
    role: 'DEPARTMENT',
    department: brigade,
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  await em.flush();
});
afterAll(async () => stage?.stop());

const dialog = (page: Page) => page.getByRole('dialog');
const findingRow = (page: Page) => page.getByRole('table', { name: '检查发现的问题' }).getByRole('row').filter({ hasText: '后厨违规使用明火' });

// Not yet run (written at the session's hard stop): un-skip after one passing run.
it.skip('the clerk records a fire hazard, the head refers it to the fire brigade, whose officer closes it', async () => {
  const clerk = await stage.newPage();
  await login(clerk, stage.url, 'agency_clerk');
  // The agency's menu is leasing only.
  await expect.poll(() => clerk.getByRole('menuitem', { name: '安全检查' }).isVisible(), { timeout: 30_000 }).toBe(true);
  expect(await clerk.getByRole('menuitem', { name: '通知' }).count()).toBe(0);
  await clerk.getByRole('menuitem', { name: '安全检查' }).click();
  const due = clerk.getByRole('table', { name: '检查计划' }).getByRole('row').filter({ hasText: ROOM });
  await expect.poll(() => due.isVisible(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => due.getByText('2027-02-01').isVisible()).toBe(true);
  await due.getByRole('button', { name: '录入检查' }).click();
  await dialog(clerk)
    .getByLabel(/检查人员/)
    .fill('王明、李强');
  await dialog(clerk)
    .getByLabel(/发现的问题/)
    .fill('OPEN_FLAME 后厨违规使用明火');
  await dialog(clerk).getByRole('button', { name: '确认' }).click();
  await expect.poll(() => findingRow(clerk).isVisible(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => findingRow(clerk).getByText('已登记', { exact: true }).isVisible()).toBe(true);
  // The clerk may serve the notice but not refer: the server offers only what the position allows.
  expect(await findingRow(clerk).getByRole('button', { name: '移送执法部门' }).count()).toBe(0);
  await shot(clerk, 'leasing-safety-clerk');

  const head = await stage.newPage();
  await login(head, stage.url, 'agency_head');
  await head.goto(`${stage.url}/#/leasing/safety`);
  await expect.poll(() => findingRow(head).isVisible(), { timeout: 30_000 }).toBe(true);
  await findingRow(head).getByRole('button', { name: '移送执法部门' }).click();
  await dialog(head).getByLabel(/说明/).fill('后厨使用明火且未配灭火器，移送消防');
  await dialog(head).getByRole('button', { name: '确认' }).click();
  await expect.poll(() => findingRow(head).getByText('已移送执法部门', { exact: true }).isVisible(), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(() =>
      findingRow(head)
        .getByText(/消防救援大队/)
        .isVisible(),
    )
    .toBe(true);

  const officer = await stage.newPage();
  await login(officer, stage.url, 'fire_officer');
  await officer.goto(`${stage.url}/#/leasing/safety`);
  await expect.poll(() => findingRow(officer).isVisible(), { timeout: 30_000 }).toBe(true);
  // The department sees the referral, not the agency's schedule of checks.
  expect(await officer.getByRole('table', { name: '检查计划' }).count()).toBe(0);
  await findingRow(officer).getByRole('button', { name: '执法办结' }).click();
  await dialog(officer).getByLabel(/说明/).fill('已责令停止使用明火并整改');
  await dialog(officer).getByRole('button', { name: '确认' }).click();
  await expect.poll(() => findingRow(officer).getByText('已销号', { exact: true }).isVisible(), { timeout: 30_000 }).toBe(true);
  await shot(officer, 'leasing-safety-referral-closed');
  expect(stage.external).toEqual([]);
});
