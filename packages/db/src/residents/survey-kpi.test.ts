import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parsePeriod } from '@wuye/domain';
import { Community, CreditRecord, Enterprise, SurveyCode, Township, type Em } from '../index.js';
import { computeKpis } from '../analytics/kpi-engine.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { answerSurvey, closeSurvey, createSurvey } from './surveys.js';

const NOW = new Date('2026-11-10T02:00:00Z');
const REGULATOR = { userId: '', role: 'REGULATOR' as const };
function counter() {
  let state = 7;
  return (k: number) =>
    Uint8Array.from({ length: k }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return (state >>> 16) & 255;
    });
}

describeEachDriver('satisfaction surveys feed the satisfaction KPI', (driver) => {
  let orm: MikroORM;
  const ids = { t1: 0, e1: 0, c1: 0 };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t1 = em.create(Township, { name: '城关镇', code: 'T1' });
    const e1 = em.create(Enterprise, { name: '安居物业', uscc: '91330100MA0000001X', legalRepresentative: '王', township: t1 });
    const c1 = em.create(Community, {
      name: '幸福小区',
      township: t1,
      enterprise: e1,
      type: 'OLD',
      serviceMode: 'ENTERPRISE',
      households: 100,
      floorArea: 1000,
    });
    await em.flush();
    Object.assign(ids, { t1: t1.id, e1: e1.id, c1: c1.id });
  });
  afterAll(async () => {
    await dropTestOrm(orm);
  });

  const satisfaction = async (groupBy: ('TOWNSHIP' | 'ENTERPRISE' | 'DEPARTMENT')[] = [], filter = {}) => {
    const rows = await computeKpis(orm.em.fork(), {
      period: parsePeriod('2026-11')!,
      groupBy,
      filter,
      today: '2026-11-30',
      now: new Date('2026-11-30T02:00:00Z'),
      firstResponseDays: 3,
      only: ['SATISFACTION'],
    });
    return rows.map((r) => [r.groupId, r.cells.SATISFACTION.numerator ?? 0, r.cells.SATISFACTION.denominator ?? 0]);
  };

  it('a closed survey with half its sample answered adds its answers; an open one does not; G6 is proposed with source SURVEY', async () => {
    const random = counter();
    const survey = await orm.em
      .fork()
      .transactional((em) =>
        createSurvey(
          em,
          REGULATOR,
          { communityId: String(ids.c1), title: '2026 年第四季度满意度测评', sampleSize: 10, opensOn: '2026-11-01', closesOn: '2026-11-20' },
          random,
        ),
      );
    const codes = await orm.em.fork().find(SurveyCode, { survey: survey.id }, { orderBy: { position: 'asc' } });
    // 5 of 10 answer (half the sample: counts), all favourable
    for (const c of codes.slice(0, 5))
      await orm.em
        .fork()
        .transactional((em) => answerSurvey(em as Em, { code: c.code, answer: c.position === 1 ? 'BASICALLY_SATISFIED' : 'SATISFIED' }, null, NOW));
    expect(await satisfaction()).toEqual([[null, 0, 0]]);

    const closing = await orm.em.fork().transactional((em) => closeSurvey(em, REGULATOR, survey.id, new Date('2026-11-21T02:00:00Z')));
    expect(closing.score.rate).toBe(1);
    expect(await satisfaction()).toEqual([[null, 5, 5]]);
    expect(await satisfaction(['TOWNSHIP'])).toEqual([[ids.t1, 5, 5]]);
    expect(await satisfaction(['ENTERPRISE'])).toEqual([[ids.e1, 5, 5]]);
    expect(await satisfaction([], { enterpriseId: ids.e1 + 1 })).toEqual([[null, 0, 0]]);
    // a department has no surveys
    expect(await satisfaction([], { departmentId: 1 })).toEqual([[null, 0, 0]]);

    const g6 = await orm.em.fork().findOneOrFail(CreditRecord, { id: closing.g6RecordId! });
    expect(g6).toMatchObject({ itemCode: 'G6', sourceType: 'SURVEY', sourceId: String(survey.id) });
  });

  it('a survey closed with fewer than half its sample answered does not count', async () => {
    const random = counter();
    const survey = await orm.em.fork().transactional((em) =>
      createSurvey(em, REGULATOR, { communityId: String(ids.c1), title: '补充测评', sampleSize: 10, opensOn: '2026-11-01', closesOn: '2026-11-20' }, (n) => {
        random(n);
        return random(n);
      }),
    );
    const codes = await orm.em.fork().find(SurveyCode, { survey: survey.id }, { orderBy: { position: 'asc' } });
    for (const c of codes.slice(0, 4)) await orm.em.fork().transactional((em) => answerSurvey(em as Em, { code: c.code, answer: 'DISSATISFIED' }, null, NOW));
    await orm.em.fork().transactional((em) => closeSurvey(em, REGULATOR, survey.id, new Date('2026-11-21T02:00:00Z')));
    expect(await satisfaction()).toEqual([[null, 5, 5]]);
  });
});
