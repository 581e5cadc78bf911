import { availability, type ActionAvailability } from '../availability.js';
import type { CommunityType, CreditGrade, ListStatus, ServiceMode } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { townshipPlanScopeIssue } from './township-plan.js';

/**
 * A township's data collection for its communities (seed part 7 四(二)): 乡镇负责辖区范围内物业管理数据资料收集建档工作，
 * 包括：物业服务企业情况，物业管理项目数量、名称、服务区面积情况，物业管理用房情况，业主委员会情况，物业服务企业及项目经理诚信情况.
 * The data itself is the registry's (communities, firms, managers' appointments, committees, credit); these pure rules say,
 * per community, which of the items the township has still to record (the gaps), and sum a township's archive. The
 * township fills a gap through the registry's own community and appointment commands; nothing here writes.
 */

/** What a community's record may lack, each tied to an item of the seed's list. */
export const TOWNSHIP_DATA_GAPS = ['ADDRESS', 'DELIVERY_DATE', 'OFFICE_AREA', 'MAINTENANCE_FUND', 'CONTRACT', 'MANAGER'] as const;
export type TownshipDataGap = (typeof TOWNSHIP_DATA_GAPS)[number];

/** 业主委员会情况: none on file, filed and in term (start ≤ today ≤ end), or its term over. */
export const COMMITTEE_DATA_STATES = ['NONE', 'IN_TERM', 'EXPIRED'] as const;
export type CommitteeDataState = (typeof COMMITTEE_DATA_STATES)[number];

export interface CommunityDataFacts {
  type: CommunityType;
  serviceMode: ServiceMode;
  address: string | null;
  deliveryDate: string | null;
  /** 物业管理用房 in m²; 0 is a recorded "none provided", null is not recorded. */
  officeArea: number | null;
  maintenanceFundBalance: number | null;
  contractStart: string | null;
  /** Whether a project manager of the serving firm is appointed there today. */
  hasCurrentManager: boolean;
}

/**
 * The items still to record for one community. A firm-served community needs its service contract's start and a project
 * manager (项目经理诚信情况 is read from the manager); a new residential community needs its maintenance-fund balance
 * (commodity housing pays into the fund; an old one may have none). Every community needs its address, handover date
 * and management office (物业管理用房, possibly 0).
 */
export function communityDataGaps(c: CommunityDataFacts): TownshipDataGap[] {
  const gaps: TownshipDataGap[] = [];
  if (!c.address?.trim()) gaps.push('ADDRESS');
  if (!c.deliveryDate) gaps.push('DELIVERY_DATE');
  if (c.officeArea == null) gaps.push('OFFICE_AREA');
  if (c.type === 'NEW_RESIDENTIAL' && c.maintenanceFundBalance == null) gaps.push('MAINTENANCE_FUND');
  if (c.serviceMode === 'ENTERPRISE' && !c.contractStart) gaps.push('CONTRACT');
  if (c.serviceMode === 'ENTERPRISE' && !c.hasCurrentManager) gaps.push('MANAGER');
  return gaps;
}

/** An appointment runs today when it started on or before today and has not ended before today (the end day counts). */
export function appointmentRunsOn(a: { startDate: string; endDate?: string | null }, today: string): boolean {
  return a.startDate <= today && (a.endDate == null || a.endDate >= today);
}

/** A filed committee is in term from its first to its last day (both inclusive), then expired; unfiled counts as none. */
export function committeeDataState(
  c: { filedOn?: string | null; termStart?: string | null; termEnd?: string | null } | null,
  today: string,
): CommitteeDataState {
  if (!c?.filedOn || !c.termStart || !c.termEnd || c.termStart > today) return 'NONE';
  return c.termEnd >= today ? 'IN_TERM' : 'EXPIRED';
}

export interface TownshipDataRowFacts extends CommunityDataFacts {
  households: number;
  floorArea: number;
  committee: CommitteeDataState;
  /** The serving firm (ENTERPRISE mode) with its standing, and today's project manager with theirs. */
  enterprise: { id: string; grade: CreditGrade; listStatus: ListStatus } | null;
  manager: { id: string; grade: CreditGrade } | null;
}

export interface GradeCount {
  grade: CreditGrade;
  count: number;
}

