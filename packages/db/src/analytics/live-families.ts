import { shanghaiDate, type KpiCode } from '@wuye/domain';

/**
 * The KPI facts in families, each with its own live token (`kpi_live_version`, issue 17). A kept answer is reused while
 * the tokens of the families it was computed from are unchanged, so a write renews only the answers that read what it
 * wrote: an issue closed leaves coverage, training and committee formation kept; a firm's new credit score (a write of
 * a column no KPI kept here reads) renews nothing.
 */
export const LIVE_FAMILIES = ['ISSUES', 'COMPLAINTS', 'REGISTRY', 'TRAINING', 'COMMITTEES', 'MILESTONES', 'SURVEYS', 'GROUPS'] as const;
export type LiveFamily = (typeof LIVE_FAMILIES)[number];

/** Row 1 is the head (every KPI-fact write renews it, and takes its lock first); the families follow. */
export const HEAD_ROW = 1;
export const familyRow = (f: LiveFamily): number => LIVE_FAMILIES.indexOf(f) + 2;

/**
 * Which family a written entity belongs to. `columns`: the family counts only a change of these properties (an
 * insert or delete counts too, unless `updatesOnly`). The groups (townships, departments, firms by name and township)
 * are read by every answer: their names label it and a firm's township places its managers. A firm just registered
 * changes no answer (no fact names it yet, and the facts that will are in their own families), so registering firms
 * keeps every answer.
 */
export const ENTITY_FAMILY: Readonly<Record<string, { family: LiveFamily; columns?: readonly string[]; updatesOnly?: boolean }>> = {
  Issue: { family: 'ISSUES' },
  Complaint: { family: 'COMPLAINTS' },
  // The columns the KPIs read of a community (its kind, mode, firm and township); its name, households and the rest renew nothing.
  Community: { family: 'REGISTRY', columns: ['township', 'enterprise', 'type', 'serviceMode'] },
  CommunityHistory: { family: 'REGISTRY' },
  TrainingSession: { family: 'TRAINING' },
  TrainingAttendance: { family: 'TRAINING' },
  ProjectManager: { family: 'TRAINING' },
  OwnersCommittee: { family: 'COMMITTEES' },
  CommitteeElection: { family: 'COMMITTEES' },
  CommitteeCandidate: { family: 'COMMITTEES' },
  Milestone: { family: 'MILESTONES' },
  SatisfactionSurvey: { family: 'SURVEYS' },
  SurveyCode: { family: 'SURVEYS' },
  Township: { family: 'GROUPS' },
  Department: { family: 'GROUPS' },
  Enterprise: { family: 'GROUPS', columns: ['name', 'township'], updatesOnly: true },
};

/**
 * The families each KPI reads (kpi-engine.ts), besides GROUPS. The two time-bound KPIs (complaint timeliness, the
 * credit distribution) are computed on every request and kept under none.
 */
const KPI_FAMILIES: Readonly<Record<KpiCode, readonly LiveFamily[]>> = {
  NEW_RESIDENTIAL_COVERAGE: ['REGISTRY'],
  OLD_COMMUNITY_COVERAGE: ['REGISTRY'],
  CLOSE_OFF_RATE: ['ISSUES'],
  ON_TIME_RATE: ['ISSUES'],
  OVERDUE_ISSUES: ['ISSUES'],
  COMPLAINT_TIMELINESS: ['COMPLAINTS'],
  // Surveys are placed by their community's township.
  SATISFACTION: ['COMPLAINTS', 'SURVEYS', 'REGISTRY'],
  COMMITTEE_FORMATION: ['COMMITTEES', 'REGISTRY'],
  // Managers, and committee members placed by their community's township.
  TRAINING: ['TRAINING', 'COMMITTEES', 'REGISTRY'],
  CREDIT_DISTRIBUTION: [],
  CAMPAIGN_MILESTONES: ['MILESTONES'],
};

/** The families an answer for these KPIs depends on, GROUPS included, in a fixed order. */
export function familiesOf(codes: readonly KpiCode[]): LiveFamily[] {
  const wanted = new Set<LiveFamily>(['GROUPS', ...codes.flatMap((c) => KPI_FAMILIES[c])]);
  return LIVE_FAMILIES.filter((f) => wanted.has(f));
}

/** The KPIs in groups that read the same families (each group is computed and kept on its own). */
export function byFamilies(codes: readonly KpiCode[]): { families: LiveFamily[]; codes: KpiCode[] }[] {
  const groups = new Map<string, { families: LiveFamily[]; codes: KpiCode[] }>();
  for (const code of codes) {
    const families = familiesOf([code]);
    const key = families.join('+');
    const group = groups.get(key);
    if (group) group.codes.push(code);
    else groups.set(key, { families, codes: [code] });
  }
  return [...groups.values()];
}

/**
 * The families a flush wrote (its change sets: entity name, insert/update/delete, the properties an update changed).
 */
export function familiesWritten(changes: readonly { name: string; type: string; changed: readonly string[] }[]): Set<LiveFamily> {
  const out = new Set<LiveFamily>();
  for (const c of changes) {
    const spec = ENTITY_FAMILY[c.name];
    if (!spec) continue;
    if (spec.updatesOnly && c.type === 'create') continue;
    if (c.type === 'update' && spec.columns && !c.changed.some((p) => spec.columns!.includes(p))) continue;
    out.add(spec.family);
  }
  return out;
}

/**
 * The families whose facts are dated, each with its own token per calendar month (`kpi_live_month`): the entity, and
 * the property whose Asia/Shanghai month places a row (the month aggregates filter it by).
 */
export const MONTHLY_FAMILIES: Readonly<Partial<Record<LiveFamily, { entity: string; prop: string }>>> = {
  ISSUES: { entity: 'Issue', prop: 'createdAt' },
  COMPLAINTS: { entity: 'Complaint', prop: 'receivedAt' },
};

/** One month (YYYY-MM) of a monthly family; `*`: every month of it. */
export interface LiveMonth {
  family: LiveFamily;
  month: string;
}

const monthOf = (v: unknown): string | null => {
  if (v instanceof Date) return shanghaiDate(v).slice(0, 7);
  if (typeof v === 'string' && /^\d{4}-\d{2}/.test(v)) return shanghaiDate(new Date(v)).slice(0, 7);
  return null;
};

/** The months a flush wrote: the month of each written row, before and after the change (`*` when it cannot tell). */
export function monthsWritten(changes: readonly { name: string; entity: Record<string, unknown>; original?: Record<string, unknown> | null }[]): LiveMonth[] {
  const out = new Map<string, LiveMonth>();
  for (const c of changes)
    for (const [family, spec] of Object.entries(MONTHLY_FAMILIES) as [LiveFamily, { entity: string; prop: string }][]) {
      if (c.name !== spec.entity) continue;
      for (const row of [c.entity, c.original]) {
        if (!row) continue;
        const month = monthOf(row[spec.prop]) ?? '*';
        out.set(`${family}|${month}`, { family, month });
      }
    }
  return [...out.values()];
}
