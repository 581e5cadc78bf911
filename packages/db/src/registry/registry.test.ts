import type { MikroORM } from '@mikro-orm/core';
import { withUsccCheckChar, type Principal } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditLog, Community, Enterprise, ManagerAppointment, ProjectManager, Township, type Em } from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { addManagerAppointment, communityKind, createRegistryRow, projectManagerKind, townshipKind, updateRegistryRow } from './index.js';

async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

describeEachDriver('registry commands', (driver) => {
  let orm: MikroORM;
  let ids: { t1: number; t2: number; firm: number; other: number };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const [t1, t2] = [em.create(Township, { name: '城关镇', code: 'T1' }), em.create(Township, { name: '东城', code: 'T2' })];
    const firm = (n: number) =>
      em.create(Enterprise, { name: `物业${n}`, uscc: withUsccCheckChar(`91330100MA${String(n).padStart(7, '0')}`), legalRepresentative: '甲', township: t1 });
    const [a, b] = [firm(1), firm(2)];
    await em.flush();
    ids = { t1: t1.id, t2: t2.id, firm: a.id, other: b.id };
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const tx = <T>(fn: (em: Em) => Promise<T>) => orm.em.fork().transactional((em) => fn(em as Em));
  const regulator: Principal = { userId: '1', role: 'REGULATOR' };

  it('create and update check the final record; an update reports only what changed', async () => {
    expect(await refusal(() => tx((em) => createRegistryRow(em, townshipKind, { name: '城关镇', code: 'T9' }, regulator)))).toEqual(['name:DUPLICATE']);
    const created = await tx((em) => createRegistryRow(em, townshipKind, { name: '西城', code: 'T3' }, regulator));
    expect(created.changes).toEqual({ name: '西城', code: 'T3' });
    const updated = await tx((em) => updateRegistryRow(em, townshipKind, String(created.row.id), { name: '西城街道', code: undefined }, regulator));
    expect(updated?.changes).toEqual({ name: { from: '西城', to: '西城街道' } });
    expect(await tx((em) => updateRegistryRow(em, townshipKind, 'x', { name: 'y' }, regulator))).toBeNull();
    expect(await orm.em.fork().count(AuditLog, {})).toBe(0);
  });

  it('a township keeps its own communities: another township’s is not found, moving one out is refused', async () => {
    const town1: Principal = { userId: '2', role: 'TOWNSHIP', townshipId: String(ids.t1) };
    const town2: Principal = { userId: '3', role: 'TOWNSHIP', townshipId: String(ids.t2) };
    const data = {
      name: '阳光小区',
      townshipId: String(ids.t1),
      address: null,
      type: 'NEW_RESIDENTIAL' as const,
      households: 100,
      floorArea: 5000,
      deliveryDate: null,
      serviceMode: 'ENTERPRISE' as const,
      enterpriseId: String(ids.firm),
      contractStart: null,
      contractEnd: null,
      officeArea: null,
      maintenanceFundBalance: null,
    };
    expect(await refusal(() => tx((em) => createRegistryRow(em, communityKind, data, town2)))).toEqual(['townshipId:OUT_OF_SCOPE']);
    const { row } = await tx((em) => createRegistryRow(em, communityKind, data, town1));
    expect(await tx((em) => updateRegistryRow(em, communityKind, row.id, { households: 120 }, town2))).toBeNull();
    expect(await refusal(() => tx((em) => updateRegistryRow(em, communityKind, row.id, { townshipId: String(ids.t2) }, town1)))).toEqual([
      'townshipId:OUT_OF_SCOPE',
    ]);
    expect((await orm.em.fork().findOneOrFail(Community, { id: row.id })).households).toBe(100);
  });

  it('a firm appoints its own managers to the communities it serves', async () => {
    const firmUser: Principal = { userId: '4', role: 'ENTERPRISE', enterpriseId: String(ids.firm) };
    expect(
      await refusal(() =>
        tx((em) => createRegistryRow(em, projectManagerKind, { name: '张三', enterpriseId: String(ids.other), certificateNo: 'C-1', phone: null }, firmUser)),
      ),
    ).toEqual(['enterpriseId:OUT_OF_SCOPE']);
    const { row: manager } = await tx((em) =>
      createRegistryRow(em, projectManagerKind, { name: '张三', enterpriseId: String(ids.firm), certificateNo: 'C-1', phone: null }, firmUser),
    );
    const community = await orm.em.fork().findOneOrFail(Community, { name: '阳光小区' });
    const own = { enterprise: ids.firm };
    expect(await tx((em) => addManagerAppointment(em, firmUser, 99999, own, { communityId: community.id, startDate: '2026-01-01' }))).toBeNull();
    expect(await refusal(() => tx((em) => addManagerAppointment(em, firmUser, manager.id, own, { communityId: 99999, startDate: '2026-01-01' })))).toEqual([
      'communityId:UNKNOWN_REFERENCE',
    ]);
    const appointment = await tx((em) =>
      addManagerAppointment(em, firmUser, String(manager.id), own, { communityId: String(community.id), startDate: '2026-01-01' }),
    );
    expect(appointment?.manager.id).toBe(manager.id);
    expect(await orm.em.fork().count(ManagerAppointment, {})).toBe(1);
    expect(await orm.em.fork().count(ProjectManager, {})).toBe(1);
  });
});
