import type { EntityManager } from '@mikro-orm/core';
import type { KpiCode } from '@wuye/domain';
import {
  Campaign,
  Community,
  Complaint,
  Department,
  Enterprise,
  Issue,
  Milestone,
  ProjectManager,
  Township,
  TrainingAttendance,
  TrainingSession,
} from '../entities/index.js';
import type { KpiRow } from './kpi-engine.js';

/**
 * A small county whose KPIs are computed by hand in kpi-engine.test.ts (and reused by the API tests). "Today" is
 * 2026-11-15 12:00 in Shanghai. Every timestamp is Shanghai time.
 */
export const KPI_TODAY = '2026-11-15';
export const KPI_NOW = new Date('2026-11-15T12:00:00+08:00');
const at = (date: string, time = '10:00:00') => new Date(`${date}T${time}+08:00`);
const BOOKED = at('2026-03-10', '09:00:00');

export interface KpiFixtureIds {
  t1: number; t2: number; d1: number; d2: number; e1: number; e2: number; e3: number; ex: number;
}

export async function seedKpiFixture(em: EntityManager): Promise<KpiFixtureIds> {
  const t1 = em.create(Township, { name: '城关镇', code: 'K-T1' });
  const t2 = em.create(Township, { name: '东城街道', code: 'K-T2' });
  const d1 = em.create(Department, { name: '住建局', code: 'K-D1', remit: ['SERVICE_QUALITY'] });
  const d2 = em.create(Department, { name: '市场监管局', code: 'K-D2', remit: ['ELEVATOR'] });
  const firm = (n: number, township: Township, extra: Partial<Enterprise>) =>
    em.create(Enterprise, { name: `K物业${n}`, uscc: `91330100KPI00000${n}X`.slice(0, 18), legalRepresentative: '王', township, ...extra });
  const e1 = firm(1, t1, { grade: 'AAA', listStatus: 'RED', score: 90 });
  const e2 = firm(2, t2, { grade: 'C', listStatus: 'BLACK', score: 40 });
  const e3 = firm(3, t2, { grade: 'B', score: 65 });
  const ex = firm(4, t1, { grade: 'A', status: 'EXPELLED', score: 75 });
  const community = (name: string, township: Township, type: Community['type'], serviceMode: Community['serviceMode'], enterprise: Enterprise | null = null) =>
    em.create(Community, { name, township, type, serviceMode, enterprise, households: 100, floorArea: 1000 });
  const n1 = community('N1', t1, 'NEW_RESIDENTIAL', 'ENTERPRISE', e1);
  community('N2', t1, 'NEW_RESIDENTIAL', 'NONE');
  community('O1', t1, 'OLD', 'BASIC_SERVICE');
  const n3 = community('N3', t2, 'NEW_RESIDENTIAL', 'ENTERPRISE', e2);
  community('O2', t2, 'OLD', 'NONE');
  community('O3', t2, 'OLD', 'SELF_MANAGED');
  const x = community('X', t2, 'OTHER', 'ENTERPRISE', e3);

  const issue = (title: string, c: Community, e: Enterprise, d: Department, createdAt: Date, deadline: string | null, closedAt: Date | null) =>
    em.create(Issue, {
      source: 'TOWNSHIP_REPORT', category: 'SERVICE_QUALITY', title, community: c, township: c.township, enterprise: e, department: d,
      deadline, state: closedAt ? 'CLOSED' : deadline ? 'RECTIFYING' : 'REGISTERED', closedAt, createdAt, updatedAt: createdAt,
    });
  issue('I1', n1, e1, d1, at('2026-10-01', '00:00:00'), '2026-10-10', at('2026-10-10', '23:00:00'));
  issue('I2', n1, e1, d1, at('2026-10-31', '23:59:59'), '2026-11-05', null);
  issue('I3', n3, e2, d2, at('2026-09-30', '23:59:00'), '2026-10-15', at('2026-10-16'));
  issue('I4', n3, e2, d2, at('2026-10-05'), '2026-10-20', at('2026-11-02'));
  issue('I5', n1, e1, d2, at('2026-09-10'), '2026-09-20', null);
  issue('I6', x, e3, d1, at('2026-10-20'), null, null);

  const complaint = (c: Community, e: Enterprise, d: Department, receivedAt: Date, respondedAt: Date | null, closedAt: Date | null, rating: Complaint['followUpRating']) =>
    em.create(Complaint, {
      channel: 'HOTLINE', community: c, township: c.township, enterprise: e, department: d, category: 'SERVICE_QUALITY', content: '投诉',
      state: closedAt ? 'CLOSED' : respondedAt ? 'RESPONDED' : 'ROUTED', receivedAt, respondedAt, closedAt, followUpRating: rating,
    });
  complaint(n1, e1, d1, at('2026-10-02'), at('2026-10-05'), at('2026-10-20'), 'SATISFIED');
  complaint(n1, e1, d1, at('2026-10-10'), at('2026-10-13', '10:01:00'), at('2026-11-01'), 'BASICALLY_SATISFIED');
  complaint(n3, e2, d2, at('2026-10-30', '09:00:00'), null, null, null);
  complaint(n3, e2, d2, at('2026-11-14', '09:00:00'), null, null, null);
  complaint(n3, e2, d2, at('2026-10-15'), at('2026-10-16'), at('2026-10-25'), 'DISSATISFIED');

  const m1 = em.create(ProjectManager, { name: 'M1', enterprise: e1, certificateNo: 'K-PM-1', createdAt: BOOKED, updatedAt: BOOKED });
  const m2 = em.create(ProjectManager, { name: 'M2', enterprise: e1, certificateNo: 'K-PM-2', createdAt: BOOKED, updatedAt: BOOKED });
  const m3 = em.create(ProjectManager, { name: 'M3', enterprise: e2, certificateNo: 'K-PM-3', createdAt: BOOKED, updatedAt: BOOKED });
  const s1 = em.create(TrainingSession, { topic: '项目经理培训班', heldOn: '2026-04-20' });
  const s2 = em.create(TrainingSession, { topic: '旧培训', heldOn: '2025-10-01' });
  em.create(TrainingAttendance, { session: s1, kind: 'PROJECT_MANAGER', manager: m1, name: 'M1', enterprise: e1, present: true });
  em.create(TrainingAttendance, { session: s1, kind: 'PROJECT_MANAGER', manager: m2, name: 'M2', enterprise: e1, present: false });
  em.create(TrainingAttendance, { session: s2, kind: 'PROJECT_MANAGER', manager: m3, name: 'M3', enterprise: e2, present: true });

  const campaign = em.create(Campaign, { name: '提升年', year: 2026, startDate: '2026-03-10', endDate: '2026-12-31' });
  const milestone = (code: string, dueDate: string, department: Department, doneOn: string | null) =>
    em.create(Milestone, { campaign, code, title: code, dueDate, department, status: doneOn ? 'DONE' : 'PENDING', doneOn, evidence: doneOn ? '纪要' : null });
  milestone('MS1', '2026-10-10', d1, '2026-10-10');
  milestone('MS2', '2026-10-20', d2, '2026-10-25');
  milestone('MS3', '2026-10-31', d1, null);
  milestone('MS4', '2026-11-20', d2, null);
  milestone('MS5', '2026-11-10', d1, '2026-11-09');
  await em.flush();
  return { t1: t1.id, t2: t2.id, d1: d1.id, d2: d2.id, e1: e1.id, e2: e2.id, e3: e3.id, ex: ex.id };
}

/** `[numerator, denominator]` of one KPI in a row (null when not applicable). */
export function nd(row: KpiRow | undefined, code: KpiCode): [number | null, number | null] | null {
  if (!row) throw new Error('no such row');
  const c = row.cells[code];
  return c.applicable ? [c.numerator, c.denominator] : null;
}
