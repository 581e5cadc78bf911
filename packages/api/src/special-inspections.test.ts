/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/**
 * Special inspections through the API (docs/special-inspections.md): dept1 (市场监管局: elevators, fees) runs an
 * elevator inspection of C1 (served by E1); a failed item becomes an issue routed to it; who sees what.
 */
const FIELDS = `id status typeLabel progress { total recorded failed } availableActions { action available reason } items { itemId passed note } issues { id source category state department { name } enterprise { name } }`;
const ok = (name: string) => `__typename ... on ValidationError { fieldErrors { field message } } ... on Mutation${name}Success { data { ${FIELDS} } }`;

describeEachDriver('special inspections API', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
    f.setToday('2026-11-10');
  });
  afterAll(async () => f?.close());

  const run = async (mutation: string, name: string, as: FixtureUser = 'dept1', locale?: 'en') =>
    (await f.gql<any>(`mutation { ${mutation} { ${ok(name)} } }`, {}, as, locale)).data![name.charAt(0).toLowerCase() + name.slice(1)];
  const list = async (as: FixtureUser) => (await f.gql<any>(`{ specialInspections { id type } }`, {}, as)).data?.specialInspections ?? null;

  it('a department is offered its own types only and refused another’s with a Chinese message naming it', async () => {
    const types = (await f.gql<any>(`{ specialInspectionTemplates { type label items { id } } }`, {}, 'dept1')).data!.specialInspectionTemplates;
    expect(types.map((t: any) => t.type)).toEqual(['ELEVATOR_SAFETY', 'FEE_DISPLAY']);
    expect((await f.gql<any>(`{ specialInspectionTemplates { type } }`, {}, 'regulator')).data!.specialInspectionTemplates).toHaveLength(5);
    const refused = await run(
      `planSpecialInspection(type: FIRE_LANES, communityId: "${f.ids.c1}", plannedOn: "2026-11-12", inspectors: "张队")`,
      'PlanSpecialInspection',
    );
    expect(refused.fieldErrors).toEqual([{ field: 'type', message: '本部门职责范围不含“消防通道专项检查”，不能开展此项专项检查' }]);
    const blank = await run(
      `planSpecialInspection(type: ELEVATOR_SAFETY, communityId: "${f.ids.c1}", plannedOn: "2026-11-12", inspectors: " ")`,
      'PlanSpecialInspection',
    );
    expect(blank.fieldErrors).toEqual([{ field: 'inspectors', message: '检查人员不能为空' }]);
    expect(await list('regulator')).toEqual([]);
  });

  it('runs the checklist to completion; the failed item is an issue in the ledger; scoping per caller', async () => {
    const planned = (
      await run(
        `planSpecialInspection(type: ELEVATOR_SAFETY, communityId: "${f.ids.c1}", plannedOn: "2026-11-12", inspectors: "张队、李队")`,
        'PlanSpecialInspection',
      )
    ).data;
    expect(planned.status).toBe('PLANNED');
    expect(planned.availableActions.map((a: any) => [a.action, a.available])).toEqual([
      ['START', true],
      ['RECORD', false],
      ['COMPLETE', false],
    ]);
    const id = planned.id;
    expect((await run(`startSpecialInspection(id: "${id}")`, 'StartSpecialInspection', 'dept2')).__typename).toBe('NotFoundError');
    expect((await run(`startSpecialInspection(id: "${id}")`, 'StartSpecialInspection')).data.status).toBe('IN_PROGRESS');
    const noNote = await run(`recordSpecialInspectionItem(id: "${id}", itemId: "EL3", passed: false)`, 'RecordSpecialInspectionItem');
    expect(noNote.fieldErrors).toEqual([{ field: 'note', message: '不合格项须填写说明，写明发现的问题' }]);
    for (const item of ['EL1', 'EL2', 'EL4', 'EL5', 'EL6'])
      await run(`recordSpecialInspectionItem(id: "${id}", itemId: "${item}", passed: true)`, 'RecordSpecialInspectionItem');
    const early = (await f.gql<any>(`{ specialInspection(id: "${id}") { availableActions { action available reason } } }`, {}, 'dept1')).data!
      .specialInspection;
    expect(early.availableActions[2]).toEqual({ action: 'COMPLETE', available: false, reason: '还有 1 个检查项未填写，全部填写后才能完成检查' });
    await run(`recordSpecialInspectionItem(id: "${id}", itemId: "EL3", passed: false, note: "3 号楼轿厢对讲无人应答")`, 'RecordSpecialInspectionItem');
    const done = (await run(`completeSpecialInspection(id: "${id}")`, 'CompleteSpecialInspection')).data;
    expect([done.status, done.progress]).toEqual(['COMPLETED', { total: 6, recorded: 6, failed: 1 }]);
    expect(done.issues).toEqual([
      {
        id: expect.any(String),
        source: 'SPECIAL_INSPECTION',
        category: 'ELEVATOR',
        state: 'REGISTERED',
        department: { name: '市场监管局' },
        enterprise: { name: expect.any(String) },
      },
    ]);
    const issue = (await f.gql<any>(`{ issue(id: "${done.issues[0].id}") { title description } }`, {}, 'regulator')).data!.issue;
    expect(issue.title).toBe('[电梯安全专项检查] 轿厢应急报警装置、五方对讲畅通有效');
    expect(issue.description).toContain('3 号楼轿厢对讲无人应答');

    expect(await list('dept1')).toHaveLength(1);
    expect(await list('dept2')).toEqual([]);
    expect(await list('regulator')).toHaveLength(1);
    expect(await list('ent1')).toHaveLength(1);
    expect(await list('ent2')).toEqual([]);
    expect(await list('town1')).toBeNull();
    expect(await list('analyst')).toBeNull();
    const asFirm = (await f.gql<any>(`{ specialInspection(id: "${id}") { availableActions { action } } }`, {}, 'ent1')).data!.specialInspection;
    expect(asFirm.availableActions).toEqual([]);
  });
  it('six items recorded by concurrent requests are all kept (each step locks the inspection row)', async () => {
    const id = (
      await run(
        `planSpecialInspection(type: ELEVATOR_SAFETY, communityId: "${f.ids.c1}", plannedOn: "2026-11-12", inspectors: "王队")`,
        'PlanSpecialInspection',
      )
    ).data.id;
    await run(`startSpecialInspection(id: "${id}")`, 'StartSpecialInspection');
    const items = ['EL1', 'EL2', 'EL3', 'EL4', 'EL5', 'EL6'];
    const answers = await Promise.all(
      items.map((item) => run(`recordSpecialInspectionItem(id: "${id}", itemId: "${item}", passed: true)`, 'RecordSpecialInspectionItem')),
    );
    expect(answers.map((a) => a.__typename)).toEqual(items.map(() => 'MutationRecordSpecialInspectionItemSuccess'));
    const stored = (await f.gql<any>(`{ specialInspection(id: "${id}") { progress { recorded } items { itemId passed } } }`, {}, 'dept1')).data!
      .specialInspection;
    expect(stored.progress.recorded).toBe(6);
    expect(stored.items.map((i: any) => [i.itemId, i.passed])).toEqual(items.map((i) => [i, true]));
  });
});
