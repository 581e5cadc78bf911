import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withUsccCheckChar } from '@wuye/domain';
import { registerIssue, type LoopActor } from '../closed-loop/service.js';
import { Community, CreditRecommendation, Developer, Enterprise, Issue, Township, User } from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { developerFor, developersFor, projectsOf, recommendationsList } from './queries.js';
import { createDeveloper, decideRecommendation, proposeRecommendation, recordDeveloperProject, updateDeveloper } from './service.js';

async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

const NOW = new Date('2026-11-15T02:00:00Z');
const USCC_A = withUsccCheckChar('91330100MA2DEX001');
const USCC_B = withUsccCheckChar('91330100MA2DEX002');

describeEachDriver('developers: registry, warranty issues, credit-upgrade recommendations', (driver) => {
  let orm: MikroORM;
  let reg1: LoopActor;
  let reg2: LoopActor;
  const ids = { c1: 0, c2: 0, c3: 0, good: 0, weak: 0, late: 0, dev: 0 };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t = em.create(Township, { name: '城关镇', code: 'T1' });
    const firm = (name: string, uscc: string, grade: 'AAA' | 'AA' | 'A') =>
      em.create(Enterprise, { name, uscc, legalRepresentative: '王', township: t, grade });
    const good = firm('宏达物业', '91330100MA00000028', 'AA');
    const weak = firm('平安物业', '91330100MA00000036', 'A');
    const late = firm('安居物业', '91330100MA0000001X', 'AAA');
    const c = (name: string, enterprise: Enterprise) =>
      em.create(Community, { name, township: t, enterprise, type: 'NEW_RESIDENTIAL', serviceMode: 'ENTERPRISE', households: 100, floorArea: 1000 });
    const c1 = c('锦绣苑', good);
    const c2 = c('翠苑', weak);
    const c3 = c('河畔', late);
    const u1 = em.create(User, { username: 'reg1', displayName: '监管员甲', role: 'REGULATOR', passwordHash: 'x' });
    const u2 = em.create(User, { username: 'reg2', displayName: '监管员乙', role: 'REGULATOR', passwordHash: 'x' });
    await em.flush();
    // 安居物业 has an issue past its deadline: not eligible.
    em.create(Issue, {
      source: 'INSPECTION',
      category: 'SANITATION',
      title: '垃圾未清运',
      community: c3,
      township: t,
      enterprise: late,
      deadline: '2026-11-01',
      state: 'ASSIGNED',
      createdAt: NOW,
      updatedAt: NOW,
    });
    await em.flush();
    Object.assign(ids, { c1: c1.id, c2: c2.id, c3: c3.id, good: good.id, weak: weak.id, late: late.id });
    reg1 = { principal: { userId: String(u1.id), role: 'REGULATOR' }, name: '监管员甲' };
    reg2 = { principal: { userId: String(u2.id), role: 'REGULATOR' }, name: '监管员乙' };
  });
  afterAll(() => dropTestOrm(orm));

  it('registers a developer with a valid, unique USCC and edits it; refuses a bad one naming the field, writing nothing', async () => {
    const em = orm.em.fork();
    const dev = await createDeveloper(em, { name: ' 锦城置业有限公司 ', uscc: USCC_A.toLowerCase(), contactPerson: '王建国', contactPhone: '13800001111' });
    ids.dev = dev.id;
    expect(dev.uscc).toBe(USCC_A);
    expect(dev.name).toBe('锦城置业有限公司');
    expect(await refusal(() => createDeveloper(orm.em.fork(), { name: '重复', uscc: USCC_A }))).toEqual(['uscc:DUPLICATE']);
    expect(await refusal(() => createDeveloper(orm.em.fork(), { name: '', uscc: '123' }))).toEqual(['name:REQUIRED', 'uscc:USCC_LENGTH']);
    const changes = await updateDeveloper(em, dev, { address: '城关镇建设路 1 号', contactPhone: '13800001111' });
    expect(changes).toEqual({ address: '城关镇建设路 1 号' });
    await createDeveloper(orm.em.fork(), { name: '河东房地产开发有限公司', uscc: USCC_B });
    expect(await orm.em.fork().count(Developer, {})).toBe(2);
  });

  it('records the communities a developer built, one developer per community, the handover date not in the future', async () => {
    const em = orm.em.fork();
    const dev = await em.findOneOrFail(Developer, { id: ids.dev });
    await recordDeveloperProject(em, dev, { communityId: ids.c1, handoverDate: '2022-06-30' }, NOW);
    await recordDeveloperProject(em, dev, { communityId: ids.c3, handoverDate: '2025-03-01' }, NOW);
    const other = await em.findOneOrFail(Developer, { uscc: USCC_B });
    expect(await refusal(() => recordDeveloperProject(orm.em.fork(), other, { communityId: ids.c1, handoverDate: '2022-06-30' }, NOW))).toEqual([
      'communityId:COMMUNITY_HAS_DEVELOPER',
    ]);
    expect(await refusal(() => recordDeveloperProject(orm.em.fork(), other, { communityId: ids.c2, handoverDate: '2026-11-16' }, NOW))).toEqual([
      'handoverDate:DATE_OUT_OF_RANGE',
    ]);
    expect((await projectsOf(orm.em.fork(), [ids.dev], { kind: 'ALL' })).map((p) => p.community.name)).toEqual(['锦绣苑', '河畔']);
  });

  it('names the developer on a building-quality issue within the element’s warranty, not after it, never on other categories', async () => {
    const em = orm.em.fork();
    const raise = (category: string, warrantyElement: string | null, at: Date, communityId = ids.c1, subtype: string | null = null) =>
      em.transactional((tx) => registerIssue(tx, { source: 'TOWNSHIP_REPORT', category, subtype, warrantyElement, title: '渗漏', communityId }, reg1, at));
    // Waterproofing 5 years from 2022-06-30: the last day 2027-06-30 (Shanghai) is inside, 2027-07-01 is not.
    const inside = await raise('BUILDING_QUALITY', 'WATERPROOFING', new Date('2027-06-30T15:00:00Z'));
    expect([inside.developer?.id, inside.warrantyElement, inside.warrantyLastDay]).toEqual([ids.dev, 'WATERPROOFING', '2027-06-30']);
    const after = await raise('BUILDING_QUALITY', 'WATERPROOFING', new Date('2027-06-30T16:00:00Z'));
    expect([after.developer, after.warrantyLastDay]).toEqual([null, '2027-06-30']);
    const concrete = await raise('BUILDING_QUALITY', null, NOW, ids.c1, 'HONEYCOMBING');
    expect([concrete.developer?.id, concrete.warrantyElement]).toEqual([ids.dev, 'FOUNDATION_STRUCTURE']);
    const noDeveloper = await raise('BUILDING_QUALITY', 'DECORATION', NOW, ids.c2);
    expect([noDeveloper.developer, noDeveloper.warrantyElement]).toEqual([null, 'DECORATION']);
    expect(await refusal(() => raise('FIRE', 'DECORATION', NOW))).toEqual(['warrantyElement:WARRANTY_ELEMENT_NOT_ALLOWED']);
    expect(await orm.em.fork().count(Issue, { developer: ids.dev })).toBe(2);
  });

  it('shows a firm manager only the developers of communities its firm serves', async () => {
    const em = orm.em.fork();
    expect((await developersFor(em, { kind: 'ALL' })).length).toBe(2);
    expect((await developersFor(em, { kind: 'ALL' }, { q: '河东' })).map((d) => d.uscc)).toEqual([USCC_B]);
    expect((await developersFor(em, { kind: 'ENTERPRISE', enterpriseId: ids.good })).map((d) => d.id)).toEqual([ids.dev]);
    expect(await developersFor(em, { kind: 'ENTERPRISE', enterpriseId: ids.weak })).toEqual([]);
    expect(await developerFor(em, ids.dev, { kind: 'ENTERPRISE', enterpriseId: ids.weak })).toBeNull();
    expect((await projectsOf(em, [ids.dev], { kind: 'ENTERPRISE', enterpriseId: ids.good })).map((p) => p.community.name)).toEqual(['锦绣苑']);
    expect(await developersFor(em, { kind: 'NONE' })).toEqual([]);
  });

  it('proposes only an eligible firm with reasons; a second regulator approves, the proposer cannot', async () => {
    const em = orm.em.fork();
    const reasons = '提升年活动中整改及时、业主满意度高，获评示范小区';
    expect(await refusal(() => proposeRecommendation(orm.em.fork(), { enterpriseId: ids.weak, reasons }, reg1, NOW))).toEqual(['enterpriseId:RECOMMEND_GRADE']);
    expect(await refusal(() => proposeRecommendation(orm.em.fork(), { enterpriseId: ids.late, reasons }, reg1, NOW))).toEqual([
      'enterpriseId:RECOMMEND_OPEN_ISSUES',
    ]);
    expect(await refusal(() => proposeRecommendation(orm.em.fork(), { enterpriseId: ids.good, reasons: '好' }, reg1, NOW))).toEqual([
      'recommendationReasons:TOO_SHORT',
    ]);
    const rec = await proposeRecommendation(em, { enterpriseId: ids.good, reasons }, reg1, NOW);
    expect([rec.status, rec.gradeAtProposal, rec.proposedOn]).toEqual(['PROPOSED', 'AA', '2026-11-15']);
    expect(await refusal(() => proposeRecommendation(orm.em.fork(), { enterpriseId: ids.good, reasons }, reg2, NOW))).toEqual([
      'enterpriseId:RECOMMEND_ALREADY',
    ]);
    expect(await refusal(() => decideRecommendation(em, rec, { approve: true }, reg1, NOW))).toEqual(['recommendationReviewer:RECOMMEND_SAME_REVIEWER']);
    expect(await refusal(() => decideRecommendation(em, rec, { approve: false }, reg2, NOW))).toEqual(['decisionNote:REQUIRED']);
    await decideRecommendation(em, rec, { approve: true, note: '同意上报' }, reg2, NOW);
    expect([rec.status, rec.decidedOn, rec.decidedBy?.id]).toEqual(['APPROVED', '2026-11-15', Number(reg2.principal.userId)]);
    expect(await refusal(() => decideRecommendation(em, rec, { approve: false, note: '撤回' }, reg2, NOW))).toEqual(['status:RECOMMEND_DECIDED']);
    const list = await recommendationsList(orm.em.fork(), { status: 'APPROVED' });
    expect(list.map((r) => r.enterprise.name)).toEqual(['宏达物业']);
    expect(await orm.em.fork().count(CreditRecommendation, {})).toBe(1);
  });
});
