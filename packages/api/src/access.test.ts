import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { FIXTURE_USERS, createFixture, type Fixture, type FixtureUser } from './testing.js';

type Outcome = 'allow' | 'deny';

/** The role matrix of the registry: every list query and every write, for each role and anonymous. */
const READS = [
  'townships',
  'departments',
  'enterprises',
  'projectManagers',
  'communities',
  'users',
  'auditLogs',
  'creditRecords',
  'objections',
  'repairApplications',
  'ranking',
  'notifications',
  'issues',
  'inspections',
  'complaints',
  'selfChecks',
] as const;
const SIGNED_IN: FixtureUser[] = ['admin', 'regulator', 'dept1', 'town1', 'ent1', 'analyst'];
const READ_MATRIX: Record<(typeof READS)[number], FixtureUser[]> = {
  townships: ['admin', 'regulator', 'dept1', 'town1', 'ent1', 'analyst'],
  departments: ['admin', 'regulator', 'dept1', 'town1', 'ent1', 'analyst'],
  enterprises: ['admin', 'regulator', 'dept1', 'town1', 'ent1', 'analyst'],
  projectManagers: ['admin', 'regulator', 'dept1', 'town1', 'ent1', 'analyst'],
  communities: ['admin', 'regulator', 'dept1', 'town1', 'ent1', 'analyst'],
  users: ['admin'],
  auditLogs: ['admin'],
  creditRecords: SIGNED_IN,
  objections: SIGNED_IN,
  repairApplications: SIGNED_IN,
  ranking: SIGNED_IN,
  // An agency's working group has its own notifications, and nothing else of the platform.
  notifications: [...SIGNED_IN, 'agency1'],
  issues: SIGNED_IN,
  // Inspection sheets and self-checks are not routed to departments; they see the issues that follow.
  inspections: ['admin', 'regulator', 'town1', 'ent1', 'analyst'],
  complaints: SIGNED_IN,
  selfChecks: ['admin', 'regulator', 'town1', 'ent1', 'analyst'],
};