export interface TownshipDataSummary {
  /** 物业管理项目数量 and 服务区面积 */
  communities: number;
  households: number;
  floorArea: number;
  /** 物业管理用房: the recorded total, and how many communities have it recorded (0 included). */
  officeArea: number;
  officeRecorded: number;
  /** 物业服务企业情况: communities by service mode, and the distinct serving firms by grade and list. */
  byServiceMode: Record<ServiceMode, number>;
  firms: number;
  firmsByGrade: GradeCount[];
  firmsRedListed: number;
  firmsBlackListed: number;
  /** 项目经理诚信情况: the distinct managers appointed today, by grade. */
  managers: number;
  managersByGrade: GradeCount[];
  /** 业主委员会情况 */
  committeesInTerm: number;
  committeesExpired: number;
  /** Communities with nothing left to record, and the gaps left in all. */
  complete: number;
  gaps: number;
}

const GRADES: CreditGrade[] = ['AAA', 'AA', 'A', 'B', 'C'];
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The township's archive in figures: each item of the seed's list summed over its communities. */
export function summariseTownshipData(rows: readonly TownshipDataRowFacts[]): TownshipDataSummary {
  const firms = new Map<string, { grade: CreditGrade; listStatus: ListStatus }>();
  const managers = new Map<string, CreditGrade>();
  const byServiceMode: Record<ServiceMode, number> = { ENTERPRISE: 0, BASIC_SERVICE: 0, SELF_MANAGED: 0, NONE: 0 };
  let households = 0;
  let floorArea = 0;
  let officeArea = 0;
  let officeRecorded = 0;
  let committeesInTerm = 0;
  let committeesExpired = 0;
  let complete = 0;
  let gaps = 0;
  for (const r of rows) {
    households += r.households;
    floorArea += r.floorArea;
    if (r.officeArea != null) {
      officeArea += r.officeArea;
      officeRecorded += 1;
    }
    byServiceMode[r.serviceMode] += 1;
    if (r.enterprise) firms.set(r.enterprise.id, r.enterprise);
    if (r.manager) managers.set(r.manager.id, r.manager.grade);
    if (r.committee === 'IN_TERM') committeesInTerm += 1;
    if (r.committee === 'EXPIRED') committeesExpired += 1;
    const g = communityDataGaps(r).length;
    gaps += g;
    if (!g) complete += 1;
  }
  const byGrade = (grades: CreditGrade[]) => GRADES.map((grade) => ({ grade, count: grades.filter((x) => x === grade).length }));
  const firmList = [...firms.values()];
  return {
    communities: rows.length,
    households,
    floorArea: round1(floorArea),
    officeArea: round1(officeArea),
    officeRecorded,
    byServiceMode,
    firms: firmList.length,
    firmsByGrade: byGrade(firmList.map((f) => f.grade)),
    firmsRedListed: firmList.filter((f) => f.listStatus === 'RED').length,
    firmsBlackListed: firmList.filter((f) => f.listStatus === 'BLACK').length,
    managers: managers.size,
    managersByGrade: byGrade([...managers.values()]),
    committeesInTerm,
    committeesExpired,
    complete,
    gaps,
  };
}

/**
 * 报送建档: the township files its archive as of a day — a frozen copy of the rows and figures as they were, with who
 * filed and when — so the bureau keeps what the township reported, whatever the registry says later. The filing is
 * written by the township's own staff (the permission and scope of its work plan: townshipPlan:manage, same township).
 */
export const TOWNSHIP_DATA_ACTIONS = ['FILE'] as const;
export type TownshipDataAction = (typeof TOWNSHIP_DATA_ACTIONS)[number];

export interface TownshipDataFilingFacts {
  townshipId: string;
  /** Communities in the township's archive today. */
  communities: number;
  /** The day of the township's latest filing, if any. */
  lastFiledOn: string | null;
}

/**
 * Why the township cannot file today, or null: an archive without a community has nothing to file, and one filing a
 * day is enough (a later filing the same day would only repeat it; the day is the filing's "as of"). Gaps do not stop
 * a filing: the filing records them as they stand.
 */
export function townshipDataFilingIssue(facts: TownshipDataFilingFacts, today: string): FieldIssue | null {
  if (facts.communities <= 0) return { field: 'archive', code: 'NOTHING_TO_FILE' };
  if (facts.lastFiledOn != null && facts.lastFiledOn >= today) return { field: 'archive', code: 'ALREADY_FILED_TODAY', params: { date: facts.lastFiledOn } };
  return null;
}

/** FILE, offered to the township's own staff only, with why it cannot be taken today. */
export function townshipDataActions(
  facts: TownshipDataFilingFacts,
  who: Principal | null | undefined,
  today: string,
): ActionAvailability<TownshipDataAction>[] {
  if (townshipPlanScopeIssue({ townshipId: facts.townshipId }, who)) return [];
  return [availability('FILE', townshipDataFilingIssue(facts, today))];
}
