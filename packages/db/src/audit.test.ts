import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordAudit } from './audit.js';
import { AuditLog } from './entities/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from './testing.js';

/** The audit trail is append-only in the database itself, whatever the application does. */
describeEachDriver('audit_log is append-only', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    recordAudit(
      em,
      { userId: 1, name: 'admin', ip: '127.0.0.1' },
      { action: 'enterprise.update', entityType: 'Enterprise', entityId: 7, changes: { name: { from: 'a', to: 'b' } } },
    );
    recordAudit(em, { userId: 2, name: 'regulator' }, { action: 'credit.propose', entityType: 'CreditRecord', entityId: 9 });
    await em.flush();
  });
  afterAll(async () => dropTestOrm(orm));

  const snapshot = async () => (await orm.em.fork().find(AuditLog, {}, { orderBy: { id: 'asc' } })).map((a) => ({ ...a }));

  it('accepts new rows', async () => {
    expect((await snapshot()).map((a) => a.action)).toEqual(['enterprise.update', 'credit.propose']);
  });

  it('refuses UPDATE and DELETE, through the ORM and in plain SQL, and nothing changes', async () => {
    const before = await snapshot();
    const conn = orm.em.getConnection();
    await expect(orm.em.fork().nativeUpdate(AuditLog, { actorId: 1 }, { actorName: 'someone else' })).rejects.toThrow(/append-only/);
    await expect(orm.em.fork().nativeDelete(AuditLog, {})).rejects.toThrow(/append-only/);
    await expect(conn.execute(`update audit_log set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`delete from audit_log where id = ${before[0]!.id}`)).rejects.toThrow(/append-only/);
    if (driver === 'postgresql') await expect(conn.execute(`truncate audit_log`)).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(before);
  });

  it('an entity change to a loaded row is refused on flush too', async () => {
    const em = orm.em.fork();
    const row = await em.findOneOrFail(AuditLog, { action: 'credit.propose' });
    row.entityId = '10';
    await expect(em.flush()).rejects.toThrow(/append-only/);
    expect((await orm.em.fork().findOneOrFail(AuditLog, { action: 'credit.propose' })).entityId).toBe('9');
  });
});