const BUREAU: FixtureUser[] = ['admin', 'regulator'];
/** Closed-loop writes, on id 0 where an item is needed: an allowed caller gets NotFoundError, a denied one FORBIDDEN. */
const CLOSED_LOOP_WRITES: Record<string, { doc: (f: Fixture) => string; allowed: FixtureUser[] }> = {
  createInspection: {
    doc: (f) => `mutation { createInspection(input: { kind: RANDOM, date: "2099-01-01", inspectors: "", communityId: "${f.ids.c1}" }) { __typename } }`,
    allowed: BUREAU,
  },
  turnFindingsIntoIssues: { doc: () => `mutation { turnFindingsIntoIssues(inspectionId: "0") { __typename } }`, allowed: BUREAU },
  createIssue: {
    doc: (f) => `mutation { createIssue(input: { communityId: "${f.ids.c1}", category: "NOPE", title: "" }) { __typename } }`,
    allowed: [...BUREAU, 'town1'],
  },
  assignIssue: { doc: () => `mutation { assignIssue(id: "0", input: { measures: "", deadline: "2099-01-01" }) { __typename } }`, allowed: BUREAU },
  acknowledgeIssue: { doc: () => `mutation { acknowledgeIssue(id: "0") { __typename } }`, allowed: [...BUREAU, 'dept1', 'town1', 'ent1'] },
  submitIssueFeedback: {
    doc: () => `mutation { submitIssueFeedback(id: "0", note: "", fileIds: []) { __typename } }`,
    allowed: [...BUREAU, 'dept1', 'town1', 'ent1'],
  },
  closeIssue: { doc: () => `mutation { closeIssue(id: "0") { __typename } }`, allowed: [...BUREAU, 'dept1', 'town1', 'ent1'] },
  returnIssue: { doc: () => `mutation { returnIssue(id: "0", note: "") { __typename } }`, allowed: [...BUREAU, 'dept1', 'town1', 'ent1'] },
  flagIssue: { doc: () => `mutation { flagIssue(id: "0") { __typename } }`, allowed: BUREAU },
  unflagIssue: { doc: () => `mutation { unflagIssue(id: "0") { __typename } }`, allowed: BUREAU },
  recordRefusal: { doc: () => `mutation { recordRefusal(id: "0", note: "") { __typename } }`, allowed: BUREAU },
  createComplaint: {
    doc: (f) => `mutation { createComplaint(input: { channel: WEB, communityId: "${f.ids.c1}", category: "NOPE", content: "" }) { __typename } }`,
    allowed: [...BUREAU, 'dept1', 'town1'],
  },
  routeComplaint: { doc: (f) => `mutation { routeComplaint(id: "0", departmentId: "${f.ids.dept1}") { __typename } }`, allowed: BUREAU },
  respondToComplaint: { doc: () => `mutation { respondToComplaint(id: "0", note: "") { __typename } }`, allowed: [...BUREAU, 'dept1', 'town1'] },
  resolveComplaint: { doc: () => `mutation { resolveComplaint(id: "0", answer: "", upheld: true) { __typename } }`, allowed: [...BUREAU, 'dept1', 'town1'] },
  turnComplaintIntoIssue: { doc: () => `mutation { turnComplaintIntoIssue(id: "0") { __typename } }`, allowed: [...BUREAU, 'dept1', 'town1'] },
  rejectComplaint: { doc: () => `mutation { rejectComplaint(id: "0", reasons: "") { __typename } }`, allowed: [...BUREAU, 'dept1', 'town1'] },
  closeComplaintWithFollowUp: {
    doc: () => `mutation { closeComplaintWithFollowUp(id: "0", rating: SATISFIED) { __typename } }`,
    allowed: [...BUREAU, 'dept1', 'town1'],
  },
  submitSelfCheck: { doc: (f) => `mutation { submitSelfCheck(input: { communityId: "${f.ids.c2}", date: "2099-01-01" }) { __typename } }`, allowed: ['ent1'] },
};

/** The public boards answer everyone, signed in or not. */
const PUBLIC_READS = [
  'ratings { id }',
  'rating(quarter: "2026Q1") { id }',
  'redList { name }',
  'blackList { name }',
  'scoringStandard { version }',
  'bulletins { id }',
  'bulletin(month: "2026-10") { id }',
];

