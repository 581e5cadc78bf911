import type { Role } from './enums.js';
import type { AgencyPosition } from './leasing/approvals.js';

/**
 * Who may do what, as data. A permission is `resource:action`; row scoping (which rows of a resource a
 * principal sees) is a separate rule, see `scopeOf`.
 */
export const RESOURCES = ['township', 'department', 'enterprise', 'projectManager', 'community', 'user', 'auditLog'] as const;
export type Resource = (typeof RESOURCES)[number];
export const ACTIONS = ['read', 'create', 'update'] as const;
export type Action = (typeof ACTIONS)[number];
/** Credit files (docs/product.md §5): records, objections, repair, ratings and the scoring standard. */
export const CREDIT_PERMISSIONS = [
  'credit:read',
  'credit:propose',
  'credit:decide',
  'objection:file',
  'repair:apply',
  'rating:read',
  'rating:prepare',
  'rating:publish',
  'standard:issue',
] as const;
export type CreditPermission = (typeof CREDIT_PERMISSIONS)[number];
/**
 * The closed loop (docs/product.md §4). `handle` is taking the item's workflow actions; which action a holder may
 * take on which item is the state machines' business (issueActorRelations, complaintActorRelations).
 */
export const CLOSED_LOOP_PERMISSIONS = [
  'issue:read',
  'issue:create',
  'issue:assign',
  'issue:handle',
  'inspection:read',
  'inspection:create',
  'complaint:read',
  'complaint:create',
  'complaint:handle',
  'selfCheck:read',
  'selfCheck:submit',
] as const;
export type ClosedLoopPermission = (typeof CLOSED_LOOP_PERMISSIONS)[number];
/**
 * Campaign, KPIs and analytics (docs/product.md §6–7): KPI figures, the campaign's plan and routines, the monthly
 * bulletin, aggregates and exports, and personal read-only API tokens.
 */
export const ANALYTICS_PERMISSIONS = [
  'kpi:read',
  'campaign:read',
  'campaign:manage',
  'milestone:complete',
  'bulletin:read',
  'bulletin:prepare',
  'bulletin:publish',
  'aggregate:read',
  'export:read',
  'apiToken:manage',
] as const;
export type AnalyticsPermission = (typeof ANALYTICS_PERMISSIONS)[number];
/**
 * Owners' committees (issue 13): `read` is the register and the elections (townships their area, firms the communities
 * they serve), `manage` is running an election with the preparatory group and filing the committee. Published results
 * and ballot lists are public (no permission).
 */
export const COMMITTEE_PERMISSIONS = ['committee:read', 'committee:manage'] as const;
export type CommitteePermission = (typeof COMMITTEE_PERMISSIONS)[number];
/** 双随机一公开: the bureau keeps the inspector pool and makes, publishes and follows up draws; others read theirs. */
export const RANDOM_INSPECTION_PERMISSIONS = ['randomInspection:read', 'randomInspection:manage'] as const;
export type RandomInspectionPermission = (typeof RANDOM_INSPECTION_PERMISSIONS)[number];
/**
 * Leasing of an agency's state-owned property (issue 14): only the agency's working group (AGENCY) holds these, for its
 * own agency; which step of a workflow a member may take depends on their position (CLERK, DEPUTY, HEAD), checked by
 * the leasing service. The platform's other roles see nothing of it.
 */
export const LEASING_PERMISSIONS = ['lease:read', 'lease:manage'] as const;
export type LeasingPermission = (typeof LEASING_PERMISSIONS)[number];
/** Consequences of the black list and grade C (清出市场 with a handover; risk-based inspection): the bureau decides, others read theirs. */
export const CONSEQUENCE_PERMISSIONS = ['consequence:read', 'consequence:manage'] as const;
export type ConsequencePermission = (typeof CONSEQUENCE_PERMISSIONS)[number];
/**
 * A township's leader and work plan for the campaign (seed part 7 四(一)): the township writes and files its own; the
 * bureau, the departments and analysts read them (a township reads its own only, by row scope).
 */
