import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  COMMUNITY_TYPES,
  ISSUE_CATEGORIES,
  isTownshipCategory,
  ROLES,
  SERVICE_MODES,
  checkAppointment,
  checkCommunity,
  checkDepartment,
  checkEnterprise,
  checkProjectManager,
  checkTownship,
  checkUser,
  requiredScopeField,
  servingIneligibility,
  validateUscc,
} from '@wuye/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Community, Department, Enterprise, Handover, ManagerAppointment, ProjectManager, Township, User } from '../entities/index.js';
import { verifyPassword } from '../passwords.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { daysBetween } from './random.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DEMO_DEPARTMENTS, DEMO_TOWNSHIPS, demoPasswordHash, seedDemoCounty } from './demo-county.js';

const TABLES = ['township', 'department', 'enterprise', 'community', 'project_manager', 'manager_appointment', 'app_user'];

/** Every seeded row of every table, in id order; password hashes are salted, so they are left out. */
async function dump(orm: MikroORM): Promise<Record<string, unknown[]>> {
  const knex = (orm.em as SqlEntityManager).getKnex();
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = (await knex(table).select('*').orderBy('id')) as Record<string, unknown>[];
    out[table] = rows.map(({ password_hash: _omit, ...rest }) => rest);
  }
  return out;
}

describe('demo data definitions', () => {
  it('gives every issue category to exactly one department, but owners’ committee matters to none (the township’s)', () => {
    for (const category of ISSUE_CATEGORIES) {
      expect(
        DEMO_DEPARTMENTS.filter((d) => d.remit.includes(category)).map((d) => d.name),
        category,
      ).toHaveLength(isTownshipCategory(category) ? 0 : 1);
    }
  });

  it('lists one demo account per role at least, each scoped as its role requires', () => {
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(new Set(ROLES));
    for (const a of DEMO_ACCOUNTS) expect(a.scope !== null, a.username).toBe(requiredScopeField(a.role) !== null);
  });
});