/** Campaign, KPIs and analytics: reads and writes, each with the callers allowed (denied ones get FORBIDDEN/UNAUTHENTICATED). */
const ALL_SIGNED_IN: FixtureUser[] = ['admin', 'regulator', 'dept1', 'town1', 'ent1', 'analyst'];
const ANALYTICS_OPERATIONS: Record<string, { doc: string; allowed: FixtureUser[] }> = {
  kpis: { doc: `{ kpis(period: "2026-10") { period } }`, allowed: ALL_SIGNED_IN },
  kpiDefinitions: { doc: `{ kpiDefinitions { code } }`, allowed: ALL_SIGNED_IN },
  campaigns: { doc: `{ campaigns { id } }`, allowed: ALL_SIGNED_IN },
  campaignRoutines: { doc: `{ campaignRoutines { code } }`, allowed: ALL_SIGNED_IN },
  trainingSessions: { doc: `{ trainingSessions { id } }`, allowed: ALL_SIGNED_IN },
  jointMeetings: { doc: `{ jointMeetings { id } }`, allowed: ALL_SIGNED_IN },
  aggregates: { doc: `{ aggregates(subject: ISSUES) { count } }`, allowed: ['admin', 'regulator', 'analyst'] },
  apiTokens: { doc: `{ apiTokens { id } }`, allowed: ['analyst'] },
  createCampaign: { doc: `mutation { createCampaign(name: "", year: 1, startDate: "2026-01-01", endDate: "2026-12-31") { __typename } }`, allowed: BUREAU },
  createCampaignPhase: {
    doc: `mutation { createCampaignPhase(campaignId: "0", code: "X", name: "", startDate: "2026-01-01", endDate: "2026-01-02") { __typename } }`,
    allowed: BUREAU,
  },
  createMilestone: { doc: `mutation { createMilestone(campaignId: "0", code: "X", title: "", dueDate: "2026-01-01") { __typename } }`, allowed: BUREAU },
  completeMilestone: { doc: `mutation { completeMilestone(id: "0", doneOn: "2026-01-01", evidence: "") { __typename } }`, allowed: [...BUREAU, 'dept1'] },
  addWeeklyProgress: { doc: `mutation { addWeeklyProgress(campaignId: "0", weekStart: "2026-01-05", summary: "") { __typename } }`, allowed: BUREAU },
  recordTrainingSession: { doc: `mutation { recordTrainingSession(topic: "", heldOn: "2026-01-01", attendees: []) { __typename } }`, allowed: BUREAU },
  scheduleCampaignMeeting: {
    doc: `mutation { scheduleCampaignMeeting(kind: JOINT, title: "", heldAt: "2026-01-01T07:00:00Z", location: "", agenda: "", participants: []) { __typename } }`,
    allowed: BUREAU,
  },
  generateBulletin: { doc: `mutation { generateBulletin(month: "bad") { __typename } }`, allowed: BUREAU },
  reviewBulletin: { doc: `mutation { reviewBulletin(id: "0") { __typename } }`, allowed: BUREAU },
  publishBulletin: { doc: `mutation { publishBulletin(id: "0") { __typename } }`, allowed: ['admin'] },
  createApiToken: { doc: `mutation { createApiToken(name: "") { __typename } }`, allowed: ['analyst'] },
  revokeApiToken: { doc: `mutation { revokeApiToken(id: "0") { __typename } }`, allowed: ['analyst'] },
};

const WRITES: Record<string, { doc: (f: Fixture) => string; allowed: FixtureUser[] }> = {
  createTownship: { doc: () => `mutation { createTownship(input: { name: "测试镇", code: "" }) { __typename } }`, allowed: ['admin', 'regulator'] },
  updateDepartment: { doc: (f) => `mutation { updateDepartment(id: "${f.ids.dept1}", input: {}) { __typename } }`, allowed: ['admin', 'regulator'] },
  createEnterprise: {
    doc: (f) => `mutation { createEnterprise(input: { name: "", uscc: "x", legalRepresentative: "a", townshipId: "${f.ids.town1}" }) { __typename } }`,
    allowed: ['admin', 'regulator'],
  },
  updateEnterprise: { doc: (f) => `mutation { updateEnterprise(id: "${f.ids.e1}", input: {}) { __typename } }`, allowed: ['admin', 'regulator'] },
  createCommunity: {
    doc: (f) =>
      `mutation { createCommunity(input: { name: "", townshipId: "${f.ids.town1}", type: OLD, households: 1, floorArea: 1, serviceMode: NONE }) { __typename } }`,
    allowed: ['admin', 'regulator', 'town1'],
  },
  updateCommunity: { doc: (f) => `mutation { updateCommunity(id: "${f.ids.c1}", input: {}) { __typename } }`, allowed: ['admin', 'regulator', 'town1'] },
  createProjectManager: {
    doc: (f) => `mutation { createProjectManager(input: { name: "", enterpriseId: "${f.ids.e1}", certificateNo: "" }) { __typename } }`,
    allowed: ['admin', 'regulator', 'ent1'],
  },
  createUser: {
    doc: () => `mutation { createUser(input: { username: "", displayName: "", role: ANALYST, password: "" }) { __typename } }`,
    allowed: ['admin'],
  },
  revokeUserSessions: { doc: (f) => `mutation { revokeUserSessions(id: "${f.ids.users.analyst}") }`, allowed: ['admin'] },
  proposeCreditRecord: {
    doc: (f) =>
      `mutation { proposeCreditRecord(input: { enterpriseId: "${f.ids.e1}", itemCode: "X9", effectiveFrom: "2026-01-01", reason: "" }) { __typename } }`,
    allowed: ['admin', 'regulator', 'dept1'],
  },
  publicizeCreditRecord: { doc: () => `mutation { publicizeCreditRecord(id: "999999") { __typename } }`, allowed: ['admin', 'regulator'] },
  fileObjection: { doc: () => `mutation { fileObjection(recordId: "999999", statement: "") { __typename } }`, allowed: ['ent1'] },
  decideObjection: {
    doc: () => `mutation { decideObjection(objectionId: "999999", upholdRecord: true, note: "") { __typename } }`,
    allowed: ['admin', 'regulator'],
  },
  revokeCreditRecord: { doc: () => `mutation { revokeCreditRecord(id: "999999", reason: "") { __typename } }`, allowed: ['admin', 'regulator'] },
  applyForRepair: { doc: () => `mutation { applyForRepair(recordId: "999999", commitment: "") { __typename } }`, allowed: ['ent1'] },
  decideRepair: {
    doc: () => `mutation { decideRepair(applicationId: "999999", approve: false, reasons: "") { __typename } }`,
    allowed: ['admin', 'regulator'],
  },
  prepareRating: { doc: () => `mutation { prepareRating(quarter: "bad") { __typename } }`, allowed: ['admin', 'regulator'] },
  reviewRating: { doc: () => `mutation { reviewRating(id: "999999") { __typename } }`, allowed: ['admin', 'regulator'] },
  publishRating: { doc: () => `mutation { publishRating(id: "999999") { __typename } }`, allowed: ['admin'] },
  issueScoringStandard: { doc: () => `mutation { issueScoringStandard(definition: {}, effectiveFrom: "2020-01-01") { __typename } }`, allowed: ['admin'] },
  markNotificationRead: { doc: () => `mutation { markNotificationRead }`, allowed: ['admin', 'regulator', 'dept1', 'town1', 'ent1', 'analyst', 'agency1'] },
};