export const TOWNSHIP_PLAN_PERMISSIONS = ['townshipPlan:read', 'townshipPlan:manage'] as const;
export type TownshipPlanPermission = (typeof TOWNSHIP_PLAN_PERMISSIONS)[number];
/** A firm's own improvement plan (docs/improvement-plans.md): the firm writes its own, the bureau and analysts read all. */
export const IMPROVEMENT_PLAN_PERMISSIONS = ['improvementPlan:read', 'improvementPlan:write'] as const;
export type ImprovementPlanPermission = (typeof IMPROVEMENT_PLAN_PERMISSIONS)[number];
/**
 * 建设单位 (docs/developers.md): the bureau keeps the developer registry; departments, townships and analysts read it;
 * a firm manager reads the developers of its own communities (row scope), their contact masked.
 */
export const DEVELOPER_PERMISSIONS = ['developer:read', 'developer:manage'] as const;
export type DeveloperPermission = (typeof DEVELOPER_PERMISSIONS)[number];
/** 向上级推荐信用升级: regulators propose and (another one) approve; analysts read the list. */
export const RECOMMENDATION_PERMISSIONS = ['recommendation:read', 'recommendation:manage'] as const;
export type RecommendationPermission = (typeof RECOMMENDATION_PERMISSIONS)[number];
/**
 * Special inspections (专项检查, docs/special-inspections.md): a department runs those of its remit's types and reads its
 * own; the bureau reads all; a firm reads those of the communities it serves.
 */
export const SPECIAL_INSPECTION_PERMISSIONS = ['specialInspection:read', 'specialInspection:run'] as const;
export type SpecialInspectionPermission = (typeof SPECIAL_INSPECTION_PERMISSIONS)[number];
/**
 * The campaign's records (docs/campaign-records.md): meeting minutes are written by the bureau or by the department or
 * township that held the meeting (minutes:write) and approved by a regulator other than the writer (minutes:approve);
 * the bureau writes, publishes and withdraws the public publicity column's articles (publicity:manage).
 */
export const RECORDS_PERMISSIONS = ['minutes:write', 'minutes:approve', 'publicity:manage'] as const;
export type RecordsPermission = (typeof RECORDS_PERMISSIONS)[number];
/** Operations (issue 18): the scheduled jobs' runs, read-only, for administrators. */
export const OPERATIONS_PERMISSIONS = ['jobRun:read'] as const;
export type OperationsPermission = (typeof OPERATIONS_PERMISSIONS)[number];
export type Permission =
  | `${Resource}:${Action}`
  | CreditPermission
  | ClosedLoopPermission
  | AnalyticsPermission
  | CommitteePermission
  | RandomInspectionPermission
  | LeasingPermission
  | ConsequencePermission
  | TownshipPlanPermission
  | ImprovementPlanPermission
  | DeveloperPermission
  | RecommendationPermission
  | SpecialInspectionPermission
  | RecordsPermission
  | OperationsPermission;

const READ_REGISTRY: Permission[] = ['township:read', 'department:read', 'enterprise:read', 'projectManager:read', 'community:read'];
const WRITE_REGISTRY: Permission[] = [
  'township:create',
  'township:update',
  'department:create',
  'department:update',
  'enterprise:create',
  'enterprise:update',
  'projectManager:create',
  'projectManager:update',
  'community:create',
  'community:update',
];

/** The bureau keeps the credit files: proposes records, decides objections and repairs, prepares ratings. */
const BUREAU_CREDIT: Permission[] = ['credit:read', 'credit:propose', 'credit:decide', 'rating:read', 'rating:prepare'];