describeEachDriver('seedDemoCounty', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver, seed: true });
  });
  afterAll(async () => {
    await dropTestOrm(orm);
  });

  it('creates the townships and partner departments', async () => {
    const em = orm.em.fork();
    const townships = await em.find(Township, {}, { orderBy: { id: 'asc' } });
    expect(townships.length).toBeGreaterThanOrEqual(12);
    expect(townships.map((t) => t.name)).toEqual(DEMO_TOWNSHIPS.map((t) => t.name));
    for (const t of townships) expect(checkTownship(t)).toEqual([]);
    const departments = await em.find(Department, {});
    for (const d of departments) expect(checkDepartment(d, ISSUE_CATEGORIES)).toEqual([]);
    for (const category of ISSUE_CATEGORIES) {
      expect(
        departments.filter((d) => d.remit.includes(category)),
        category,
      ).toHaveLength(isTownshipCategory(category) ? 0 : 1);
    }
  });

  it('creates ≥ 80 valid enterprises with unique, valid USCCs and every status', async () => {
    const enterprises = await orm.em.fork().find(Enterprise, {}, { orderBy: { id: 'asc' } });
    expect(enterprises.length).toBeGreaterThanOrEqual(80);
    for (const e of enterprises) {
      expect(validateUscc(e.uscc), e.uscc).toEqual({ ok: true, value: e.uscc });
      expect(e.uscc.slice(0, 2)).toBe('91');
      expect(checkEnterprise(e), e.name).toEqual([]);
      expect(e.name).toMatch(/物业(服务|管理|服务集团)有限公司$/);
      // Scores come from the seeded credit records (demo-credit.test.ts checks them).
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.score).toBeLessThanOrEqual(120);
    }
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(enterprises.length);
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(enterprises.length);
    const statuses = enterprises.map((e) => e.status);
    expect(new Set(statuses)).toEqual(new Set(['ACTIVE', 'SUSPENDED', 'EXPELLED']));
    expect(statuses.filter((s) => s === 'ACTIVE').length / statuses.length).toBeGreaterThan(0.8);
  });

  it('creates ≥ 600 valid communities covering every type × service mode, never served by an ineligible firm', async () => {
    const communities = await orm.em.fork().find(Community, {}, { populate: ['enterprise'] });
    expect(communities.length).toBeGreaterThanOrEqual(600);
    const combos = new Set(communities.map((c) => `${c.type}/${c.serviceMode}`));
    for (const type of COMMUNITY_TYPES) for (const mode of SERVICE_MODES) expect(combos.has(`${type}/${mode}`), `${type}/${mode}`).toBe(true);
    for (const c of communities) {
      expect(checkCommunity({ ...c, hasEnterprise: c.enterprise != null }), c.name).toEqual([]);
      if (c.serviceMode === 'ENTERPRISE') {
        // Black-listing happened after the contracts were signed (it blocks new communities only): never expelled firms,
        // except the demo's expelled firm while a community is being handed over (marked with its deadline).
        if (c.enterprise!.status === 'EXPELLED') expect(c.handoverDeadline, c.name).not.toBeNull();
        else expect(servingIneligibility({ ...c.enterprise!, listStatus: 'NONE' }), c.name).toBeNull();
        expect(c.contractStart).not.toBeNull();
      }
      if (c.type === 'NEW_RESIDENTIAL') expect(c.maintenanceFundBalance).toBeGreaterThan(0);
    }
    expect(new Set(communities.map((c) => c.name)).size).toBe(communities.length);
  });

  it('creates ≥ 150 project managers, each appointed to communities of their own firm', async () => {
    const em = orm.em.fork();
    const managers = await em.find(ProjectManager, {});
    expect(managers.length).toBeGreaterThanOrEqual(150);
    for (const m of managers) expect(checkProjectManager(m)).toEqual([]);
    const appointments = await em.find(ManagerAppointment, {}, { populate: ['manager', 'community'] });
    const appointed = new Set(appointments.map((a) => a.manager.id));
    const handedOverFrom = new Map((await em.find(Handover, { status: 'COMPLETED' })).map((h) => [h.community.id, h.outgoing.id]));
    for (const m of managers) expect(appointed.has(m.id), m.name).toBe(true);
    for (const a of appointments) {
      expect(checkAppointment(a)).toEqual([]);
      // A community handed over to a successor (the demo's expulsion) keeps the outgoing firm's manager, appointment ended.
      const handedOver = handedOverFrom.get(a.community.id);
      if (handedOver !== undefined && a.manager.enterprise.id === handedOver) expect(a.endDate).not.toBeNull();
      else expect(a.community.enterprise?.id).toBe(a.manager.enterprise.id);
    }
    expect(appointments.some((a) => a.endDate !== null)).toBe(true);
    const lag = appointments.filter((a) => a.registeredOn !== null).map((a) => daysBetween(a.startDate, a.registeredOn!));
    expect(lag.filter((d) => d <= 30).length / appointments.length).toBeGreaterThan(0.75);
    expect(lag.some((d) => d > 30)).toBe(true);
    expect(appointments.some((a) => a.registeredOn === null)).toBe(true);
  });

  it('creates one user per demo account with the right scope and the demo password', async () => {
    const em = orm.em.fork();
    const users = await em.find(User, {}, { populate: ['township', 'department', 'enterprise', 'agency'], orderBy: { id: 'asc' } });
    expect(users.map((u) => u.username)).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(ROLES));
    for (const [i, u] of users.entries()) {
      const account = DEMO_ACCOUNTS[i]!;
      expect(u.role).toBe(account.role);
      expect(
        checkUser({
          ...u,
          townshipId: u.township ? String(u.township.id) : null,
          departmentId: u.department ? String(u.department.id) : null,
          enterpriseId: u.enterprise ? String(u.enterprise.id) : null,
          agencyId: u.agency ? String(u.agency.id) : null,
        }),
        u.username,
      ).toEqual([]);
      expect(u.township?.name ?? u.department?.name ?? u.enterprise?.name ?? u.agency?.name ?? null).toBe(account.scope);
      expect(u.position ?? null).toBe(account.position ?? null);
    }
    expect(await verifyPassword(users[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);
  });

  it('gives ent_demo an active firm (#1) with several communities and managers', async () => {
    const em = orm.em.fork();
    const user = await em.findOneOrFail(User, { username: 'ent_demo' }, { populate: ['enterprise'] });
    expect(user.enterprise!.id).toBe(1);
    expect(user.enterprise!.status).toBe('ACTIVE');
    expect(await em.count(Community, { enterprise: user.enterprise! })).toBeGreaterThanOrEqual(5);
    expect(await em.count(ProjectManager, { enterprise: user.enterprise! })).toBeGreaterThanOrEqual(3);
  });

  it('refuses a second enterprise with the same USCC', async () => {
    const em = orm.em.fork();
    const existing = await em.findOneOrFail(Enterprise, { id: 2 });
    const now = new Date();
    await expect(
      em.insert(Enterprise, {
        name: '重复信用代码物业服务有限公司',
        uscc: existing.uscc,
        legalRepresentative: '张三',
        township: existing.township,
        status: 'ACTIVE',
        score: 80,
        listStatus: 'NONE',
        createdAt: now,
        updatedAt: now,
      }),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });

  it('is deterministic: a second seed produces identical rows', async () => {
    const again = await createTestOrm({ driver });
    try {
      await seedDemoCounty(again.em.fork(), { passwordHash: await demoPasswordHash() });
      expect(await dump(again)).toEqual(await dump(orm));
    } finally {
      await dropTestOrm(again);
    }
    // A whole second seed: on a machine shared by many jobs it has taken over 500 s.
  }, 900_000);
});