function outcome(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): Outcome {
  const code = errors?.[0]?.extensions?.code;
  return code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'deny' : 'allow';
}

describeEachDriver('access control', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
  });
  afterAll(async () => f?.close());

  const callers: (FixtureUser | null)[] = [
    null,
    ...FIXTURE_USERS.filter((u) => !['dept2', 'town2', 'ent2', 'agencyDeputy', 'agencyHead', 'agency2'].includes(u)),
  ];

  it('role matrix for every list query', async () => {
    const seen: Record<string, Record<string, Outcome>> = {};
    const expected: typeof seen = {};
    for (const field of READS) {
      seen[field] = {};
      expected[field] = {};
      for (const who of callers) {
        const r = await f.gql(`{ ${field} { total } }`, {}, who);
        seen[field][who ?? 'anonymous'] = outcome(r.errors);
        expected[field][who ?? 'anonymous'] = who && READ_MATRIX[field].includes(who) ? 'allow' : 'deny';
      }
    }
    expect(seen).toEqual(expected);
  });

  it('role matrix for every write (a denied write is refused before validation)', async () => {
    const seen: Record<string, Record<string, Outcome>> = {};
    const expected: typeof seen = {};
    for (const [name, w] of Object.entries({ ...WRITES, ...CLOSED_LOOP_WRITES })) {
      seen[name] = {};
      expected[name] = {};
      for (const who of callers) {
        const r = await f.gql(w.doc(f), {}, who);
        seen[name][who ?? 'anonymous'] = outcome(r.errors);
        expected[name][who ?? 'anonymous'] = who && w.allowed.includes(who) ? 'allow' : 'deny';
      }
    }
    expect(seen).toEqual(expected);
  });

  it('role matrix for campaign, KPI, bulletin, aggregate and API-token operations', async () => {
    const seen: Record<string, Record<string, Outcome>> = {};
    const expected: typeof seen = {};
    for (const [name, op] of Object.entries(ANALYTICS_OPERATIONS)) {
      seen[name] = {};
      expected[name] = {};
      for (const who of callers) {
        const r = await f.gql(op.doc, {}, who);
        seen[name][who ?? 'anonymous'] = outcome(r.errors);
        expected[name][who ?? 'anonymous'] = who && op.allowed.includes(who) ? 'allow' : 'deny';
      }
    }
    expect(seen).toEqual(expected);
  });

  it('the public boards (published ratings, red and black lists, the standard) need no login', async () => {
    for (const who of callers) {
      for (const field of PUBLIC_READS) {
        const r = await f.gql(`{ ${field} }`, {}, who);
        expect(r.errors, `${field} as ${who}`).toBeUndefined();
      }
    }
  });

  it('a firm user reads only its own firm’s credit records', async () => {
    const { CreditRecord } = await import('@wuye/db');
    const em = f.orm.em.fork();
    for (const [enterprise, reason] of [
      [f.ids.e1, 'mine'],
      [f.ids.e2, 'theirs'],
    ] as const) {
      em.create(CreditRecord, {
        subjectType: 'ENTERPRISE',
        enterprise,
        itemCode: 'B6',
        points: -10,
        termMonths: 12,
        standardVersion: 1,
        effectiveFrom: '2026-01-01',
        expiresOn: '2026-12-31',
        status: 'CONFIRMED',
        confirmedOn: '2026-01-01',
        proposedAt: new Date(),
        reason,
        sourceType: 'MANUAL',
      });
    }
    await em.flush();
    const r = await f.gql<{ creditRecords: { items: { reason: string }[] } }>(`{ creditRecords { items { reason } } }`, {}, 'ent1');
    expect(r.data!.creditRecords.items.map((i) => i.reason)).toEqual(['mine']);
    const all = await f.gql<{ creditRecords: { total: number } }>(`{ creditRecords { total } }`, {}, 'analyst');
    expect(all.data!.creditRecords.total).toBe(2);
  });

  it('anonymous callers get nothing but `me: null`', async () => {
    const r = await f.gql<{ me: unknown }>(`{ me { id } }`, {}, null);
    expect(r).toEqual({ data: { me: null } });
    const e = await f.gql(`{ enterprise(id: "${f.ids.e1}") { name } }`, {}, null);
    expect(e.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(e.data).toEqual({ enterprise: null });
  });

  it('me lists the caller’s role and permissions', async () => {
    const r = await f.gql<{ me: { role: string; enterprise: { name: string }; permissions: string[] } }>(
      `{ me { role enterprise { name } permissions } }`,
      {},
      'ent1',
    );
    expect(r.data!.me.role).toBe('ENTERPRISE');
    expect(r.data!.me.enterprise.name).toBe('安居物业服务有限公司');
    expect(r.data!.me.permissions).toContain('projectManager:create');
    expect(r.data!.me.permissions).not.toContain('enterprise:update');
  });

  describe('row scoping', () => {
    const names = async (who: FixtureUser, field: 'enterprises' | 'communities' | 'projectManagers') => {
      const r = await f.gql<Record<string, { items: { name: string }[] }>>(`{ ${field}(perPage: 100, sortField: name) { items { name } } }`, {}, who);
      expect(r.errors).toBeUndefined();
      return r.data![field]!.items.map((i) => i.name).sort();
    };

    it('a firm manager sees only their own firm, its communities and managers', async () => {
      expect(await names('ent1', 'enterprises')).toEqual(['安居物业服务有限公司']);
      expect(await names('ent1', 'communities')).toEqual(['阳光花园']);
      expect(await names('ent1', 'projectManagers')).toEqual(['李明']);
      expect(await names('ent2', 'enterprises')).toEqual(['宏达物业管理有限公司']);
    });

    it('a firm manager cannot read another firm by id, nor reach it through a relation', async () => {
      const r = await f.gql<{ enterprise: unknown; community: unknown; projectManager: unknown }>(
        `{ enterprise(id: "${f.ids.e2}") { name } community(id: "${f.ids.c2}") { name } projectManager(id: "${f.ids.m2}") { name } }`,
        {},
        'ent1',
      );
      expect(r.data).toEqual({ enterprise: null, community: null, projectManager: null });
      const byIds = await f.gql<{ enterprises: { total: number } }>(`{ enterprises(filter: { ids: ["${f.ids.e2}", "${f.ids.e3}"] }) { total } }`, {}, 'ent1');
      expect(byIds.data!.enterprises.total).toBe(0);
    });

    it('a firm manager cannot change another firm’s manager or add one to another firm', async () => {
      const upd = await f.gql<{ updateProjectManager: { __typename: string } }>(
        `mutation { updateProjectManager(id: "${f.ids.m2}", input: { name: "改" }) { __typename } }`,
        {},
        'ent1',
      );
      expect(upd.data!.updateProjectManager.__typename).toBe('NotFoundError');
      const add = await f.gql<{ createProjectManager: { __typename: string; fieldErrors: { field: string }[] } }>(
        `mutation { createProjectManager(input: { name: "钱七", enterpriseId: "${f.ids.e2}", certificateNo: "PM-9" }) { __typename ... on ValidationError { fieldErrors { field } } } }`,
        {},
        'ent1',
      );
      expect(add.data!.createProjectManager).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'enterpriseId' }] });
      const own = await f.gql<{ createProjectManager: { __typename: string } }>(
        `mutation { createProjectManager(input: { name: "钱七", enterpriseId: "${f.ids.e1}", certificateNo: "PM-9", phone: "13700001111" }) { __typename } }`,
        {},
        'ent1',
      );
      expect(own.data!.createProjectManager.__typename).toBe('MutationCreateProjectManagerSuccess');
    });

    it('a township sees what is located in it: its communities and the firms registered or serving there', async () => {
      expect(await names('town1', 'communities')).toEqual(['翠湖苑', '阳光花园'].sort());
      expect(await names('town1', 'enterprises')).toEqual(['安居物业服务有限公司', '已清出物业有限公司', '金盾物业服务有限公司'].sort());
      expect(await names('town2', 'communities')).toEqual(['老街小区', '锦绣家园'].sort());
    });

    it('a township can edit only its own communities', async () => {
      const other = await f.gql<{ updateCommunity: { __typename: string } }>(
        `mutation { updateCommunity(id: "${f.ids.c2}", input: { households: 1 }) { __typename } }`,
        {},
        'town1',
      );
      expect(other.data!.updateCommunity.__typename).toBe('NotFoundError');
      const move = await f.gql<{ updateCommunity: { fieldErrors: { field: string }[] } }>(
        `mutation { updateCommunity(id: "${f.ids.c3}", input: { townshipId: "${f.ids.town2}" }) { ... on ValidationError { fieldErrors { field } } } }`,
        {},
        'town1',
      );
      expect(move.data!.updateCommunity.fieldErrors).toEqual([{ field: 'townshipId' }]);
    });

    it('departments, regulators and analysts see the whole registry', async () => {
      for (const who of ['dept1', 'regulator', 'analyst'] as const) {
        expect((await names(who, 'enterprises')).length).toBe(5);
      }
    });
  });

  describe('personal data', () => {
    const phones = async (who: FixtureUser) => {
      const r = await f.gql<{ projectManagers: { items: { name: string; phone: string }[] } }>(
        `{ projectManagers(filter: { q: "李明" }) { items { name phone } } }`,
        {},
        who,
      );
      return r.data!.projectManagers.items[0]?.phone;
    };
    it('is shown in full to ADMIN, REGULATOR and the employing firm', async () => {
      expect(await phones('admin')).toBe('13812345678');
      expect(await phones('regulator')).toBe('13812345678');
      expect(await phones('ent1')).toBe('13812345678');
    });
    it('is masked for analysts, departments and townships', async () => {
      expect(await phones('analyst')).toBe('138****5678');
      expect(await phones('dept1')).toBe('138****5678');
      expect(await phones('town1')).toBe('138****5678');
    });
  });
});