/** The bureau runs inspections, takes complaints in, assigns and closes issues. */
const BUREAU_CLOSED_LOOP: Permission[] = [
  'issue:read',
  'issue:create',
  'issue:assign',
  'issue:handle',
  'inspection:read',
  'inspection:create',
  'complaint:read',
  'complaint:create',
  'complaint:handle',
  'selfCheck:read',
];
const READ_CLOSED_LOOP: Permission[] = ['issue:read', 'inspection:read', 'complaint:read', 'selfCheck:read'];
/** Every signed-in role sees its own slice of the KPIs and the campaign; exports follow the same scoping. */
const READ_ANALYTICS: Permission[] = ['kpi:read', 'campaign:read', 'export:read'];
/** The bureau runs the campaign and drafts and reviews the bulletin; only ADMIN publishes it. */
const BUREAU_ANALYTICS: Permission[] = [...READ_ANALYTICS, 'campaign:manage', 'milestone:complete', 'bulletin:read', 'bulletin:prepare', 'aggregate:read'];
/** Townships run elections in their area; the bureau (住建) may run any and files them. */
const RUN_COMMITTEES: Permission[] = ['committee:read', 'committee:manage'];
const RUN_RANDOM_INSPECTIONS: Permission[] = ['randomInspection:read', 'randomInspection:manage'];
/** The bureau expels and runs handovers; everyone else reads the handovers and inspection plan rows in their scope. */
const DECIDE_CONSEQUENCES: Permission[] = ['consequence:read', 'consequence:manage'];
/** The bureau writes and approves meeting minutes and keeps the publicity column. */
const KEEP_RECORDS: Permission[] = ['minutes:write', 'minutes:approve', 'publicity:manage'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // Only ADMIN publishes ratings and issues scoring-standard versions.
  ADMIN: [
    ...READ_REGISTRY,
    ...WRITE_REGISTRY,
    'user:read',
    'user:create',
    'user:update',
    'auditLog:read',
    'jobRun:read',
    ...BUREAU_CREDIT,
    'rating:publish',
    'standard:issue',
    ...BUREAU_CLOSED_LOOP,
    ...BUREAU_ANALYTICS,
    'bulletin:publish',
    ...RUN_COMMITTEES,
    ...RUN_RANDOM_INSPECTIONS,
    ...DECIDE_CONSEQUENCES,
    ...KEEP_RECORDS,
    'townshipPlan:read',
    'improvementPlan:read',
    'developer:read',
    'developer:manage',
    'recommendation:read',
    'recommendation:manage',
    'specialInspection:read',
  ],
  REGULATOR: [
    ...READ_REGISTRY,
    ...WRITE_REGISTRY,
    ...BUREAU_CREDIT,
    ...BUREAU_CLOSED_LOOP,
    ...BUREAU_ANALYTICS,
    ...RUN_COMMITTEES,
    ...RUN_RANDOM_INSPECTIONS,
    ...DECIDE_CONSEQUENCES,
    ...KEEP_RECORDS,
    'townshipPlan:read',
    'improvementPlan:read',
    'developer:read',
    'developer:manage',
    'recommendation:read',
    'recommendation:manage',
    'specialInspection:read',
  ],
  // A department proposes credit records in its remit (see mayPropose); the bureau decides.
  // It handles the issues and complaints routed to it and may take complaints in.
  DEPARTMENT: [
    ...READ_REGISTRY,
    'credit:read',
    'credit:propose',
    'issue:read',
    'issue:handle',
    'complaint:read',
    'complaint:create',
    'complaint:handle',
    ...READ_ANALYTICS,
    // It completes the campaign milestones in its remit (those it is responsible for; see milestoneActions).
    'milestone:complete',
    // The minutes of a meeting it held (minutesWriterIssue).
    'minutes:write',
    'randomInspection:read',
    'consequence:read',
    'townshipPlan:read',
    'developer:read',
    // Its own special inspections, of the types its remit covers (runnableTypes).
    'specialInspection:read',
    'specialInspection:run',
  ],
  // Townships collect registry data for the communities in their area, report issues and log residents' complaints,
  // and handle the owners' committee matters routed to them (the rules allow only those: HANDLING_TOWNSHIP).
  TOWNSHIP: [
    ...READ_REGISTRY,
    'community:create',
    'community:update',
    'credit:read',
    ...READ_CLOSED_LOOP,
    'issue:create',
    'issue:handle',
    'complaint:create',
    'complaint:handle',
    ...READ_ANALYTICS,
    ...RUN_COMMITTEES,
    'randomInspection:read',
    'consequence:read',
    // Its leader and work plan for the campaign (townshipPlanScopeIssue: its own township only).
    'townshipPlan:read',
    'townshipPlan:manage',
    'developer:read',
    'minutes:write',
  ],
  // A firm keeps its own project-manager roster and reads, contests and repairs its own credit file.
  // It answers its assigned issues with evidence and submits self-checks.
  ENTERPRISE: [
    ...READ_REGISTRY,
    'projectManager:create',
    'projectManager:update',
    'credit:read',
    'objection:file',
    'repair:apply',
    ...READ_CLOSED_LOOP,
    'issue:handle',
    'selfCheck:submit',
    ...READ_ANALYTICS,
    'committee:read',
    'consequence:read',
    'improvementPlan:read',
    'improvementPlan:write',
    'developer:read',
    'specialInspection:read',
  ],
  // Analysts read everything and script against the API with their own read-only tokens.
  ANALYST: [
    ...READ_REGISTRY,
    'credit:read',
    'rating:read',
    ...READ_CLOSED_LOOP,
    ...READ_ANALYTICS,
    'bulletin:read',
    'aggregate:read',
    'apiToken:manage',
    'randomInspection:read',
    'consequence:read',
    'townshipPlan:read',
    'improvementPlan:read',
    'developer:read',
    'recommendation:read',
  ],
  // An agency's property working group (物业管理工作组) lets its own agency's property and sees nothing else.
  AGENCY: ['lease:read', 'lease:manage'],
};

