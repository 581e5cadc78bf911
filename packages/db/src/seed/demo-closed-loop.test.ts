import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLOSED_LOOP_RECORD_CODES, ISSUE_STATES, COMPLAINT_CHANNELS } from '@wuye/domain';
import { Complaint, CreditRecord, Inspection, Issue, IssueEvent, SelfCheck, User } from '../entities/index.js';
import { runClosedLoopJobs } from '../closed-loop/jobs.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';

describeEachDriver('demo closed loop', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver, seed: true });
  });
  afterAll(async () => dropTestOrm(orm));

  it('spreads a campaign year of inspections, complaints, self-checks and issues over every phase and state', async () => {
    const em = orm.em.fork();
    const issues = await em.find(Issue, {});
    const states = new Set(issues.map((i) => i.state));
    for (const s of ISSUE_STATES) expect(states, s).toContain(s);
    expect(new Set(issues.map((i) => i.source))).toEqual(new Set(['INSPECTION', 'COMPLAINT', 'SELF_CHECK', 'TOWNSHIP_REPORT', 'SPECIAL_INSPECTION']));
    expect(issues.some((i) => i.flagged)).toBe(true);
    expect(issues.some((i) => i.lastAction === 'RETURN' || i.state === 'CLOSED')).toBe(true);
    expect(await em.count(Inspection, { grade: 'D' })).toBeGreaterThan(0);
    expect(await em.count(Inspection, { refusedToCooperate: true })).toBeGreaterThan(0);
    expect(await em.count(SelfCheck, {})).toBeGreaterThan(0);
    const complaints = await em.find(Complaint, {});
    expect(new Set(complaints.map((c) => c.channel))).toEqual(new Set(COMPLAINT_CHANNELS));
    const months = new Set(issues.map((i) => i.createdAt.toISOString().slice(0, 7)));
    for (const m of ['2026-03', '2026-05', '2026-08', '2026-11']) expect(months, m).toContain(m);
    expect(issues.every((i) => i.createdAt.toISOString().slice(0, 10) <= DEMO_REFERENCE_DATE)).toBe(true);
    expect(await em.count(IssueEvent, {})).toBeGreaterThan(issues.length);
  });

  it('gives every demo department login open complaints to handle, received before the reference morning', async () => {
    const em = orm.em.fork();
    const logins = await em.find(User, { role: 'DEPARTMENT', department: { $ne: null } });
    expect(logins.length).toBeGreaterThanOrEqual(2);
    const morning = new Date(`${DEMO_REFERENCE_DATE}T09:00:00+08:00`);
    for (const u of logins) {
      const open = await em.find(Complaint, { department: u.department!.id, state: { $in: ['ROUTED', 'RESPONDED'] } });
      expect(open.filter((c) => c.state === 'ROUTED').length, u.username).toBeGreaterThanOrEqual(2);
      expect(open.filter((c) => c.state === 'RESPONDED').length, u.username).toBeGreaterThanOrEqual(1);
      for (const c of open) expect(c.receivedAt.getTime()).toBeLessThan(morning.getTime());
    }
  });

  it('routes owners’ committee disputes to each township login: one handled by it, one waiting in its inbox; an unlicensed operator to the bureau', async () => {
    const em = orm.em.fork();
    const logins = await em.find(User, { role: 'TOWNSHIP', township: { $ne: null } });
    expect(logins.length).toBeGreaterThanOrEqual(2);
    for (const u of logins) {
      const disputes = await em.find(Complaint, { category: 'OWNERS_COMMITTEE', township: u.township!.id }, { orderBy: { receivedAt: 'asc' } });
      expect(
        disputes.map((c) => [c.state, c.handledByTownship, c.department]),
        u.username,
      ).toEqual([
        ['CLOSED', true, null],
        ['ROUTED', true, null],
      ]);
    }
    const unlicensed = await em.find(Complaint, { category: 'UNLICENSED_OPERATOR' }, { populate: ['department'] });
    expect(unlicensed.map((c) => [c.state, c.department?.code, c.handledByTownship])).toEqual([['ROUTED', 'ZJJ', false]]);
  });

  it('every B1–B5, B10 and B14 record points at the item that caused it, and each item has each record once', async () => {
    const em = orm.em.fork();
    const records = await em.find(CreditRecord, { itemCode: { $in: [...CLOSED_LOOP_RECORD_CODES] } });
    const codes = new Set(records.map((r) => r.itemCode));
    for (const code of CLOSED_LOOP_RECORD_CODES) expect(codes, code).toContain(code);
    const seen = new Set<string>();
    for (const r of records) {
      const key = `${r.sourceType}:${r.sourceId}:${r.itemCode}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(r.proposedBy).toBeNull();
      const id = Number(r.sourceId);
      if (r.itemCode === 'B1' || r.itemCode === 'B2') {
        const issue = await em.findOneOrFail(Issue, { id });
        expect([r.sourceType, issue.enterprise?.id, issue[r.itemCode === 'B1' ? 'b1Proposed' : 'b2Proposed']]).toEqual(['ISSUE', r.enterprise.id, true]);
      } else if (r.itemCode === 'B10' || r.itemCode === 'B14') {
        const inspection = await em.findOneOrFail(Inspection, { id });
        expect([r.sourceType, inspection.enterprise?.id]).toEqual(['INSPECTION', r.enterprise.id]);
        expect(r.itemCode === 'B14' ? inspection.grade : inspection.refusedToCooperate).toBe(r.itemCode === 'B14' ? 'D' : true);
      } else {
        const complaint = await em.findOneOrFail(Complaint, { id });
        expect([r.sourceType, complaint.enterprise?.id]).toEqual(['COMPLAINT', r.enterprise.id]);
      }
    }
    expect(records.some((r) => r.status === 'CONFIRMED')).toBe(true);
    expect(records.some((r) => r.status === 'PROPOSED')).toBe(true);
  });

  it('leaves nothing for the job to catch up on the reference date', async () => {
    const result = await runClosedLoopJobs(orm.em, new Date(`${DEMO_REFERENCE_DATE}T09:00:00+08:00`), { graceDays: 3 });
    expect(result).toEqual({ b1: 0, b3: 0, b4: 0, b5: 0, failed: 0 });
  });
});
