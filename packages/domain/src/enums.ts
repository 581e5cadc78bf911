/** Enumerations of the registry (docs/product.md §2–3). Values are stable codes; labels live in i18n. */
export const ROLES = ['ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE', 'ANALYST', 'AGENCY'] as const;
export type Role = (typeof ROLES)[number];

export const ENTERPRISE_STATUSES = ['ACTIVE', 'SUSPENDED', 'EXPELLED'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

export const LIST_STATUSES = ['NONE', 'RED', 'BLACK'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export const CREDIT_GRADES = ['AAA', 'AA', 'A', 'B', 'C'] as const;
export type CreditGrade = (typeof CREDIT_GRADES)[number];

export const COMMUNITY_TYPES = ['NEW_RESIDENTIAL', 'OLD', 'OTHER'] as const;
export type CommunityType = (typeof COMMUNITY_TYPES)[number];

export const SERVICE_MODES = ['ENTERPRISE', 'BASIC_SERVICE', 'SELF_MANAGED', 'NONE'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

export const ISSUE_CATEGORIES = [
  'ILLEGAL_CONSTRUCTION',
  'SANITATION',
  'SAFETY_HAZARD',
  'FIRE',
  'ELEVATOR',
  'PARKING_SECURITY',
  'SERVICE_QUALITY',
  'FEES',
  'MAINTENANCE_FUND',
  'OWNERS_COMMITTEE',
  'ELDERLY_CARE',
  'BUILDING_QUALITY',
  /** 无资质/未备案经营者: someone providing property services without registration (issue 16); the bureau's. */
  'UNLICENSED_OPERATOR',
] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

/** A scheduled job's run (issue 18): claimed and running, finished, or failed (retried on a later tick). */
export const JOB_RUN_STATES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type JobRunState = (typeof JOB_RUN_STATES)[number];