export const ROLE_LABELS: Readonly<Record<Role, { 'zh-CN': string; en: string }>> = {
  ADMIN: { 'zh-CN': '系统管理员', en: 'administrator' },
  REGULATOR: { 'zh-CN': '监管人员', en: 'regulator' },
  DEPARTMENT: { 'zh-CN': '部门人员', en: 'department staff' },
  TOWNSHIP: { 'zh-CN': '乡镇（街道）人员', en: 'township staff' },
  ENTERPRISE: { 'zh-CN': '企业管理人员', en: 'firm manager' },
  ANALYST: { 'zh-CN': '数据分析人员', en: 'analyst' },
  AGENCY: { 'zh-CN': '机关物业管理工作组', en: 'agency property working group' },
};

/** The authenticated caller, as the rules see it. */
export interface Principal {
  userId: string;
  role: Role;
  townshipId?: string | null;
  departmentId?: string | null;
  enterpriseId?: string | null;
  /** AGENCY: the agency and the member's position in its working group. */
  agencyId?: string | null;
  position?: AgencyPosition | null;
}

export function can(principal: Principal | null | undefined, permission: Permission): boolean {
  if (!principal) return false;
  return ROLE_PERMISSIONS[principal.role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

/** Which rows a principal sees. Townships and departments (reference data) are visible to every signed-in role. */
export type RowScope = { kind: 'ALL' } | { kind: 'TOWNSHIP'; townshipId: string } | { kind: 'ENTERPRISE'; enterpriseId: string } | { kind: 'NONE' };

export function scopeOf(principal: Principal | null | undefined): RowScope {
  if (!principal) return { kind: 'NONE' };
  switch (principal.role) {
    case 'ADMIN':
    case 'REGULATOR':
    case 'ANALYST':
    case 'DEPARTMENT':
      return { kind: 'ALL' };
    case 'TOWNSHIP':
      return principal.townshipId ? { kind: 'TOWNSHIP', townshipId: principal.townshipId } : { kind: 'NONE' };
    case 'ENTERPRISE':
      return principal.enterpriseId ? { kind: 'ENTERPRISE', enterpriseId: principal.enterpriseId } : { kind: 'NONE' };
    case 'AGENCY':
      // The platform's registry is none of the agency's business; its own leasing rows are scoped by agencyId.
      return { kind: 'NONE' };
  }
}

/** Which scope fields a user of a role must have (and no others). */
export function requiredScopeField(role: Role): 'townshipId' | 'departmentId' | 'enterpriseId' | 'agencyId' | null {
  switch (role) {
    case 'TOWNSHIP':
      return 'townshipId';
    case 'DEPARTMENT':
      return 'departmentId';
    case 'ENTERPRISE':
      return 'enterpriseId';
    case 'AGENCY':
      return 'agencyId';
    default:
      return null;
  }
}
