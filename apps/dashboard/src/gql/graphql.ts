/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (Asia/Shanghai) */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON */
  JSON: { input: unknown; output: unknown; }
};

export type AgencyPosition =
  | 'CLERK'
  | 'DEPUTY'
  | 'HEAD';

export type AggregateDimension =
  | 'CATEGORY'
  | 'CHANNEL'
  | 'DEPARTMENT'
  | 'ENTERPRISE'
  | 'GRADE'
  | 'ITEM_CODE'
  | 'MONTH'
  | 'STATE'
  | 'TOWNSHIP';

export type AggregateFilter = {
  category?: InputMaybe<IssueCategory>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Issue/complaint state, record status or list status */
  state?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type AggregateSubject =
  | 'COMPLAINTS'
  | 'CREDIT_RECORDS'
  | 'ENTERPRISES'
  | 'ISSUES';

export type ApprovalStep =
  | 'APPROVE'
  | 'REVIEW'
  | 'SIGN';

export type ArticleAction =
  | 'EDIT'
  | 'PUBLISH'
  | 'WITHDRAW';

export type ArticleInput = {
  body: Scalars['String']['input'];
  kind: ArticleKind;
  source?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type ArticleKind =
  | 'NEWS'
  | 'NOTICE'
  | 'TYPICAL_CASE';

export type ArticleStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'WITHDRAWN';

export type AssemblyForm =
  | 'MEETING'
  | 'MIXED'
  | 'ONLINE'
  | 'WRITTEN';

/** The first assembly: time, place, form and agenda (seed part 2 item 5.1) */
export type AssemblyInput = {
  agenda: Scalars['String']['input'];
  at: Scalars['DateTime']['input'];
  form: AssemblyForm;
  place: Scalars['String']['input'];
};

/** Assign every new issue at once: to the serving firm and the department owning its category */
export type AssignFindingsInput = {
  deadline: Scalars['Date']['input'];
  measures: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type AssignIssueInput = {
  /** Not before today (Asia/Shanghai) */
  deadline: Scalars['Date']['input'];
  /** Defaults to the department owning the category */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the serving enterprise recorded on the issue */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  measures: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type AttendeeKind =
  | 'COMMITTEE_MEMBER'
  | 'OTHER'
  | 'PROJECT_MANAGER'
  | 'TOWNSHIP_STAFF';

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the action, actor or target */
  q?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditLogSortField =
  | 'action'
  | 'at'
  | 'entityType'
  | 'id';

export type BidInput = {
  annualRentFen: Scalars['Int']['input'];
  bidderContact: Scalars['String']['input'];
  bidderName: Scalars['String']['input'];
  /** Term asked for, in months */
  months: Scalars['Int']['input'];
  tenderId: Scalars['ID']['input'];
  /** A LeaseTrade code; prohibited trades are refused */
  trade: Scalars['String']['input'];
};

export type BidState =
  | 'LOST'
  | 'PLACED'
  | 'WON';

export type BulletinAction =
  | 'PUBLISH'
  | 'REGENERATE'
  | 'REVIEW';

export type BulletinStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'REVIEWED';

export type ChecklistSection =
  | 'CLEANING'
  | 'CUSTOMER_SERVICE'
  | 'ELEVATOR'
  | 'FACILITIES'
  | 'FEE_DISCLOSURE'
  | 'FIRE'
  | 'GREENING'
  | 'SECURITY';

export type CommitteeDataState =
  | 'EXPIRED'
  | 'IN_TERM'
  | 'NONE';

export type CommitteePosition =
  | 'CHAIR'
  | 'MEMBER'
  | 'VICE_CHAIR';

export type CommitteeRegisterStatus =
  | 'ELECTED'
  | 'EXPIRED'
  | 'FILED'
  | 'NONE'
  | 'PREPARING'
  | 'VOTING';

export type CommitteeTermState =
  | 'ENDING_SOON'
  | 'EXPIRED'
  | 'IN_TERM';

export type CommunityFilter = {
  /** Serving enterprise */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the name or address */
  q?: InputMaybe<Scalars['String']['input']>;
  serviceMode?: InputMaybe<ServiceMode>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<CommunityType>;
};

export type CommunityInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contractEnd?: InputMaybe<Scalars['Date']['input']>;
  contractStart?: InputMaybe<Scalars['Date']['input']>;
  deliveryDate?: InputMaybe<Scalars['Date']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  floorArea: Scalars['Float']['input'];
  households: Scalars['Int']['input'];
  maintenanceFundBalance?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  officeArea?: InputMaybe<Scalars['Float']['input']>;
  serviceMode: ServiceMode;
  townshipId: Scalars['ID']['input'];
  type: CommunityType;
};

export type CommunitySortField =
  | 'contractEnd'
  | 'createdAt'
  | 'deliveryDate'
  | 'floorArea'
  | 'households'
  | 'id'
  | 'name';

export type CommunityType =
  | 'NEW_RESIDENTIAL'
  | 'OLD'
  | 'OTHER';

export type CommunityUpdateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contractEnd?: InputMaybe<Scalars['Date']['input']>;
  contractStart?: InputMaybe<Scalars['Date']['input']>;
  deliveryDate?: InputMaybe<Scalars['Date']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  floorArea?: InputMaybe<Scalars['Float']['input']>;
  households?: InputMaybe<Scalars['Int']['input']>;
  maintenanceFundBalance?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  officeArea?: InputMaybe<Scalars['Float']['input']>;
  serviceMode?: InputMaybe<ServiceMode>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<CommunityType>;
};

export type ComplaintAction =
  | 'CLOSE'
  | 'REJECT'
  | 'RESOLVE'
  | 'RESPOND'
  | 'ROUTE'
  | 'TURN_INTO_ISSUE';

export type ComplaintChannel =
  | 'BOARD'
  | 'EMAIL'
  | 'HOTLINE'
  | 'PETITION'
  | 'WALL'
  | 'WEB';

export type ComplaintFilter = {
  category?: InputMaybe<IssueCategory>;
  channel?: InputMaybe<ComplaintChannel>;
  /** Closed (after the follow-up visit) on or after this day */
  closedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Closed (after the follow-up visit) on or before this day */
  closedTo?: InputMaybe<Scalars['Date']['input']>;
  collective?: InputMaybe<Scalars['Boolean']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  followUpRating?: InputMaybe<FollowUpRating>;
  /** true: routed to the community's township (owners' committee matters) */
  handledByTownship?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: not CLOSED; false: CLOSED */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Open and past its first-response or resolution limit now */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text in the content */
  q?: InputMaybe<Scalars['String']['input']>;
  /** true: the follow-up visit gave a rating (the satisfaction KPI counts these); false: none yet */
  rated?: InputMaybe<Scalars['Boolean']['input']>;
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
  state?: InputMaybe<ComplaintState>;
  states?: InputMaybe<Array<ComplaintState>>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type ComplaintInput = {
  /** An IssueCategory code: routes the complaint to the department owning it (OWNERS_COMMITTEE: to the community's township) */
  category: Scalars['String']['input'];
  channel: ComplaintChannel;
  communityId: Scalars['ID']['input'];
  /** Default 1; ≥ 10 is a collective complaint */
  complainantCount?: InputMaybe<Scalars['Int']['input']>;
  complainantName?: InputMaybe<Scalars['String']['input']>;
  complainantPhone?: InputMaybe<Scalars['String']['input']>;
  content: Scalars['String']['input'];
  /** Defaults to the community’s serving enterprise */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** When it came in (default now; not in the future); the SLA clocks run from here */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  subtype?: InputMaybe<Scalars['String']['input']>;
};

export type ComplaintSortField =
  | 'category'
  | 'complainantCount'
  | 'createdAt'
  | 'id'
  | 'receivedAt'
  | 'state';

export type ComplaintState =
  | 'CLOSED'
  | 'RECEIVED'
  | 'REJECTED'
  | 'RESOLVED'
  | 'RESPONDED'
  | 'ROUTED'
  | 'TURNED_INTO_ISSUE';

export type CounterRole =
  | 'MONITOR'
  | 'TELLER';

export type CreditGrade =
  | 'A'
  | 'AA'
  | 'AAA'
  | 'B'
  | 'C';

export type CreditRecordAction =
  | 'APPLY_REPAIR'
  | 'DECIDE_OBJECTION'
  | 'OBJECT'
  | 'PUBLICIZE'
  | 'REVOKE';

export type CreditRecordFilter = {
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemCode?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** true: deductions only; false: positive records only */
  negative?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text in the reason or item code */
  q?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['String']['input']>;
  sourceType?: InputMaybe<CreditSourceType>;
  status?: InputMaybe<CreditRecordStatus>;
  statuses?: InputMaybe<Array<CreditRecordStatus>>;
  subjectType?: InputMaybe<CreditSubjectType>;
};

export type CreditRecordSortField =
  | 'createdAt'
  | 'effectiveFrom'
  | 'expiresOn'
  | 'id'
  | 'itemCode'
  | 'points'
  | 'status';

export type CreditRecordStatus =
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'OBJECTED'
  | 'PROPOSED'
  | 'PUBLICIZING'
  | 'REPAIRED'
  | 'REVOKED';

export type CreditSourceType =
  | 'APPOINTMENT'
  | 'COMPLAINT'
  | 'INSPECTION'
  | 'ISSUE'
  | 'MANUAL'
  | 'RATING'
  | 'SURVEY';

export type CreditSubjectType =
  | 'ENTERPRISE'
  | 'MANAGER';

export type DeductionInput = {
  /** Checklist item id, e.g. SEC-01 */
  itemId: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** 0 … the item’s maxDeduction, in steps of 0.5 */
  points: Scalars['Float']['input'];
};

export type DepartmentFilter = {
  /** Departments owning this category */
  category?: InputMaybe<IssueCategory>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the name or code */
  q?: InputMaybe<Scalars['String']['input']>;
};

export type DepartmentInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  remit: Array<IssueCategory>;
};

export type DepartmentSortField =
  | 'code'
  | 'createdAt'
  | 'id'
  | 'name';

export type DepartmentUpdateInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  remit?: InputMaybe<Array<IssueCategory>>;
};

export type DeveloperFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the name or USCC */
  q?: InputMaybe<Scalars['String']['input']>;
};

export type DeveloperInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** 统一社会信用代码 (checked like a firm’s) */
  uscc: Scalars['String']['input'];
};

export type DeveloperSortField =
  | 'createdAt'
  | 'id'
  | 'name'
  | 'uscc';

export type DeveloperUpdateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  uscc?: InputMaybe<Scalars['String']['input']>;
};

export type DrawMethod =
  | 'EQUAL'
  | 'RISK_WEIGHTED';

export type DutyAnswerInput = {
  code: Scalars['String']['input'];
  result: DutyResult;
};

export type DutyResult =
  | 'MET'
  | 'NOT_APPLICABLE'
  | 'NOT_MET';

export type ElectionAction =
  | 'ADD_COUNTER'
  | 'CALL_SUPPLEMENTARY'
  | 'CAST'
  | 'CLOSE_VOTING'
  | 'COUNT'
  | 'ELECT_OFFICERS'
  | 'ENTER_PAPER'
  | 'FILE'
  | 'FREEZE_ROLL'
  | 'ISSUE_CODES'
  | 'MOVE_RECALL'
  | 'NOMINATE'
  | 'OPEN_VOTING'
  | 'PUBLICISE'
  | 'RECORD_RECALL_VOTE'
  | 'RECORD_VACANCY'
  | 'REVIEW_DUTIES'
  | 'SETTLE_TIE'
  | 'SIGN_IN_PAPER'
  | 'SIGN_OFF';

export type ElectionStatus =
  | 'COUNTING'
  | 'ELECTED'
  | 'EXPIRED'
  | 'FILED'
  | 'PREPARING'
  | 'PUBLICISED'
  | 'ROLL_FROZEN'
  | 'VOID'
  | 'VOTING';

export type ElectionVoidReason =
  | 'BALLOTS_EXCEED_VOTERS'
  | 'QUORUM_NOT_MET';

export type EnterpriseFilter = {
  grade?: InputMaybe<CreditGrade>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  listStatus?: InputMaybe<ListStatus>;
  /** Text in the name, USCC, legal representative or address */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EnterpriseStatus>;
  /** Registered township */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type EnterpriseInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  legalRepresentative: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status?: InputMaybe<EnterpriseStatus>;
  townshipId: Scalars['ID']['input'];
  uscc: Scalars['String']['input'];
};

export type EnterpriseSortField =
  | 'createdAt'
  | 'id'
  | 'name'
  | 'score'
  | 'status'
  | 'uscc';

export type EnterpriseStatus =
  | 'ACTIVE'
  | 'EXPELLED'
  | 'SUSPENDED';

export type EnterpriseUpdateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EnterpriseStatus>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  uscc?: InputMaybe<Scalars['String']['input']>;
};

export type ExpulsionAction =
  | 'EXPEL';

export type ExpulsionInput = {
  /** Defaults to today */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 决定文号 */
  decisionNo: Scalars['String']['input'];
  enterpriseId: Scalars['ID']['input'];
  /** Defaults to the policy’s days after the decision */
  handoverDeadline?: InputMaybe<Scalars['Date']['input']>;
  reason: Scalars['String']['input'];
};

export type FollowUpRating =
  | 'BASICALLY_SATISFIED'
  | 'DISSATISFIED'
  | 'SATISFIED';

export type HandoverAction =
  | 'APPOINT_SUCCESSOR'
  | 'CHECK_ITEM'
  | 'COMPLETE';

export type HandoverItem =
  | 'ACCOUNTS'
  | 'ARCHIVES'
  | 'FACILITIES'
  | 'KEYS'
  | 'OWNERS_NOTIFIED'
  | 'PREMISES';

export type HandoverStatus =
  | 'COMPLETED'
  | 'OPEN';

export type ImprovementPlanAction =
  | 'ASSESS'
  | 'EDIT'
  | 'SIGN_OFF'
  | 'SUBMIT'
  | 'UPDATE_MEASURE';

export type ImprovementPlanInput = {
  coordinator: Scalars['String']['input'];
  goals: Scalars['String']['input'];
  measures: Array<PlanMeasureInput>;
  owners: Array<ServiceLineOwnerInput>;
  periodFrom: Scalars['Date']['input'];
  periodTo: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type ImprovementPlanStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'SIGNED_OFF';

export type InboxReason =
  | 'ASSIGNED'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'RECTIFYING'
  | 'RETURNED'
  | 'TO_ASSIGN'
  | 'TO_VERIFY';

export type InspectionDueStatus =
  | 'DUE'
  | 'NOT_DUE'
  | 'OVERDUE';

export type InspectionFilter = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  grade?: InputMaybe<InspectionGrade>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<InspectionKind>;
  /** Text in the inspectors or the note */
  q?: InputMaybe<Scalars['String']['input']>;
  refusedToCooperate?: InputMaybe<Scalars['Boolean']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type InspectionGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type InspectionInput = {
  communityId: Scalars['ID']['input'];
  /** Not after today */
  date: Scalars['Date']['input'];
  /** Items not listed deduct nothing */
  deductions?: InputMaybe<Array<DeductionInput>>;
  inspectors: Scalars['String']['input'];
  kind: InspectionKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The firm refused: no score is taken (proposes B10) */
  refusedToCooperate?: InputMaybe<Scalars['Boolean']['input']>;
};

export type InspectionKind =
  | 'RANDOM'
  | 'SCHEDULED'
  | 'UNANNOUNCED';

export type InspectionSortField =
  | 'createdAt'
  | 'date'
  | 'grade'
  | 'id'
  | 'kind'
  | 'score';

export type IssueAction =
  | 'ACKNOWLEDGE'
  | 'ASSIGN'
  | 'CLOSE'
  | 'FLAG'
  | 'RECORD_REFUSAL'
  | 'RETURN'
  | 'SUBMIT'
  | 'UNFLAG';

/** Issue and complaint categories (docs/product.md §4), each owned by one department */
export type IssueCategory =
  | 'BUILDING_QUALITY'
  | 'ELDERLY_CARE'
  | 'ELEVATOR'
  | 'FEES'
  | 'FIRE'
  | 'ILLEGAL_CONSTRUCTION'
  | 'MAINTENANCE_FUND'
  | 'OWNERS_COMMITTEE'
  | 'PARKING_SECURITY'
  | 'SAFETY_HAZARD'
  | 'SANITATION'
  | 'SERVICE_QUALITY'
  | 'UNLICENSED_OPERATOR';

export type IssueFilter = {
  category?: InputMaybe<IssueCategory>;
  /** Closed (销号) on or after this day */
  closedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Closed (销号) on or before this day */
  closedTo?: InputMaybe<Scalars['Date']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  createdFrom?: InputMaybe<Scalars['Date']['input']>;
  createdTo?: InputMaybe<Scalars['Date']['input']>;
  deadlineFrom?: InputMaybe<Scalars['Date']['input']>;
  deadlineTo?: InputMaybe<Scalars['Date']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Warranty issues whose repair this developer owes */
  developerId?: InputMaybe<Scalars['ID']['input']>;
  /** Open, not overdue, deadline within this many days (“due this week”: 7) */
  dueWithinDays?: InputMaybe<Scalars['Int']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  flagged?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: handled by the community's township (owners' committee matters) */
  handledByTownship?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only issues waiting on the caller (firm: to rectify; department, or township for owners' committee matters: to verify; bureau: to assign or verify) */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: not CLOSED; false: CLOSED */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Overdue as of the end of this day: registered by then, still open then, deadline day before it (the overdue-issues KPI of a past period) */
  overdueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Text in the title, description or measures */
  q?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<IssueSource>;
  /** With `source`: the issues of one inspection, complaint or self-check */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<IssueState>;
  states?: InputMaybe<Array<IssueState>>;
  subtype?: InputMaybe<Scalars['String']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** A township report or an issue the bureau registers directly (other sources come from their own flows) */
export type IssueInput = {
  /** An IssueCategory code (checked, so an unknown one gets a clear error) */
  category: Scalars['String']['input'];
  communityId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  subtype?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** A building-quality issue’s element (保修部位) */
  warrantyElement?: InputMaybe<WarrantyElement>;
};

export type IssueSortField =
  | 'category'
  | 'createdAt'
  | 'deadline'
  | 'id'
  | 'state'
  | 'title'
  | 'updatedAt';

export type IssueSource =
  | 'COMPLAINT'
  | 'INSPECTION'
  | 'SELF_CHECK'
  | 'SPECIAL_INSPECTION'
  | 'TOWNSHIP_REPORT';

export type IssueState =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'RECTIFYING'
  | 'REGISTERED'
  | 'SUBMITTED';

export type JobRunFilter = {
  /** Started at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  job?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<JobRunState>;
  /** Started at or before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type JobRunSortField =
  | 'id'
  | 'job'
  | 'startedAt'
  | 'state';

export type JobRunState =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type KpiCode =
  | 'CAMPAIGN_MILESTONES'
  | 'CLOSE_OFF_RATE'
  | 'COMMITTEE_FORMATION'
  | 'COMPLAINT_TIMELINESS'
  | 'CREDIT_DISTRIBUTION'
  | 'NEW_RESIDENTIAL_COVERAGE'
  | 'OLD_COMMUNITY_COVERAGE'
  | 'ON_TIME_RATE'
  | 'OVERDUE_ISSUES'
  | 'SATISFACTION'
  | 'TRAINING';

export type KpiDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER'
  | 'NONE'
  | 'RISING';

export type KpiFilter = {
  /** Issues and complaints of this category only */
  category?: InputMaybe<IssueCategory>;
  /** Issues and complaints routed to it; milestones it answers for */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type KpiGrouping =
  | 'DEPARTMENT'
  | 'ENTERPRISE'
  | 'MONTH'
  | 'TOWNSHIP';

export type KpiKind =
  | 'COUNT'
  | 'DISTRIBUTION'
  | 'RATIO';

export type KpiTargetStatus =
  | 'MET'
  | 'MISSED'
  | 'NO_DATA'
  | 'NO_TARGET';

export type LeaseConsentInput = {
  contractId: Scalars['ID']['input'];
  /** What is consented to */
  description: Scalars['String']['input'];
  /** Today at the latest */
  grantedOn: Scalars['Date']['input'];
  kind: LeaseConsentKind;
};

export type LeaseConsentKind =
  | 'ALTERATION'
  | 'SIGNAGE';

export type LeaseContractAction =
  | 'CONFIRM_TERMINATION'
  | 'PAY'
  | 'RECORD_CONSENT'
  | 'RENEW'
  | 'TERMINATE_FOR_POLICY';

export type LeaseContractFilter = {
  /** Ends on or after */
  endsFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Ends on or before */
  endsTo?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the contract number, tenant name or contact */
  q?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<LeaseContractState>;
  trade?: InputMaybe<LeaseTrade>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type LeaseContractInput = {
  /** The won bid */
  bidId: Scalars['ID']['input'];
  /** The day before the same day N whole months later */
  endDate: Scalars['Date']['input'];
  startDate: Scalars['Date']['input'];
  tenantContact?: InputMaybe<Scalars['String']['input']>;
};

export type LeaseContractSortField =
  | 'annualRentFen'
  | 'contractNo'
  | 'endDate'
  | 'id'
  | 'signedOn'
  | 'startDate'
  | 'state'
  | 'tenantName';

export type LeaseContractState =
  | 'ACTIVE'
  | 'ENDED'
  | 'FLAGGED'
  | 'RENEWED'
  | 'TERMINATED';

export type LeaseIncomeFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  source?: InputMaybe<LeasePaymentKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type LeaseIncomeSortField =
  | 'amountFen'
  | 'id'
  | 'receivedOn'
  | 'taxFen';

export type LeaseMeetingDecisionInput = {
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type LeaseMeetingInput = {
  agenda: Scalars['String']['input'];
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  heldAt: Scalars['DateTime']['input'];
  location: Scalars['String']['input'];
  participants: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type LeasePaymentFilter = {
  contractId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<LeasePaymentKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type LeasePaymentKind =
  | 'DEPOSIT'
  | 'DEPOSIT_APPLIED'
  | 'DEPOSIT_REFUND'
  | 'DEPOSIT_TOP_UP'
  | 'RENT'
  | 'RENT_REFUND';

export type LeasePaymentSortField =
  | 'amountFen'
  | 'id'
  | 'kind'
  | 'paidOn'
  | 'receiptNo';

export type LeasePolicyTerminationInput = {
  contractId: Scalars['ID']['input'];
  endDate: Scalars['Date']['input'];
  /** 规划需要、机构改革 … */
  reason: Scalars['String']['input'];
};

export type LeaseRenewalInput = {
  /** The market rent agreed for the new term */
  annualRentFen: Scalars['Int']['input'];
  contractId: Scalars['ID']['input'];
  endDate: Scalars['Date']['input'];
};

export type LeaseSafetyActionInput = {
  action: LeaseSafetyFindingAction;
  /** ASSIGN: by when (not before today) */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** REFER: the department; by default the one whose remit covers the category */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** ASSIGN: the rectification notice’s measures */
  measures?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type LeaseSafetyCheckInput = {
  checkedOn: Scalars['Date']['input'];
  findings: Array<LeaseSafetyFindingInput>;
  inspectors: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
};

export type LeaseSafetyFindingAction =
  | 'ACKNOWLEDGE'
  | 'ASSIGN'
  | 'CLOSE'
  | 'REFER'
  | 'RESOLVE'
  | 'RETURN'
  | 'SUBMIT';

export type LeaseSafetyFindingInput = {
  description: Scalars['String']['input'];
  item: LeaseSafetyItemCode;
};

export type LeaseSafetyFindingState =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'RECTIFYING'
  | 'REFERRED'
  | 'REGISTERED'
  | 'SUBMITTED';

export type LeaseSafetyItemCode =
  | 'ELECTRICAL_WIRING'
  | 'ESCAPE_ROUTE'
  | 'FIRE_EXTINGUISHER'
  | 'GAS'
  | 'OPEN_FLAME'
  | 'OTHER'
  | 'PROHIBITED_GOODS'
  | 'UNAUTHORISED_ALTERATION';

export type LeaseTerminationReason =
  | 'ARREARS'
  | 'POLICY';

export type LeaseTrade =
  | 'CATERING'
  | 'EDUCATION'
  | 'FIREWORKS'
  | 'FLAMMABLE_EXPLOSIVE'
  | 'HAZARDOUS_CHEMICALS'
  | 'HOTEL'
  | 'OFFICE'
  | 'RETAIL'
  | 'SERVICES'
  | 'STORAGE';

export type LeaseUnitAction =
  | 'ADD_PHOTO'
  | 'PUBLISH_TENDER'
  | 'REMOVE_PHOTO';

export type LeaseUnitFilter = {
  building?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<LeaseUnitKind>;
  /** Text in the building, floor, room or condition */
  q?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<LeaseUnitState>;
};

export type LeaseUnitInput = {
  /** Default: main structure, lines before the meters */
  agencyDuties?: InputMaybe<Scalars['String']['input']>;
  /** m², at most two decimals */
  area: Scalars['String']['input'];
  building: Scalars['String']['input'];
  condition: Scalars['String']['input'];
  floor: Scalars['String']['input'];
  kind: LeaseUnitKind;
  permittedUse: Array<LeaseTrade>;
  room: Scalars['String']['input'];
  /** Default: the seed’s list of the tenant’s duties */
  tenantDuties?: InputMaybe<Scalars['String']['input']>;
};

export type LeaseUnitKind =
  | 'ROOM'
  | 'SHOP';

export type LeaseUnitSortField =
  | 'areaCenti'
  | 'building'
  | 'createdAt'
  | 'floor'
  | 'id'
  | 'room'
  | 'state';

export type LeaseUnitState =
  | 'LET'
  | 'LISTED'
  | 'VACANT';

export type ListKind =
  | 'BLACK'
  | 'RED';

export type ListStatus =
  | 'BLACK'
  | 'NONE'
  | 'RED';

export type ManagerAppointmentInput = {
  communityId: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** 备案日期 (B11 looks at its distance from startDate) */
  registeredOn?: InputMaybe<Scalars['Date']['input']>;
  startDate: Scalars['Date']['input'];
};

export type MeetingKind =
  | 'JOINT'
  | 'MONTHLY_CONSULTATION';

export type MemberVoteInput = {
  candidateId: Scalars['ID']['input'];
  votes: Scalars['Int']['input'];
};

export type MeterInput = {
  code: Scalars['String']['input'];
  kind: MeterKind;
  /** A sub-meter’s master meter; none for a master meter */
  masterId?: InputMaybe<Scalars['ID']['input']>;
  /** Fen per kWh or m³ */
  priceFen: Scalars['Int']['input'];
  /** The unit a sub-meter serves */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type MeterKind =
  | 'ELECTRICITY'
  | 'WATER';

export type MeterLossState =
  | 'BILLED'
  | 'NEGATIVE'
  | 'NO_TENANTS';

export type MeterReadingFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  meterId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM */
  period?: InputMaybe<Scalars['String']['input']>;
};

export type MeterReadingInput = {
  meterId: Scalars['ID']['input'];
  /** YYYY-MM */
  period: Scalars['String']['input'];
  readOn: Scalars['Date']['input'];
  /** Hundredths of a kWh or m³; never below the previous reading */
  valueCenti: Scalars['Int']['input'];
};

export type MeterReadingSortField =
  | 'id'
  | 'period'
  | 'readOn'
  | 'valueCenti';

export type MilestoneAction =
  | 'COMPLETE';

export type MilestoneState =
  | 'DONE_LATE'
  | 'DONE_ON_TIME'
  | 'OVERDUE'
  | 'PENDING';

export type MilestoneStatus =
  | 'DONE'
  | 'PENDING';

export type MinutesAction =
  | 'APPROVE'
  | 'EDIT'
  | 'RETURN'
  | 'SUBMIT';

export type MinutesStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'SUBMITTED';

export type NominationRoute =
  | 'GROUP'
  | 'JOINT'
  | 'REPRESENTATIVES'
  | 'SELF'
  | 'SINGLE_OWNER';

export type ObjectionAction =
  | 'DECIDE';

export type ObjectionFilter = {
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the statement */
  q?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ObjectionStatus>;
};

export type ObjectionSortField =
  | 'filedAt'
  | 'id'
  | 'status';

export type ObjectionStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type OfficerInput = {
  candidateId: Scalars['ID']['input'];
  position: OfficerPosition;
  votes: Scalars['Int']['input'];
};

export type OfficerPosition =
  | 'CHAIR'
  | 'VICE_CHAIR';

/** One row of the owners’ sheet: one owner of a unit (co-owners repeat the unit); no owner on an unsold unit */
export type OwnerRowInput = {
  /** Exclusive area, m², at most two decimals */
  area: Scalars['String']['input'];
  building: Scalars['String']['input'];
  /** Kept only as a hash (the owner identity) and masked */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  ownerName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  room: Scalars['String']['input'];
  unitNo?: InputMaybe<Scalars['String']['input']>;
};

export type PlanLineScoreInput = {
  line: ServiceLine;
  note?: InputMaybe<Scalars['String']['input']>;
  /** 0–100 */
  score: Scalars['Int']['input'];
};

export type PlanMeasureInput = {
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  line: ServiceLine;
  /** A template measure; its text is used unless `text` is given */
  templateCode?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type PlanMeasureStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type PlanStage =
  | 'IMPLEMENT'
  | 'MOBILISE'
  | 'REVIEW';

export type PoolInspectorInput = {
  badgeNo: Scalars['String']['input'];
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type PreparatoryMemberInput = {
  name: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

export type ProjectManagerFilter = {
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the name or certificate no. */
  q?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectManagerInput = {
  certificateNo: Scalars['String']['input'];
  enterpriseId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectManagerSortField =
  | 'certificateNo'
  | 'createdAt'
  | 'id'
  | 'name'
  | 'score';

export type ProjectManagerUpdateInput = {
  certificateNo?: InputMaybe<Scalars['String']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type ProposeCreditRecordInput = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  effectiveFrom: Scalars['Date']['input'];
  /** Required for an enterprise record */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  evidence?: InputMaybe<Scalars['String']['input']>;
  itemCode: Scalars['String']['input'];
  /** Required for a manager record (its firm is the manager’s employer) */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  sourceId?: InputMaybe<Scalars['String']['input']>;
  sourceType?: InputMaybe<CreditSourceType>;
  subjectType?: InputMaybe<CreditSubjectType>;
};

export type PublicComplaintStatus =
  | 'ACCEPTED'
  | 'ANSWERED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'REJECTED';

export type RandomDrawAction =
  | 'PERFORM'
  | 'PUBLISH'
  | 'RECORD_RESULT';

export type RandomDrawInput = {
  communityCount: Scalars['Int']['input'];
  dueBy: Scalars['Date']['input'];
  /** RISK_WEIGHTED or EQUAL (see randomInspectionPolicies); the latest version in force is used */
  policyCode: Scalars['String']['input'];
  /** Defaults to the policy’s */
  teamSize?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};

export type RandomDrawResultInput = {
  /** Between the draw and today */
  date: Scalars['Date']['input'];
  deductions?: InputMaybe<Array<DeductionInput>>;
  drawnCommunityId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  refusedToCooperate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Put every finding into the closed-loop ledger at once */
  turnFindings?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RandomDrawStatus =
  | 'DRAWN'
  | 'PLANNED'
  | 'PUBLISHED';

export type RatingAction =
  | 'PREPARE'
  | 'PUBLISH'
  | 'REVIEW';

export type RatingStatus =
  | 'PREPARED'
  | 'PUBLISHED'
  | 'REVIEWED';

export type RecallOutcome =
  | 'CARRIED'
  | 'DEFEATED';

export type RecommendationAction =
  | 'APPROVE'
  | 'REJECT';

export type RecommendationStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

export type RentInstalmentFilter = {
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Due on or after */
  dueFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Due on or before */
  dueTo?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Open and past its due date today (Asia/Shanghai) */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  state?: InputMaybe<RentInstalmentState>;
};

export type RentInstalmentSortField =
  | 'amountFen'
  | 'dueDate'
  | 'id'
  | 'paidFen'
  | 'seq'
  | 'state';

export type RentInstalmentState =
  | 'CANCELLED'
  | 'OPEN'
  | 'PAID';

export type RentPaymentInput = {
  /** Never more than is still owed on the instalment */
  amountFen: Scalars['Int']['input'];
  instalmentId: Scalars['ID']['input'];
  paidOn: Scalars['Date']['input'];
};

export type RepairAction =
  | 'APPROVE'
  | 'REFUSE';

export type RepairApplicationFilter = {
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the commitment */
  q?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RepairStatus>;
};

export type RepairApplicationSortField =
  | 'appliedAt'
  | 'id'
  | 'status';

export type RepairStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REFUSED';

export type Role =
  | 'ADMIN'
  | 'AGENCY'
  | 'ANALYST'
  | 'DEPARTMENT'
  | 'ENTERPRISE'
  | 'REGULATOR'
  | 'TOWNSHIP';

export type SatisfactionSurveyInput = {
  closesOn: Scalars['Date']['input'];
  communityId: Scalars['ID']['input'];
  opensOn: Scalars['Date']['input'];
  /** Households sampled; default one in ten (at least 5, at most 200) */
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};

export type SelfCheckFilter = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  grade?: InputMaybe<InspectionGrade>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type SelfCheckInput = {
  /** A community the caller’s firm serves */
  communityId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  deductions?: InputMaybe<Array<DeductionInput>>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type SelfCheckSortField =
  | 'createdAt'
  | 'date'
  | 'id'
  | 'score';

export type ServiceLine =
  | 'BUILDING'
  | 'CLEANING'
  | 'CUSTOMER_RELATIONS'
  | 'SECURITY'
  | 'VALUE_ADDED';

export type ServiceLineOwnerInput = {
  line: ServiceLine;
  name: Scalars['String']['input'];
};

export type ServiceMode =
  | 'BASIC_SERVICE'
  | 'ENTERPRISE'
  | 'NONE'
  | 'SELF_MANAGED';

export type SortOrder =
  | 'ASC'
  | 'DESC';

export type SpecialInspectionAction =
  | 'COMPLETE'
  | 'RECORD'
  | 'START';

export type SpecialInspectionStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type SpecialInspectionType =
  | 'ELEVATOR_SAFETY'
  | 'FEE_DISPLAY'
  | 'FIRE_LANES'
  | 'MAINTENANCE_FUND'
  | 'PUBLIC_SECURITY';

export type SpendingAction =
  | 'APPROVE'
  | 'REJECT'
  | 'REVIEW'
  | 'SIGN';

export type SpendingRequestFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the title or purpose */
  q?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<SpendingState>;
};

export type SpendingRequestInput = {
  amountFen: Scalars['Int']['input'];
  purpose: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type SpendingRequestSortField =
  | 'amountFen'
  | 'createdAt'
  | 'id'
  | 'state'
  | 'title';

export type SpendingState =
  | 'APPROVED'
  | 'AWAITING_APPROVAL'
  | 'AWAITING_REVIEW'
  | 'AWAITING_SIGN'
  | 'REJECTED';

export type SurveyAnswer =
  | 'BASICALLY_SATISFIED'
  | 'DISSATISFIED'
  | 'SATISFIED';

export type SurveyAnswerChannel =
  | 'ONLINE'
  | 'STAFF';

export type SurveyStatus =
  | 'CLOSED'
  | 'OPEN';

export type TenderAction =
  | 'AWARD'
  | 'PLACE_BID'
  | 'SIGN_CONTRACT'
  | 'WITHDRAW';

export type TenderFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  state?: InputMaybe<TenderState>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type TenderInput = {
  closesOn: Scalars['Date']['input'];
  opensOn: Scalars['Date']['input'];
  /** Comparable units; the reference rent is their average */
  referenceSources: Array<TenderReferenceSourceInput>;
  unitId: Scalars['ID']['input'];
};

export type TenderReferenceSourceInput = {
  annualRentFen: Scalars['Int']['input'];
  description: Scalars['String']['input'];
};

export type TenderSortField =
  | 'closesOn'
  | 'createdAt'
  | 'id'
  | 'opensOn'
  | 'referenceRentFen'
  | 'state';

export type TenderState =
  | 'AWARDED'
  | 'OPEN'
  | 'WITHDRAWN';

export type TownshipDataAction =
  | 'FILE';

export type TownshipDataGap =
  | 'ADDRESS'
  | 'CONTRACT'
  | 'DELIVERY_DATE'
  | 'MAINTENANCE_FUND'
  | 'MANAGER'
  | 'OFFICE_AREA';

export type TownshipFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the name or code */
  q?: InputMaybe<Scalars['String']['input']>;
};

export type TownshipInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type TownshipPlanAction =
  | 'EDIT'
  | 'FILE';

export type TownshipPlanStatus =
  | 'DRAFT'
  | 'FILED';

export type TownshipSortField =
  | 'code'
  | 'createdAt'
  | 'id'
  | 'name';

export type TownshipUpdateInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type TrainingAttendeeInput = {
  /** For a committee member: the owners’ committee they serve on */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  kind: AttendeeKind;
  /** For a project manager: counts towards the TRAINING KPI */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  present?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UserFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the username or name */
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type UserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
  role: Role;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

export type UserSortField =
  | 'createdAt'
  | 'displayName'
  | 'id'
  | 'lastLoginAt'
  | 'role'
  | 'username';

export type UserUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** A new password; signs the user out everywhere */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type UtilityPaymentInput = {
  /** More than zero, never more than the statement still owes */
  amountFen: Scalars['Int']['input'];
  /** Today at the latest */
  paidOn: Scalars['Date']['input'];
  statementId: Scalars['ID']['input'];
};

export type UtilityStatementAction =
  | 'RECORD_PAYMENT';

export type UtilityStatementFilter = {
  contractId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** YYYY-MM */
  period?: InputMaybe<Scalars['String']['input']>;
};

export type UtilityStatementSortField =
  | 'id'
  | 'issuedOn'
  | 'period'
  | 'totalFen';

export type WarrantyElement =
  | 'DECORATION'
  | 'ELECTRICAL_PLUMBING'
  | 'FOUNDATION_STRUCTURE'
  | 'HEATING_COOLING'
  | 'WATERPROOFING';

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename: 'AuthError', message: string } | { __typename: 'LoginSuccess', token: string, expiresAt: string, user: { __typename?: 'CurrentUser', id: string, username: string, displayName: string, role: Role } } | { __typename: 'ValidationError', message: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'CurrentUser', id: string, username: string, displayName: string, role: Role, permissions: Array<string>, township: { __typename?: 'Township', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } | null };

type MutationErrorFields_AuthError_Fragment = { __typename?: 'AuthError', message: string };

type MutationErrorFields_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type MutationErrorFields_ValidationError_Fragment = { __typename?: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> };

export type MutationErrorFieldsFragment = MutationErrorFields_AuthError_Fragment | MutationErrorFields_NotFoundError_Fragment | MutationErrorFields_ValidationError_Fragment;

export type ApiTokenFieldsFragment = { __typename?: 'ApiToken', id: string, name: string, readOnly: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, readOnly: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename: 'MutationCreateApiTokenSuccess', data: { __typename?: 'CreatedApiToken', token: string, apiToken: { __typename?: 'ApiToken', id: string, name: string, readOnly: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename: 'MutationRevokeApiTokenSuccess', data: { __typename?: 'ApiToken', id: string, name: string, readOnly: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AuditLogFieldsFragment = { __typename?: 'AuditLog', id: string, at: string, actorId: string | null, actorName: string | null, action: string, entityType: string, entityId: string | null, changes: unknown | null, ip: string | null };

export type AuditLogListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<AuditLogSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<AuditLogFilter>;
}>;


export type AuditLogListQuery = { __typename?: 'Query', auditLogs: { __typename?: 'AuditLogPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'AuditLog', id: string, at: string, actorId: string | null, actorName: string | null, action: string, entityType: string, entityId: string | null, changes: unknown | null, ip: string | null }> } };

export type AuditLogOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditLogOneQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditLog', id: string, at: string, actorId: string | null, actorName: string | null, action: string, entityType: string, entityId: string | null, changes: unknown | null, ip: string | null } | null };

export type JobRunFieldsFragment = { __typename?: 'JobRun', id: string, job: string, slot: string, state: JobRunState, attempts: number, startedAt: string, finishedAt: string | null, leaseUntil: string, instance: string, result: string | null };

export type JobRunListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<JobRunSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<JobRunFilter>;
}>;


export type JobRunListQuery = { __typename?: 'Query', jobRuns: { __typename?: 'JobRunPage', total: number, items: Array<{ __typename?: 'JobRun', id: string, job: string, slot: string, state: JobRunState, attempts: number, startedAt: string, finishedAt: string | null, leaseUntil: string, instance: string, result: string | null }> } };

export type JobRunOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobRunOneQuery = { __typename?: 'Query', jobRun: { __typename?: 'JobRun', id: string, job: string, slot: string, state: JobRunState, attempts: number, startedAt: string, finishedAt: string | null, leaseUntil: string, instance: string, result: string | null } | null };

export type UserFieldsFragment = { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, departmentId: string | null, enterpriseId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string };

export type UserListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<UserSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<UserFilter>;
}>;


export type UserListQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', total: number, items: Array<{ __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, departmentId: string | null, enterpriseId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string }> } };

export type UserOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserOneQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, departmentId: string | null, enterpriseId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string } | null };

export type UserCreateMutationVariables = Exact<{
  input: UserInput;
}>;


export type UserCreateMutation = { __typename?: 'Mutation', createUser: { __typename: 'MutationCreateUserSuccess', data: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, departmentId: string | null, enterpriseId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type UserUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UserUpdateInput;
}>;


export type UserUpdateMutation = { __typename?: 'Mutation', updateUser: { __typename: 'MutationUpdateUserSuccess', data: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, departmentId: string | null, enterpriseId: string | null, active: boolean, lastLoginAt: string | null, createdAt: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type KpiCardsQueryVariables = Exact<{
  period: Scalars['String']['input'];
  filter?: InputMaybe<KpiFilter>;
}>;


export type KpiCardsQuery = { __typename?: 'Query', kpis: { __typename?: 'KpiReport', period: string, from: string, to: string, previousPeriod: string, rows: Array<{ __typename?: 'KpiRow', kpis: Array<{ __typename?: 'KpiValue', code: KpiCode, value: number | null, numerator: number | null, denominator: number | null, target: number | null, status: KpiTargetStatus, previous: number | null, change: number | null, improved: boolean | null, applicable: boolean, distribution: Array<{ __typename?: 'KpiDistributionEntry', key: string, count: number }> | null }> }>, definitions: Array<{ __typename?: 'KpiDefinition', code: KpiCode, name: string, kind: KpiKind, direction: KpiDirection, target: number | null, numerator: string, denominator: string | null, unavailable: string | null, note: string | null }> } };

export type KpiTrendQueryVariables = Exact<{
  period: Scalars['String']['input'];
  filter?: InputMaybe<KpiFilter>;
}>;


export type KpiTrendQuery = { __typename?: 'Query', kpis: { __typename?: 'KpiReport', rows: Array<{ __typename?: 'KpiRow', month: string | null, kpis: Array<{ __typename?: 'KpiValue', code: KpiCode, value: number | null }> }> } };

export type KpiTownshipsQueryVariables = Exact<{
  period: Scalars['String']['input'];
  filter?: InputMaybe<KpiFilter>;
}>;


export type KpiTownshipsQuery = { __typename?: 'Query', kpis: { __typename?: 'KpiReport', rows: Array<{ __typename?: 'KpiRow', groupId: string | null, groupName: string | null, kpis: Array<{ __typename?: 'KpiValue', code: KpiCode, value: number | null }> }> } };

export type IssuesByCategoryQueryVariables = Exact<{
  filter?: InputMaybe<AggregateFilter>;
}>;


export type IssuesByCategoryQuery = { __typename?: 'Query', aggregates: Array<{ __typename?: 'AggregateRow', keys: Array<string | null>, labels: Array<string | null>, count: number }> };

export type CampaignTimelineQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type CampaignTimelineQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, name: string, startDate: string, endDate: string, currentPhase: { __typename?: 'CampaignPhase', code: string, name: string } | null, phases: Array<{ __typename?: 'CampaignPhase', code: string, name: string, startDate: string, endDate: string }>, milestones: Array<{ __typename?: 'Milestone', code: string, title: string, dueDate: string, state: MilestoneState }> } | null };

export type OpenIssueFieldsFragment = { __typename?: 'Issue', id: string, title: string, category: IssueCategory, state: IssueState, deadline: string | null, overdue: boolean, daysOverdue: number, dueSoon: boolean, community: { __typename?: 'Community', id: string, name: string } | null };

export type EnterpriseHomeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnterpriseHomeQuery = { __typename?: 'Query', enterprise: { __typename?: 'Enterprise', id: string, name: string, credit: { __typename?: 'CreditStanding', asOf: string, score: number, grade: CreditGrade, listStatus: ListStatus | null, listUntil: string | null } } | null, issues: { __typename?: 'IssuePage', total: number, items: Array<{ __typename?: 'Issue', id: string, title: string, category: IssueCategory, state: IssueState, deadline: string | null, overdue: boolean, daysOverdue: number, dueSoon: boolean, community: { __typename?: 'Community', id: string, name: string } | null }> }, creditRecords: { __typename?: 'CreditRecordPage', total: number, items: Array<{ __typename?: 'CreditRecord', id: string, itemCode: string, itemLabel: string | null, points: number, status: CreditRecordStatus, effectiveFrom: string, reason: string }> } };

export type DepartmentQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentQueueQuery = { __typename?: 'Query', inbox: { __typename?: 'Inbox', overdue: { __typename?: 'InboxIssues', total: number }, dueSoon: { __typename?: 'InboxIssues', total: number }, toVerify: { __typename?: 'InboxIssues', total: number }, complaints: { __typename?: 'InboxComplaints', total: number } }, issues: { __typename?: 'IssuePage', total: number, items: Array<{ __typename?: 'Issue', id: string, title: string, category: IssueCategory, state: IssueState, deadline: string | null, overdue: boolean, daysOverdue: number, dueSoon: boolean, community: { __typename?: 'Community', id: string, name: string } | null }> } };

export type BulletinSummaryFragment = { __typename?: 'Bulletin', id: string, month: string, status: BulletinStatus, generatedAt: string, reviewedAt: string | null, reviewNote: string | null, publishedAt: string | null, publishedOn: string | null, printUrl: string, downloadUrl: string };

export type BulletinByFragment = { __typename?: 'Bulletin', generatedByName: string | null, reviewedByName: string | null, publishedByName: string | null };

export type BulletinsQueryVariables = Exact<{ [key: string]: never; }>;


export type BulletinsQuery = { __typename?: 'Query', bulletins: Array<{ __typename?: 'Bulletin', id: string, month: string, status: BulletinStatus, generatedAt: string, reviewedAt: string | null, reviewNote: string | null, publishedAt: string | null, publishedOn: string | null, printUrl: string, downloadUrl: string, generatedByName: string | null, reviewedByName: string | null, publishedByName: string | null }> };

export type PublicBulletinsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicBulletinsQuery = { __typename?: 'Query', bulletins: Array<{ __typename?: 'Bulletin', id: string, month: string, status: BulletinStatus, generatedAt: string, reviewedAt: string | null, reviewNote: string | null, publishedAt: string | null, publishedOn: string | null, printUrl: string, downloadUrl: string }> };

export type BulletinQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type BulletinQuery = { __typename?: 'Query', bulletin: { __typename?: 'Bulletin', snapshot: unknown, id: string, month: string, status: BulletinStatus, generatedAt: string, reviewedAt: string | null, reviewNote: string | null, publishedAt: string | null, publishedOn: string | null, printUrl: string, downloadUrl: string, generatedByName: string | null, reviewedByName: string | null, publishedByName: string | null, availableActions: Array<{ __typename?: 'BulletinAvailableAction', action: BulletinAction, available: boolean, reason: string | null }> } | null };

export type PublicBulletinQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PublicBulletinQuery = { __typename?: 'Query', bulletin: { __typename?: 'Bulletin', snapshot: unknown, id: string, month: string, status: BulletinStatus, generatedAt: string, reviewedAt: string | null, reviewNote: string | null, publishedAt: string | null, publishedOn: string | null, printUrl: string, downloadUrl: string } | null };

export type GenerateBulletinMutationVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type GenerateBulletinMutation = { __typename?: 'Mutation', generateBulletin: { __typename: 'MutationGenerateBulletinSuccess', data: { __typename?: 'Bulletin', id: string, month: string, status: BulletinStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ReviewBulletinMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewBulletinMutation = { __typename?: 'Mutation', reviewBulletin: { __typename: 'MutationReviewBulletinSuccess', data: { __typename?: 'Bulletin', id: string, month: string, status: BulletinStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublishBulletinMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishBulletinMutation = { __typename?: 'Mutation', publishBulletin: { __typename: 'MutationPublishBulletinSuccess', data: { __typename?: 'Bulletin', id: string, month: string, status: BulletinStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsQuery = { __typename?: 'Query', campaigns: Array<{ __typename?: 'Campaign', id: string, year: number, name: string }> };

export type CampaignQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CampaignQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, year: number, name: string, goal: string | null, startDate: string, endDate: string, currentPhase: { __typename?: 'CampaignPhase', id: string, code: string, name: string } | null, phases: Array<{ __typename?: 'CampaignPhase', id: string, code: string, name: string, description: string | null, startDate: string, endDate: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, code: string, title: string, dueDate: string, status: MilestoneStatus, state: MilestoneState, doneOn: string | null, evidence: string | null, note: string | null, phaseId: string | null, department: { __typename?: 'Department', id: string, name: string } | null, measurement: { __typename?: 'MilestoneMeasurement', kpi: KpiCode, asOf: string, numerator: number, denominator: number, value: number | null } | null, availableActions: Array<{ __typename?: 'MilestoneAvailableAction', action: MilestoneAction, available: boolean, reason: string | null }> }> } | null };

export type CampaignRoutinesQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignRoutinesQuery = { __typename?: 'Query', campaignRoutines: Array<{ __typename?: 'CampaignRoutine', code: string, name: string, cadence: string }> };

export type WeeklyProgressQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type WeeklyProgressQuery = { __typename?: 'Query', weeklyProgress: Array<{ __typename?: 'WeeklyProgress', id: string, weekStart: string, summary: string, createdAt: string, department: { __typename?: 'Department', id: string, name: string } | null }> };

export type TrainingSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingSessionsQuery = { __typename?: 'Query', trainingSessions: Array<{ __typename?: 'TrainingSession', id: string, topic: string, heldOn: string, location: string | null, attendees: Array<{ __typename?: 'TrainingAttendance', id: string, kind: AttendeeKind, name: string, present: boolean, managerId: string | null, enterpriseId: string | null }> }> };

export type JointMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type JointMeetingsQuery = { __typename?: 'Query', jointMeetings: Array<{ __typename?: 'JointMeeting', id: string, title: string, heldAt: string, location: string, agenda: string, participants: Array<string>, contactPhone: string | null, noticeDate: string, notice: string }> };

export type DepartmentChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentChoicesQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', items: Array<{ __typename?: 'Department', id: string, name: string }> } };

export type CreateMilestoneMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  title: Scalars['String']['input'];
  dueDate: Scalars['Date']['input'];
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CreateMilestoneMutation = { __typename?: 'Mutation', createMilestone: { __typename: 'MutationCreateMilestoneSuccess', data: { __typename?: 'Milestone', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CompleteMilestoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  doneOn: Scalars['Date']['input'];
  evidence: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompleteMilestoneMutation = { __typename?: 'Mutation', completeMilestone: { __typename: 'MutationCompleteMilestoneSuccess', data: { __typename?: 'Milestone', id: string, status: MilestoneStatus, state: MilestoneState, doneOn: string | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AddWeeklyProgressMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  weekStart: Scalars['Date']['input'];
  summary: Scalars['String']['input'];
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AddWeeklyProgressMutation = { __typename?: 'Mutation', addWeeklyProgress: { __typename: 'MutationAddWeeklyProgressSuccess', data: { __typename?: 'WeeklyProgress', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordTrainingSessionMutationVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  topic: Scalars['String']['input'];
  heldOn: Scalars['Date']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  attendees: Array<TrainingAttendeeInput> | TrainingAttendeeInput;
}>;


export type RecordTrainingSessionMutation = { __typename?: 'Mutation', recordTrainingSession: { __typename: 'MutationRecordTrainingSessionSuccess', data: { __typename?: 'TrainingSession', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ScheduleJointMeetingMutationVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  heldAt: Scalars['DateTime']['input'];
  location: Scalars['String']['input'];
  agenda: Scalars['String']['input'];
  participants: Array<Scalars['String']['input']> | Scalars['String']['input'];
  contactPhone?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScheduleJointMeetingMutation = { __typename?: 'Mutation', scheduleCampaignMeeting: { __typename: 'MutationScheduleCampaignMeetingSuccess', data: { __typename?: 'JointMeeting', id: string, notice: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type TownshipDataSummaryFieldsFragment = { __typename?: 'TownshipDataSummary', communities: number, households: number, floorArea: number, officeArea: number, officeRecorded: number, enterpriseServed: number, basicService: number, selfManaged: number, noService: number, firms: number, firmsRedListed: number, firmsBlackListed: number, managers: number, committeesInTerm: number, committeesExpired: number, complete: number, gaps: number, firmsByGrade: Array<{ __typename?: 'TownshipDataGradeCount', grade: CreditGrade, count: number }>, managersByGrade: Array<{ __typename?: 'TownshipDataGradeCount', grade: CreditGrade, count: number }> };

export type TownshipDataRowFieldsFragment = { __typename?: 'TownshipDataRow', communityId: string, communityName: string, type: CommunityType, serviceMode: ServiceMode, households: number, floorArea: number, officeArea: number | null, enterpriseId: string | null, enterpriseName: string | null, enterpriseGrade: CreditGrade | null, enterpriseListStatus: ListStatus | null, managerId: string | null, managerName: string | null, managerGrade: CreditGrade | null, committee: CommitteeDataState, committeeTermEnd: string | null, gaps: Array<TownshipDataGap> };

export type TownshipDataQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipDataQuery = { __typename?: 'Query', townshipData: Array<{ __typename?: 'TownshipDataSheet', lastFiledOn: string | null, lastFilingId: string | null, township: { __typename?: 'Township', id: string, name: string }, availableActions: Array<{ __typename?: 'TownshipDataAvailableAction', action: TownshipDataAction, available: boolean, reason: string | null }>, summary: { __typename?: 'TownshipDataSummary', communities: number, households: number, floorArea: number, officeArea: number, officeRecorded: number, enterpriseServed: number, basicService: number, selfManaged: number, noService: number, firms: number, firmsRedListed: number, firmsBlackListed: number, managers: number, committeesInTerm: number, committeesExpired: number, complete: number, gaps: number, firmsByGrade: Array<{ __typename?: 'TownshipDataGradeCount', grade: CreditGrade, count: number }>, managersByGrade: Array<{ __typename?: 'TownshipDataGradeCount', grade: CreditGrade, count: number }> }, rows: Array<{ __typename?: 'TownshipDataRow', communityId: string, communityName: string, type: CommunityType, serviceMode: ServiceMode, households: number, floorArea: number, officeArea: number | null, enterpriseId: string | null, enterpriseName: string | null, enterpriseGrade: CreditGrade | null, enterpriseListStatus: ListStatus | null, managerId: string | null, managerName: string | null, managerGrade: CreditGrade | null, committee: CommitteeDataState, committeeTermEnd: string | null, gaps: Array<TownshipDataGap> }> }> };

export type TownshipDataFilingsQueryVariables = Exact<{
  townshipId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TownshipDataFilingsQuery = { __typename?: 'Query', townshipDataFilings: Array<{ __typename?: 'TownshipDataFiling', id: string, asOf: string, filedAt: string, filedByName: string | null, communities: number, complete: number, gaps: number, township: { __typename?: 'Township', id: string, name: string } }> };

export type TownshipDataFilingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TownshipDataFilingQuery = { __typename?: 'Query', townshipDataFiling: { __typename?: 'TownshipDataFiling', id: string, asOf: string, filedAt: string, filedByName: string | null, township: { __typename?: 'Township', id: string, name: string }, summary: { __typename?: 'TownshipDataSummary', communities: number, households: number, floorArea: number, officeArea: number, officeRecorded: number, enterpriseServed: number, basicService: number, selfManaged: number, noService: number, firms: number, firmsRedListed: number, firmsBlackListed: number, managers: number, committeesInTerm: number, committeesExpired: number, complete: number, gaps: number, firmsByGrade: Array<{ __typename?: 'TownshipDataGradeCount', grade: CreditGrade, count: number }>, managersByGrade: Array<{ __typename?: 'TownshipDataGradeCount', grade: CreditGrade, count: number }> }, rows: Array<{ __typename?: 'TownshipDataRow', communityId: string, communityName: string, type: CommunityType, serviceMode: ServiceMode, households: number, floorArea: number, officeArea: number | null, enterpriseId: string | null, enterpriseName: string | null, enterpriseGrade: CreditGrade | null, enterpriseListStatus: ListStatus | null, managerId: string | null, managerName: string | null, managerGrade: CreditGrade | null, committee: CommitteeDataState, committeeTermEnd: string | null, gaps: Array<TownshipDataGap> }> } | null };

export type FileTownshipDataMutationVariables = Exact<{ [key: string]: never; }>;


export type FileTownshipDataMutation = { __typename?: 'Mutation', fileTownshipData: { __typename: 'MutationFileTownshipDataSuccess', data: { __typename?: 'TownshipDataFiling', id: string, asOf: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type TownshipPlansQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TownshipPlansQuery = { __typename?: 'Query', townshipPlans: Array<{ __typename?: 'TownshipPlan', id: string, year: number, leaderName: string, leaderPosition: string, mechanism: string, schedule: string, tasks: string, resources: string | null, status: TownshipPlanStatus, filedAt: string | null, township: { __typename?: 'Township', id: string, name: string }, availableActions: Array<{ __typename?: 'TownshipPlanAvailableAction', action: TownshipPlanAction, available: boolean, reason: string | null }> }> };

export type TownshipChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipChoicesQuery = { __typename?: 'Query', townships: { __typename?: 'TownshipPage', items: Array<{ __typename?: 'Township', id: string, name: string }> } };

export type CreateTownshipPlanMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  leaderName: Scalars['String']['input'];
  leaderPosition: Scalars['String']['input'];
  mechanism: Scalars['String']['input'];
  schedule: Scalars['String']['input'];
  tasks: Scalars['String']['input'];
  resources?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateTownshipPlanMutation = { __typename?: 'Mutation', createTownshipPlan: { __typename: 'MutationCreateTownshipPlanSuccess', data: { __typename?: 'TownshipPlan', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type UpdateTownshipPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  leaderName: Scalars['String']['input'];
  leaderPosition: Scalars['String']['input'];
  mechanism: Scalars['String']['input'];
  schedule: Scalars['String']['input'];
  tasks: Scalars['String']['input'];
  resources?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateTownshipPlanMutation = { __typename?: 'Mutation', updateTownshipPlan: { __typename: 'MutationUpdateTownshipPlanSuccess', data: { __typename?: 'TownshipPlan', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type FileTownshipPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FileTownshipPlanMutation = { __typename?: 'Mutation', fileTownshipPlan: { __typename: 'MutationFileTownshipPlanSuccess', data: { __typename?: 'TownshipPlan', id: string, status: TownshipPlanStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CampaignMeetingsQueryVariables = Exact<{
  kind?: InputMaybe<MeetingKind>;
}>;


export type CampaignMeetingsQuery = { __typename?: 'Query', campaignMeetings: Array<{ __typename?: 'JointMeeting', id: string, kind: MeetingKind, title: string, heldAt: string, location: string, agenda: string, notice: string, hostDepartment: { __typename?: 'Department', id: string, name: string } | null, hostTownship: { __typename?: 'Township', id: string, name: string } | null, minutes: { __typename?: 'MeetingMinutes', id: string, status: MinutesStatus, body: string, attendees: Array<string>, writtenBy: string | null, writtenAt: string, approvedBy: string | null, approvedAt: string | null, returnNote: string | null } | null, availableMinutesActions: Array<{ __typename?: 'MinutesAvailableAction', action: MinutesAction, available: boolean, reason: string | null }> }> };

export type WriteMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  attendees: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type WriteMeetingMinutesMutation = { __typename?: 'Mutation', writeMeetingMinutes: { __typename: 'MutationWriteMeetingMinutesSuccess', data: { __typename?: 'MeetingMinutes', id: string, status: MinutesStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SubmitMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type SubmitMeetingMinutesMutation = { __typename?: 'Mutation', submitMeetingMinutes: { __typename: 'MutationSubmitMeetingMinutesSuccess', data: { __typename?: 'MeetingMinutes', id: string, status: MinutesStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ApproveMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type ApproveMeetingMinutesMutation = { __typename?: 'Mutation', approveMeetingMinutes: { __typename: 'MutationApproveMeetingMinutesSuccess', data: { __typename?: 'MeetingMinutes', id: string, status: MinutesStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ReturnMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ReturnMeetingMinutesMutation = { __typename?: 'Mutation', returnMeetingMinutes: { __typename: 'MutationReturnMeetingMinutesSuccess', data: { __typename?: 'MeetingMinutes', id: string, status: MinutesStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PeerVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeerVisitsQuery = { __typename?: 'Query', peerVisits: Array<{ __typename?: 'PeerVisit', id: string, visitedOn: string, hostEnterpriseName: string | null, hostCommunityName: string | null, visitorPeople: Array<string>, findings: string, visitingFirms: Array<{ __typename?: 'PeerVisitFirm', id: string, name: string }> }> };

export type VisitFirmsQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitFirmsQuery = { __typename?: 'Query', enterprises: { __typename?: 'EnterprisePage', items: Array<{ __typename?: 'Enterprise', id: string, name: string }> } };

export type RecordPeerVisitMutationVariables = Exact<{
  visitedOn: Scalars['Date']['input'];
  hostEnterpriseId?: InputMaybe<Scalars['ID']['input']>;
  visitorEnterpriseIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  visitorPeople: Array<Scalars['String']['input']> | Scalars['String']['input'];
  findings: Scalars['String']['input'];
}>;


export type RecordPeerVisitMutation = { __typename?: 'Mutation', recordPeerVisit: { __typename: 'MutationRecordPeerVisitSuccess', data: { __typename?: 'PeerVisit', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublicityArticlesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicityArticlesQuery = { __typename?: 'Query', publicityArticles: Array<{ __typename?: 'PublicityArticle', id: string, kind: ArticleKind, title: string, summary: string | null, body: string, source: string | null, status: ArticleStatus, updatedAt: string, publishedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, availableActions: Array<{ __typename?: 'ArticleAvailableAction', action: ArticleAction, available: boolean, reason: string | null }>, images: Array<{ __typename?: 'ArticleImage', id: string, caption: string | null, originalName: string, size: number, url: string }> }> };

export type RemoveArticleImageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveArticleImageMutation = { __typename?: 'Mutation', removeArticleImage: { __typename: 'MutationRemoveArticleImageSuccess', data: { __typename?: 'PublicityArticle', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SaveArticleMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  input: ArticleInput;
}>;


export type SaveArticleMutation = { __typename?: 'Mutation', saveArticle: { __typename: 'MutationSaveArticleSuccess', data: { __typename?: 'PublicityArticle', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublishArticleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishArticleMutation = { __typename?: 'Mutation', publishArticle: { __typename: 'MutationPublishArticleSuccess', data: { __typename?: 'PublicityArticle', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type WithdrawArticleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WithdrawArticleMutation = { __typename?: 'Mutation', withdrawArticle: { __typename: 'MutationWithdrawArticleSuccess', data: { __typename?: 'PublicityArticle', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublicArticlesQueryVariables = Exact<{
  kind?: InputMaybe<ArticleKind>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PublicArticlesQuery = { __typename?: 'Query', publicArticles: { __typename?: 'PublicArticlePage', total: number, page: number, perPage: number, items: Array<{ __typename?: 'PublicArticle', id: string, kind: ArticleKind, title: string, summary: string | null, source: string | null, publishedAt: string }> } };

export type PublicArticleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicArticleQuery = { __typename?: 'Query', publicArticle: { __typename?: 'PublicArticle', id: string, kind: ArticleKind, title: string, summary: string | null, paragraphs: Array<string>, source: string | null, publishedAt: string, images: Array<{ __typename?: 'PublicArticleImage', id: string, caption: string | null, url: string }> } | null };

export type ComplaintListFieldsFragment = { __typename?: 'Complaint', id: string, channel: ComplaintChannel, category: IssueCategory, subtype: string | null, state: ComplaintState, content: string, complainantName: string | null, complainantPhone: string | null, complainantCount: number, collective: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, receivedAt: string, firstResponseDue: string, resolutionDue: string, firstResponseLate: boolean, resolutionLate: boolean, respondedAt: string | null, handledAt: string | null, closedAt: string | null, followUpRating: FollowUpRating | null, upheld: boolean | null, issueId: string | null, createdAt: string, availableActions: Array<ComplaintAction>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null };

export type ComplaintFieldsFragment = { __typename?: 'Complaint', responseNote: string | null, answer: string | null, rejectionReasons: string | null, followUpNote: string | null, b3Proposed: boolean, b4Proposed: boolean, b5Proposed: boolean, id: string, channel: ComplaintChannel, category: IssueCategory, subtype: string | null, state: ComplaintState, content: string, complainantName: string | null, complainantPhone: string | null, complainantCount: number, collective: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, receivedAt: string, firstResponseDue: string, resolutionDue: string, firstResponseLate: boolean, resolutionLate: boolean, respondedAt: string | null, handledAt: string | null, closedAt: string | null, followUpRating: FollowUpRating | null, upheld: boolean | null, issueId: string | null, createdAt: string, availableActions: Array<ComplaintAction>, events: Array<{ __typename?: 'ComplaintEvent', id: string, action: string, fromState: ComplaintState | null, toState: ComplaintState, at: string, actorName: string | null, note: string | null }>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null };

export type ComplaintListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<ComplaintSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<ComplaintFilter>;
}>;


export type ComplaintListQuery = { __typename?: 'Query', complaints: { __typename?: 'ComplaintPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Complaint', id: string, channel: ComplaintChannel, category: IssueCategory, subtype: string | null, state: ComplaintState, content: string, complainantName: string | null, complainantPhone: string | null, complainantCount: number, collective: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, receivedAt: string, firstResponseDue: string, resolutionDue: string, firstResponseLate: boolean, resolutionLate: boolean, respondedAt: string | null, handledAt: string | null, closedAt: string | null, followUpRating: FollowUpRating | null, upheld: boolean | null, issueId: string | null, createdAt: string, availableActions: Array<ComplaintAction>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null }> } };

export type ComplaintOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComplaintOneQuery = { __typename?: 'Query', complaint: { __typename?: 'Complaint', responseNote: string | null, answer: string | null, rejectionReasons: string | null, followUpNote: string | null, b3Proposed: boolean, b4Proposed: boolean, b5Proposed: boolean, id: string, channel: ComplaintChannel, category: IssueCategory, subtype: string | null, state: ComplaintState, content: string, complainantName: string | null, complainantPhone: string | null, complainantCount: number, collective: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, receivedAt: string, firstResponseDue: string, resolutionDue: string, firstResponseLate: boolean, resolutionLate: boolean, respondedAt: string | null, handledAt: string | null, closedAt: string | null, followUpRating: FollowUpRating | null, upheld: boolean | null, issueId: string | null, createdAt: string, availableActions: Array<ComplaintAction>, events: Array<{ __typename?: 'ComplaintEvent', id: string, action: string, fromState: ComplaintState | null, toState: ComplaintState, at: string, actorName: string | null, note: string | null }>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null } | null };

export type ComplaintCreateMutationVariables = Exact<{
  input: ComplaintInput;
}>;


export type ComplaintCreateMutation = { __typename?: 'Mutation', createComplaint: { __typename: 'MutationCreateComplaintSuccess', data: { __typename?: 'Complaint', responseNote: string | null, answer: string | null, rejectionReasons: string | null, followUpNote: string | null, b3Proposed: boolean, b4Proposed: boolean, b5Proposed: boolean, id: string, channel: ComplaintChannel, category: IssueCategory, subtype: string | null, state: ComplaintState, content: string, complainantName: string | null, complainantPhone: string | null, complainantCount: number, collective: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, receivedAt: string, firstResponseDue: string, resolutionDue: string, firstResponseLate: boolean, resolutionLate: boolean, respondedAt: string | null, handledAt: string | null, closedAt: string | null, followUpRating: FollowUpRating | null, upheld: boolean | null, issueId: string | null, createdAt: string, availableActions: Array<ComplaintAction>, events: Array<{ __typename?: 'ComplaintEvent', id: string, action: string, fromState: ComplaintState | null, toState: ComplaintState, at: string, actorName: string | null, note: string | null }>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type InspectionListFieldsFragment = { __typename?: 'Inspection', id: string, kind: InspectionKind, date: string, inspectors: string, communityId: string, townshipId: string, enterpriseId: string | null, score: number | null, grade: InspectionGrade | null, refusedToCooperate: boolean, b10Proposed: boolean, b14Proposed: boolean, note: string | null, createdAt: string, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null };

export type InspectionFieldsFragment = { __typename?: 'Inspection', id: string, kind: InspectionKind, date: string, inspectors: string, communityId: string, townshipId: string, enterpriseId: string | null, score: number | null, grade: InspectionGrade | null, refusedToCooperate: boolean, b10Proposed: boolean, b14Proposed: boolean, note: string | null, createdAt: string, deductions: Array<{ __typename?: 'Deduction', itemId: string, points: number, note: string | null, item: { __typename?: 'ChecklistItem', id: string, section: ChecklistSection, sectionLabel: string, text: string, maxDeduction: number } | null }>, findings: Array<{ __typename?: 'Finding', itemId: string, section: ChecklistSection, title: string, category: IssueCategory, points: number, note: string | null, turned: boolean }>, issues: Array<{ __typename?: 'Issue', id: string, title: string, state: IssueState, deadline: string | null }>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null };

export type InspectionListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<InspectionSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<InspectionFilter>;
}>;


export type InspectionListQuery = { __typename?: 'Query', inspections: { __typename?: 'InspectionPage', total: number, items: Array<{ __typename?: 'Inspection', id: string, kind: InspectionKind, date: string, inspectors: string, communityId: string, townshipId: string, enterpriseId: string | null, score: number | null, grade: InspectionGrade | null, refusedToCooperate: boolean, b10Proposed: boolean, b14Proposed: boolean, note: string | null, createdAt: string, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null }> } };

export type InspectionOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionOneQuery = { __typename?: 'Query', inspection: { __typename?: 'Inspection', id: string, kind: InspectionKind, date: string, inspectors: string, communityId: string, townshipId: string, enterpriseId: string | null, score: number | null, grade: InspectionGrade | null, refusedToCooperate: boolean, b10Proposed: boolean, b14Proposed: boolean, note: string | null, createdAt: string, deductions: Array<{ __typename?: 'Deduction', itemId: string, points: number, note: string | null, item: { __typename?: 'ChecklistItem', id: string, section: ChecklistSection, sectionLabel: string, text: string, maxDeduction: number } | null }>, findings: Array<{ __typename?: 'Finding', itemId: string, section: ChecklistSection, title: string, category: IssueCategory, points: number, note: string | null, turned: boolean }>, issues: Array<{ __typename?: 'Issue', id: string, title: string, state: IssueState, deadline: string | null }>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } | null };

export type InspectionCreateMutationVariables = Exact<{
  input: InspectionInput;
}>;


export type InspectionCreateMutation = { __typename?: 'Mutation', createInspection: { __typename: 'MutationCreateInspectionSuccess', data: { __typename?: 'Inspection', id: string, kind: InspectionKind, date: string, inspectors: string, communityId: string, townshipId: string, enterpriseId: string | null, score: number | null, grade: InspectionGrade | null, refusedToCooperate: boolean, b10Proposed: boolean, b14Proposed: boolean, note: string | null, createdAt: string, deductions: Array<{ __typename?: 'Deduction', itemId: string, points: number, note: string | null, item: { __typename?: 'ChecklistItem', id: string, section: ChecklistSection, sectionLabel: string, text: string, maxDeduction: number } | null }>, findings: Array<{ __typename?: 'Finding', itemId: string, section: ChecklistSection, title: string, category: IssueCategory, points: number, note: string | null, turned: boolean }>, issues: Array<{ __typename?: 'Issue', id: string, title: string, state: IssueState, deadline: string | null }>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type IssueListFieldsFragment = { __typename?: 'Issue', id: string, title: string, category: IssueCategory, subtype: string | null, state: IssueState, source: IssueSource, sourceId: string | null, deadline: string | null, overdue: boolean, daysOverdue: number, dueSoon: boolean, flagged: boolean, returned: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, assignedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, availableActions: Array<IssueAction>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null };

export type IssueFieldsFragment = { __typename?: 'Issue', description: string | null, measures: string | null, lastSubmittedAt: string | null, lastAction: IssueAction | null, refusalRecorded: boolean, b1Proposed: boolean, b2Proposed: boolean, checklistItemId: string | null, warrantyElement: WarrantyElement | null, warrantyLastDay: string | null, id: string, title: string, category: IssueCategory, subtype: string | null, state: IssueState, source: IssueSource, sourceId: string | null, deadline: string | null, overdue: boolean, daysOverdue: number, dueSoon: boolean, flagged: boolean, returned: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, assignedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, availableActions: Array<IssueAction>, developer: { __typename?: 'Developer', id: string, name: string } | null, events: Array<{ __typename?: 'IssueEvent', id: string, action: string, fromState: IssueState | null, toState: IssueState, at: string, actorName: string | null, note: string | null, fileIds: Array<string> }>, files: Array<{ __typename?: 'EvidenceFile', id: string, originalName: string, mime: string, size: number, uploadedAt: string, sha256: string, url: string }>, defect: { __typename?: 'ConstructionDefect', code: string, nameZh: string, nameEn: string, descriptionZh: string | null, causes: Array<string>, prevention: string, repair: string } | null, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null };

export type IssueListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<IssueSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<IssueFilter>;
}>;


export type IssueListQuery = { __typename?: 'Query', issues: { __typename?: 'IssuePage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Issue', id: string, title: string, category: IssueCategory, subtype: string | null, state: IssueState, source: IssueSource, sourceId: string | null, deadline: string | null, overdue: boolean, daysOverdue: number, dueSoon: boolean, flagged: boolean, returned: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, assignedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, availableActions: Array<IssueAction>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null }> } };

export type IssueOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IssueOneQuery = { __typename?: 'Query', issue: { __typename?: 'Issue', description: string | null, measures: string | null, lastSubmittedAt: string | null, lastAction: IssueAction | null, refusalRecorded: boolean, b1Proposed: boolean, b2Proposed: boolean, checklistItemId: string | null, warrantyElement: WarrantyElement | null, warrantyLastDay: string | null, id: string, title: string, category: IssueCategory, subtype: string | null, state: IssueState, source: IssueSource, sourceId: string | null, deadline: string | null, overdue: boolean, daysOverdue: number, dueSoon: boolean, flagged: boolean, returned: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, assignedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, availableActions: Array<IssueAction>, developer: { __typename?: 'Developer', id: string, name: string } | null, events: Array<{ __typename?: 'IssueEvent', id: string, action: string, fromState: IssueState | null, toState: IssueState, at: string, actorName: string | null, note: string | null, fileIds: Array<string> }>, files: Array<{ __typename?: 'EvidenceFile', id: string, originalName: string, mime: string, size: number, uploadedAt: string, sha256: string, url: string }>, defect: { __typename?: 'ConstructionDefect', code: string, nameZh: string, nameEn: string, descriptionZh: string | null, causes: Array<string>, prevention: string, repair: string } | null, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null } | null };

export type IssueCreateMutationVariables = Exact<{
  input: IssueInput;
}>;


export type IssueCreateMutation = { __typename?: 'Mutation', createIssue: { __typename: 'MutationCreateIssueSuccess', data: { __typename?: 'Issue', description: string | null, measures: string | null, lastSubmittedAt: string | null, lastAction: IssueAction | null, refusalRecorded: boolean, b1Proposed: boolean, b2Proposed: boolean, checklistItemId: string | null, warrantyElement: WarrantyElement | null, warrantyLastDay: string | null, id: string, title: string, category: IssueCategory, subtype: string | null, state: IssueState, source: IssueSource, sourceId: string | null, deadline: string | null, overdue: boolean, daysOverdue: number, dueSoon: boolean, flagged: boolean, returned: boolean, communityId: string, townshipId: string, enterpriseId: string | null, departmentId: string | null, handledByTownship: boolean, assignedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, availableActions: Array<IssueAction>, developer: { __typename?: 'Developer', id: string, name: string } | null, events: Array<{ __typename?: 'IssueEvent', id: string, action: string, fromState: IssueState | null, toState: IssueState, at: string, actorName: string | null, note: string | null, fileIds: Array<string> }>, files: Array<{ __typename?: 'EvidenceFile', id: string, originalName: string, mime: string, size: number, uploadedAt: string, sha256: string, url: string }>, defect: { __typename?: 'ConstructionDefect', code: string, nameZh: string, nameEn: string, descriptionZh: string | null, causes: Array<string>, prevention: string, repair: string } | null, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SelfCheckListFieldsFragment = { __typename?: 'SelfCheck', id: string, date: string, communityId: string, townshipId: string, enterpriseId: string, score: number, grade: InspectionGrade, note: string | null, createdAt: string, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null };

export type SelfCheckFieldsFragment = { __typename?: 'SelfCheck', id: string, date: string, communityId: string, townshipId: string, enterpriseId: string, score: number, grade: InspectionGrade, note: string | null, createdAt: string, deductions: Array<{ __typename?: 'Deduction', itemId: string, points: number, note: string | null, item: { __typename?: 'ChecklistItem', id: string, section: ChecklistSection, sectionLabel: string, text: string, maxDeduction: number } | null }>, issues: Array<{ __typename?: 'Issue', id: string, title: string, state: IssueState, deadline: string | null }>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null };

export type SelfCheckListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<SelfCheckSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<SelfCheckFilter>;
}>;


export type SelfCheckListQuery = { __typename?: 'Query', selfChecks: { __typename?: 'SelfCheckPage', total: number, items: Array<{ __typename?: 'SelfCheck', id: string, date: string, communityId: string, townshipId: string, enterpriseId: string, score: number, grade: InspectionGrade, note: string | null, createdAt: string, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null }> } };

export type SelfCheckOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SelfCheckOneQuery = { __typename?: 'Query', selfCheck: { __typename?: 'SelfCheck', id: string, date: string, communityId: string, townshipId: string, enterpriseId: string, score: number, grade: InspectionGrade, note: string | null, createdAt: string, deductions: Array<{ __typename?: 'Deduction', itemId: string, points: number, note: string | null, item: { __typename?: 'ChecklistItem', id: string, section: ChecklistSection, sectionLabel: string, text: string, maxDeduction: number } | null }>, issues: Array<{ __typename?: 'Issue', id: string, title: string, state: IssueState, deadline: string | null }>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } | null };

export type SelfCheckCreateMutationVariables = Exact<{
  input: SelfCheckInput;
}>;


export type SelfCheckCreateMutation = { __typename?: 'Mutation', submitSelfCheck: { __typename: 'MutationSubmitSelfCheckSuccess', data: { __typename?: 'SelfCheck', id: string, date: string, communityId: string, townshipId: string, enterpriseId: string, score: number, grade: InspectionGrade, note: string | null, createdAt: string, deductions: Array<{ __typename?: 'Deduction', itemId: string, points: number, note: string | null, item: { __typename?: 'ChecklistItem', id: string, section: ChecklistSection, sectionLabel: string, text: string, maxDeduction: number } | null }>, issues: Array<{ __typename?: 'Issue', id: string, title: string, state: IssueState, deadline: string | null }>, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AssignIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AssignIssueInput;
}>;


export type AssignIssueMutation = { __typename?: 'Mutation', assignIssue: { __typename: 'MutationAssignIssueSuccess', data: { __typename?: 'Issue', id: string, state: IssueState, flagged: boolean, availableActions: Array<IssueAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AcknowledgeIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcknowledgeIssueMutation = { __typename?: 'Mutation', acknowledgeIssue: { __typename: 'MutationAcknowledgeIssueSuccess', data: { __typename?: 'Issue', id: string, state: IssueState, flagged: boolean, availableActions: Array<IssueAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SubmitIssueFeedbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  fileIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SubmitIssueFeedbackMutation = { __typename?: 'Mutation', submitIssueFeedback: { __typename: 'MutationSubmitIssueFeedbackSuccess', data: { __typename?: 'Issue', id: string, state: IssueState, flagged: boolean, availableActions: Array<IssueAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CloseIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloseIssueMutation = { __typename?: 'Mutation', closeIssue: { __typename: 'MutationCloseIssueSuccess', data: { __typename?: 'Issue', id: string, state: IssueState, flagged: boolean, availableActions: Array<IssueAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ReturnIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ReturnIssueMutation = { __typename?: 'Mutation', returnIssue: { __typename: 'MutationReturnIssueSuccess', data: { __typename?: 'Issue', id: string, state: IssueState, flagged: boolean, availableActions: Array<IssueAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type FlagIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type FlagIssueMutation = { __typename?: 'Mutation', flagIssue: { __typename: 'MutationFlagIssueSuccess', data: { __typename?: 'Issue', id: string, state: IssueState, flagged: boolean, availableActions: Array<IssueAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type UnflagIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnflagIssueMutation = { __typename?: 'Mutation', unflagIssue: { __typename: 'MutationUnflagIssueSuccess', data: { __typename?: 'Issue', id: string, state: IssueState, flagged: boolean, availableActions: Array<IssueAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordRefusalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type RecordRefusalMutation = { __typename?: 'Mutation', recordRefusal: { __typename: 'MutationRecordRefusalSuccess', data: { __typename?: 'Issue', id: string, state: IssueState, flagged: boolean, availableActions: Array<IssueAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type TurnFindingsIntoIssuesMutationVariables = Exact<{
  inspectionId: Scalars['ID']['input'];
  itemIds?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  assign?: InputMaybe<AssignFindingsInput>;
}>;


export type TurnFindingsIntoIssuesMutation = { __typename?: 'Mutation', turnFindingsIntoIssues: { __typename: 'MutationTurnFindingsIntoIssuesSuccess', data: Array<{ __typename?: 'Issue', id: string, title: string, state: IssueState }> } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RouteComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  departmentId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type RouteComplaintMutation = { __typename?: 'Mutation', routeComplaint: { __typename: 'MutationRouteComplaintSuccess', data: { __typename?: 'Complaint', id: string, state: ComplaintState, availableActions: Array<ComplaintAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RespondToComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type RespondToComplaintMutation = { __typename?: 'Mutation', respondToComplaint: { __typename: 'MutationRespondToComplaintSuccess', data: { __typename?: 'Complaint', id: string, state: ComplaintState, availableActions: Array<ComplaintAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ResolveComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
  upheld: Scalars['Boolean']['input'];
}>;


export type ResolveComplaintMutation = { __typename?: 'Mutation', resolveComplaint: { __typename: 'MutationResolveComplaintSuccess', data: { __typename?: 'Complaint', id: string, state: ComplaintState, availableActions: Array<ComplaintAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type TurnComplaintIntoIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  measures?: InputMaybe<Scalars['String']['input']>;
  deadline?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type TurnComplaintIntoIssueMutation = { __typename?: 'Mutation', turnComplaintIntoIssue: { __typename: 'MutationTurnComplaintIntoIssueSuccess', data: { __typename?: 'Complaint', id: string, state: ComplaintState, availableActions: Array<ComplaintAction>, issueId: string | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RejectComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
}>;


export type RejectComplaintMutation = { __typename?: 'Mutation', rejectComplaint: { __typename: 'MutationRejectComplaintSuccess', data: { __typename?: 'Complaint', id: string, state: ComplaintState, availableActions: Array<ComplaintAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CloseComplaintWithFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  rating: FollowUpRating;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloseComplaintWithFollowUpMutation = { __typename?: 'Mutation', closeComplaintWithFollowUp: { __typename: 'MutationCloseComplaintWithFollowUpSuccess', data: { __typename?: 'Complaint', id: string, state: ComplaintState, availableActions: Array<ComplaintAction> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type InspectionChecklistQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionChecklistQuery = { __typename?: 'Query', inspectionChecklist: Array<{ __typename?: 'ChecklistItem', id: string, section: ChecklistSection, sectionLabel: string, text: string, maxDeduction: number, category: IssueCategory }> };

export type IssueCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type IssueCategoriesQuery = { __typename?: 'Query', issueCategories: Array<{ __typename?: 'IssueCategoryInfo', code: IssueCategory, label: string, subtypes: Array<string>, toTownship: boolean, departments: Array<{ __typename?: 'Department', id: string, name: string }> }> };

export type ClosedLoopSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClosedLoopSettingsQuery = { __typename?: 'Query', closedLoopSettings: { __typename?: 'ClosedLoopSettings', b1GraceDays: number, complaintFirstResponseDays: number, complaintResolutionDays: number, dueSoonDays: number } };

export type InboxTaskFragment = { __typename?: 'InboxTask', reasons: Array<InboxReason>, issue: { __typename?: 'Issue', id: string, title: string, category: IssueCategory, state: IssueState, deadline: string | null, overdue: boolean, daysOverdue: number, flagged: boolean, availableActions: Array<IssueAction>, community: { __typename?: 'Community', id: string, name: string } | null, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } };

export type InboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxQuery = { __typename?: 'Query', inbox: { __typename?: 'Inbox', hasTasks: boolean, tasks: { __typename?: 'InboxTasks', total: number, totalCapped: boolean, items: Array<{ __typename?: 'InboxTask', reasons: Array<InboxReason>, issue: { __typename?: 'Issue', id: string, title: string, category: IssueCategory, state: IssueState, deadline: string | null, overdue: boolean, daysOverdue: number, flagged: boolean, availableActions: Array<IssueAction>, community: { __typename?: 'Community', id: string, name: string } | null, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } }> }, complaints: { __typename?: 'InboxComplaints', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Complaint', id: string, category: IssueCategory, channel: ComplaintChannel, state: ComplaintState, content: string, receivedAt: string, firstResponseDue: string, resolutionDue: string, firstResponseLate: boolean, resolutionLate: boolean, community: { __typename?: 'Community', id: string, name: string } | null }> } } };

export type CommitteeRegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitteeRegisterQuery = { __typename?: 'Query', committeeRegister: Array<{ __typename?: 'CommitteeRegisterRow', status: CommitteeRegisterStatus, termState: CommitteeTermState | null, community: { __typename?: 'Community', id: string, name: string, type: CommunityType, households: number, township: { __typename?: 'Township', id: string, name: string } }, election: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus, termStart: string | null, termEnd: string | null, filedOn: string | null, supplementary: boolean } | null }> };

export type CommitteeCandidateFieldsFragment = { __typename?: 'CommitteeCandidate', id: string, name: string, route: NominationRoute, nominatedBy: string | null, eligibilityAttested: boolean, elected: boolean, position: CommitteePosition | null, leftOn: string | null };

export type ElectionTallyFieldsFragment = { __typename?: 'ElectionTally', valid: boolean, voidReason: ElectionVoidReason | null, cast: number, voidBallots: number, elected: Array<string>, vacant: number, counts: Array<{ __typename?: 'CandidateCount', candidateId: string, headcount: number, area: string, qualifies: boolean }>, pendingTie: { __typename?: 'PendingTie', candidateIds: Array<string>, seats: number } | null };

export type CommitteeElectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitteeElectionQuery = { __typename?: 'Query', committeeElection: { __typename?: 'CommitteeElection', id: string, committeeId: string, status: ElectionStatus, seats: number, supplementary: boolean, assemblyAt: string | null, assemblyPlace: string | null, assemblyForm: AssemblyForm | null, agenda: string | null, publicisedOn: string | null, rollHeadcount: number | null, rollArea: string | null, opensAt: string | null, closesAt: string | null, ballotListHash: string | null, signedOffAt: string | null, termStart: string | null, termEnd: string | null, filedOn: string | null, filedWith: string | null, paperProblems: Array<string>, community: { __typename?: 'Community', id: string, name: string, township: { __typename?: 'Township', id: string, name: string } }, ruleSet: { __typename?: 'CommitteeRuleSet', code: string, version: number, label: string, seats: number, termYears: number }, preparatoryGroup: Array<{ __typename?: 'PreparatoryMember', id: string, name: string, role: string }>, candidates: Array<{ __typename?: 'CommitteeCandidate', id: string, name: string, route: NominationRoute, nominatedBy: string | null, eligibilityAttested: boolean, elected: boolean, position: CommitteePosition | null, leftOn: string | null }>, members: Array<{ __typename?: 'CommitteeCandidate', id: string, name: string, route: NominationRoute, nominatedBy: string | null, eligibilityAttested: boolean, elected: boolean, position: CommitteePosition | null, leftOn: string | null }>, counters: Array<{ __typename?: 'ElectionCounter', id: string, name: string, role: CounterRole }>, result: { __typename?: 'ElectionTally', valid: boolean, voidReason: ElectionVoidReason | null, cast: number, voidBallots: number, elected: Array<string>, vacant: number, counts: Array<{ __typename?: 'CandidateCount', candidateId: string, headcount: number, area: string, qualifies: boolean }>, pendingTie: { __typename?: 'PendingTie', candidateIds: Array<string>, seats: number } | null } | null, recallMotions: Array<{ __typename?: 'RecallMotion', id: string, movedOn: string, memberIds: Array<string>, supporterCount: number, supportingArea: string, totalArea: string, reason: string, voteHeldOn: string | null, outcome: RecallOutcome | null }>, dutyReviews: Array<{ __typename?: 'DutyReview', id: string, reviewedOn: string, reviewer: string, note: string | null, results: Array<{ __typename?: 'DutyAnswer', code: string, label: string, result: DutyResult }> }>, availableActions: Array<{ __typename?: 'ElectionAvailableAction', action: ElectionAction, available: boolean, reason: string | null }> } | null };

export type CommitteeElectionDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitteeElectionDocumentsQuery = { __typename?: 'Query', committeeElection: { __typename?: 'CommitteeElection', id: string, documents: { __typename?: 'ElectionDocuments', notice: string | null, candidateList: string, paperBallot: string } } | null };

export type OwnerUnitsQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type OwnerUnitsQuery = { __typename?: 'Query', ownerUnits: Array<{ __typename?: 'OwnerUnit', id: string, building: string, unitNo: string, room: string, area: string, owners: Array<{ __typename?: 'UnitOwner', name: string, idMasked: string, phone: string | null }> }> };

export type CommitteeDutiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitteeDutiesQuery = { __typename?: 'Query', committeeDuties: Array<{ __typename?: 'CommitteeDuty', code: string, label: string }> };

export type ImportCommitteeOwnersMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  rows: Array<OwnerRowInput> | OwnerRowInput;
}>;


export type ImportCommitteeOwnersMutation = { __typename?: 'Mutation', importCommitteeOwners: { __typename: 'MutationImportCommitteeOwnersSuccess', data: { __typename?: 'OwnerImportReport', units: number, owners: number } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CreateCommitteeElectionMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
  members: Array<PreparatoryMemberInput> | PreparatoryMemberInput;
  assembly: AssemblyInput;
}>;


export type CreateCommitteeElectionMutation = { __typename?: 'Mutation', createCommitteeElection: { __typename: 'MutationCreateCommitteeElectionSuccess', data: { __typename?: 'CommitteeElection', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CallSupplementaryElectionMutationVariables = Exact<{
  committeeId: Scalars['ID']['input'];
  members: Array<PreparatoryMemberInput> | PreparatoryMemberInput;
  assembly: AssemblyInput;
}>;


export type CallSupplementaryElectionMutation = { __typename?: 'Mutation', callSupplementaryElection: { __typename: 'MutationCallSupplementaryElectionSuccess', data: { __typename?: 'CommitteeElection', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type NominateCommitteeCandidateMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  route: NominationRoute;
  nominatedBy?: InputMaybe<Scalars['String']['input']>;
  eligibilityAttested: Scalars['Boolean']['input'];
  attestedBy?: InputMaybe<Scalars['String']['input']>;
}>;


export type NominateCommitteeCandidateMutation = { __typename?: 'Mutation', nominateCommitteeCandidate: { __typename: 'MutationNominateCommitteeCandidateSuccess', data: { __typename?: 'CommitteeCandidate', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AttestCommitteeCandidateMutationVariables = Exact<{
  candidateId: Scalars['ID']['input'];
  attestedBy: Scalars['String']['input'];
}>;


export type AttestCommitteeCandidateMutation = { __typename?: 'Mutation', attestCommitteeCandidate: { __typename: 'MutationAttestCommitteeCandidateSuccess', data: { __typename?: 'CommitteeCandidate', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AddElectionCounterMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  role: CounterRole;
}>;


export type AddElectionCounterMutation = { __typename?: 'Mutation', addElectionCounter: { __typename: 'MutationAddElectionCounterSuccess', data: { __typename?: 'ElectionCounter', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PubliciseCandidatesMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
}>;


export type PubliciseCandidatesMutation = { __typename?: 'Mutation', publiciseCandidates: { __typename: 'MutationPubliciseCandidatesSuccess', data: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type FreezeVoterRollMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
}>;


export type FreezeVoterRollMutation = { __typename?: 'Mutation', freezeVoterRoll: { __typename: 'MutationFreezeVoterRollSuccess', data: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type IssueVotingCodesMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
}>;


export type IssueVotingCodesMutation = { __typename?: 'Mutation', issueVotingCodes: { __typename: 'MutationIssueVotingCodesSuccess', data: Array<{ __typename?: 'IssuedVotingCode', unitId: string, building: string, unitNo: string, room: string, code: string }> } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type OpenVotingMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
  opensAt: Scalars['DateTime']['input'];
  closesAt: Scalars['DateTime']['input'];
}>;


export type OpenVotingMutation = { __typename?: 'Mutation', openVoting: { __typename: 'MutationOpenVotingSuccess', data: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SignInPaperVoterMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
  proxyName?: InputMaybe<Scalars['String']['input']>;
}>;


export type SignInPaperVoterMutation = { __typename?: 'Mutation', signInPaperVoter: { __typename: 'MutationSignInPaperVoterSuccess', data: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type EnterPaperBallotMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
  counterId: Scalars['ID']['input'];
  paperNo: Scalars['String']['input'];
  choices: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  area: Scalars['String']['input'];
}>;


export type EnterPaperBallotMutation = { __typename?: 'Mutation', enterPaperBallot: { __typename: 'MutationEnterPaperBallotSuccess', data: { __typename?: 'PaperEntryResult', paperNo: string, entries: number, mismatch: boolean } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CloseVotingMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
}>;


export type CloseVotingMutation = { __typename?: 'Mutation', closeVoting: { __typename: 'MutationCloseVotingSuccess', data: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CountVotesMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
}>;


export type CountVotesMutation = { __typename?: 'Mutation', countVotes: { __typename: 'MutationCountVotesSuccess', data: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SettleElectionTieMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
  winners: Array<MemberVoteInput> | MemberVoteInput;
}>;


export type SettleElectionTieMutation = { __typename?: 'Mutation', settleElectionTie: { __typename: 'MutationSettleElectionTieSuccess', data: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ElectCommitteeOfficersMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
  officers: Array<OfficerInput> | OfficerInput;
}>;


export type ElectCommitteeOfficersMutation = { __typename?: 'Mutation', electCommitteeOfficers: { __typename: 'MutationElectCommitteeOfficersSuccess', data: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SignOffCountMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
  counterIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SignOffCountMutation = { __typename?: 'Mutation', signOffCount: { __typename: 'MutationSignOffCountSuccess', data: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type FileCommitteeMutationVariables = Exact<{
  electionId: Scalars['ID']['input'];
  filedWith: Scalars['String']['input'];
}>;


export type FileCommitteeMutation = { __typename?: 'Mutation', fileCommittee: { __typename: 'MutationFileCommitteeSuccess', data: { __typename?: 'CommitteeElection', id: string, status: ElectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type MoveRecallMutationVariables = Exact<{
  committeeId: Scalars['ID']['input'];
  memberIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  supporterUnitIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type MoveRecallMutation = { __typename?: 'Mutation', moveRecall: { __typename: 'MutationMoveRecallSuccess', data: { __typename?: 'RecallMotion', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordRecallVoteMutationVariables = Exact<{
  motionId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  participatedArea: Scalars['String']['input'];
  participatedHeadcount: Scalars['Int']['input'];
  inFavourArea: Scalars['String']['input'];
  inFavourHeadcount: Scalars['Int']['input'];
}>;


export type RecordRecallVoteMutation = { __typename?: 'Mutation', recordRecallVote: { __typename: 'MutationRecordRecallVoteSuccess', data: { __typename?: 'RecallMotion', id: string, outcome: RecallOutcome | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ReviewCommitteeDutiesMutationVariables = Exact<{
  committeeId: Scalars['ID']['input'];
  reviewer: Scalars['String']['input'];
  results: Array<DutyAnswerInput> | DutyAnswerInput;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewCommitteeDutiesMutation = { __typename?: 'Mutation', reviewCommitteeDuties: { __typename: 'MutationReviewCommitteeDutiesSuccess', data: { __typename?: 'DutyReview', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordCommitteeVacancyMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RecordCommitteeVacancyMutation = { __typename?: 'Mutation', recordCommitteeVacancy: { __typename: 'MutationRecordCommitteeVacancySuccess', data: { __typename?: 'CommitteeCandidate', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordCommitteeTrainingMutationVariables = Exact<{
  topic: Scalars['String']['input'];
  heldOn: Scalars['Date']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  attendees: Array<TrainingAttendeeInput> | TrainingAttendeeInput;
}>;


export type RecordCommitteeTrainingMutation = { __typename?: 'Mutation', recordTrainingSession: { __typename: 'MutationRecordTrainingSessionSuccess', data: { __typename?: 'TrainingSession', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type VotingBallotQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VotingBallotQuery = { __typename?: 'Query', votingBallot: { __typename?: 'VotingBallot', electionId: string, communityName: string, seats: number, opensAt: string | null, closesAt: string | null, open: boolean, candidates: Array<{ __typename?: 'CommitteeCandidate', id: string, name: string, route: NominationRoute }> } | null };

export type CastBallotMutationVariables = Exact<{
  code: Scalars['String']['input'];
  choices: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CastBallotMutation = { __typename?: 'Mutation', castBallot: { __typename: 'MutationCastBallotSuccess', data: { __typename?: 'BallotReceipt', receiptId: string, electionId: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ElectionResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ElectionResultsQuery = { __typename?: 'Query', electionResults: { __typename?: 'ElectionResults', electionId: string, communityName: string, status: ElectionStatus, countedOn: string, seats: number, rollHeadcount: number, rollArea: string, participatedHeadcount: number, participatedArea: string, tieSettledBy: unknown | null, ballotList: string, ballotListHash: string, recountMatches: boolean, ruleSet: { __typename?: 'CommitteeRuleSet', code: string, version: number, label: string }, candidates: Array<{ __typename?: 'CommitteeCandidate', id: string, name: string, route: NominationRoute, elected: boolean, position: CommitteePosition | null }>, tally: { __typename?: 'ElectionTally', valid: boolean, voidReason: ElectionVoidReason | null, cast: number, voidBallots: number, elected: Array<string>, vacant: number, counts: Array<{ __typename?: 'CandidateCount', candidateId: string, headcount: number, area: string, qualifies: boolean }>, pendingTie: { __typename?: 'PendingTie', candidateIds: Array<string>, seats: number } | null } } | null };

export type BallotReceiptQueryVariables = Exact<{
  electionId: Scalars['ID']['input'];
  receipt: Scalars['String']['input'];
}>;


export type BallotReceiptQuery = { __typename?: 'Query', ballotReceipt: { __typename?: 'PublishedBallot', receiptId: string, area: string, choices: Array<string> } | null };

export type HandoversPageQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoversPageQuery = { __typename?: 'Query', handoverPolicy: { __typename?: 'HandoverPolicy', defaultDays: number, minDays: number, maxDays: number }, handovers: Array<{ __typename?: 'Handover', id: string, status: HandoverStatus, deadline: string, overdue: boolean, communityId: string, communityName: string, townshipName: string, outgoingName: string, successorId: string | null, successorName: string | null, decisionNo: string, openItemCount: number, completedOn: string | null, checklist: Array<{ __typename?: 'HandoverChecklistEntry', item: HandoverItem, label: string, doneOn: string | null }>, availableActions: Array<{ __typename?: 'HandoverAvailableAction', action: HandoverAction, available: boolean, reason: string | null }> }> };

export type ExpulsionCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpulsionCandidatesQuery = { __typename?: 'Query', expulsionCandidates: Array<{ __typename?: 'ExpulsionCandidate', enterpriseId: string, name: string, status: EnterpriseStatus, listStatus: ListStatus, grade: CreditGrade | null, communityCount: number, availableActions: Array<{ __typename?: 'ExpulsionAvailableAction', action: ExpulsionAction, available: boolean, reason: string | null }> }> };

export type SuccessorOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SuccessorOptionsQuery = { __typename?: 'Query', enterprises: { __typename?: 'EnterprisePage', items: Array<{ __typename?: 'Enterprise', id: string, name: string, listStatus: ListStatus }> } };

export type ExpelEnterpriseMutationVariables = Exact<{
  input: ExpulsionInput;
}>;


export type ExpelEnterpriseMutation = { __typename?: 'Mutation', expelEnterprise: { __typename: 'MutationExpelEnterpriseSuccess', data: { __typename?: 'Expulsion', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AppointHandoverSuccessorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  successorId: Scalars['ID']['input'];
}>;


export type AppointHandoverSuccessorMutation = { __typename?: 'Mutation', appointHandoverSuccessor: { __typename: 'MutationAppointHandoverSuccessorSuccess', data: { __typename?: 'Handover', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SetHandoverChecklistItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  item: HandoverItem;
  done: Scalars['Boolean']['input'];
}>;


export type SetHandoverChecklistItemMutation = { __typename?: 'Mutation', setHandoverChecklistItem: { __typename: 'MutationSetHandoverChecklistItemSuccess', data: { __typename?: 'Handover', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CompleteHandoverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteHandoverMutation = { __typename?: 'Mutation', completeHandover: { __typename: 'MutationCompleteHandoverSuccess', data: { __typename?: 'Handover', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type InspectionPlanQueryVariables = Exact<{
  dueOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type InspectionPlanQuery = { __typename?: 'Query', inspectionPlan: { __typename?: 'InspectionPlan', today: string, policy: { __typename?: 'InspectionFrequencyPolicy', label: string, blackListIntervalDays: number, unmanagedIntervalDays: number, dueSoonDays: number, intervals: Array<{ __typename?: 'InspectionGradeInterval', grade: CreditGrade, days: number }> }, rows: Array<{ __typename?: 'InspectionPlanRow', communityId: string, communityName: string, townshipName: string, enterpriseName: string | null, grade: CreditGrade | null, listStatus: ListStatus | null, handoverDeadline: string | null, intervalDays: number, lastInspectedOn: string | null, nextDue: string | null, status: InspectionDueStatus, daysOverdue: number }> } };

export type CreditRecordListFieldsFragment = { __typename?: 'CreditRecord', id: string, subjectType: CreditSubjectType, enterpriseId: string, managerId: string | null, communityId: string | null, itemCode: string, itemLabel: string | null, points: number, termMonths: number, serious: boolean, veto: boolean, commendation: boolean, standardVersion: number, effectiveFrom: string, expiresOn: string, status: CreditRecordStatus, proposedById: string | null, proposedAt: string, reason: string, sourceType: CreditSourceType, sourceId: string | null, publicizedOn: string | null, objectionDeadline: string | null, objectionDaysLeft: number | null, confirmedOn: string | null, repairedOn: string | null, correctsId: string | null, createdAt: string, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, manager: { __typename?: 'ProjectManager', id: string, name: string } | null, community: { __typename?: 'Community', id: string, name: string } | null, availableActions: Array<{ __typename?: 'CreditRecordAvailableAction', action: CreditRecordAction, available: boolean, reason: string | null, reasons: Array<string>, availableFrom: string | null }>, objections: Array<{ __typename?: 'Objection', id: string, status: ObjectionStatus }> };

export type CreditRecordFieldsFragment = { __typename?: 'CreditRecord', evidence: string | null, reviewerId: string | null, decision: string | null, decisionNote: string | null, decidedAt: string | null, revokedById: string | null, revokedAt: string | null, revokeReason: string | null, blacklistMonths: number | null, id: string, subjectType: CreditSubjectType, enterpriseId: string, managerId: string | null, communityId: string | null, itemCode: string, itemLabel: string | null, points: number, termMonths: number, serious: boolean, veto: boolean, commendation: boolean, standardVersion: number, effectiveFrom: string, expiresOn: string, status: CreditRecordStatus, proposedById: string | null, proposedAt: string, reason: string, sourceType: CreditSourceType, sourceId: string | null, publicizedOn: string | null, objectionDeadline: string | null, objectionDaysLeft: number | null, confirmedOn: string | null, repairedOn: string | null, correctsId: string | null, createdAt: string, events: Array<{ __typename?: 'CreditRecordEvent', id: string, fromStatus: CreditRecordStatus | null, toStatus: CreditRecordStatus, at: string, actorName: string | null, note: string | null }>, objections: Array<{ __typename?: 'Objection', id: string, status: ObjectionStatus, statement: string, evidence: string | null, filedAt: string, decisionNote: string | null, decidedAt: string | null }>, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, manager: { __typename?: 'ProjectManager', id: string, name: string } | null, community: { __typename?: 'Community', id: string, name: string } | null, availableActions: Array<{ __typename?: 'CreditRecordAvailableAction', action: CreditRecordAction, available: boolean, reason: string | null, reasons: Array<string>, availableFrom: string | null }> };

export type CreditRecordListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<CreditRecordSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<CreditRecordFilter>;
}>;


export type CreditRecordListQuery = { __typename?: 'Query', creditRecords: { __typename?: 'CreditRecordPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'CreditRecord', id: string, subjectType: CreditSubjectType, enterpriseId: string, managerId: string | null, communityId: string | null, itemCode: string, itemLabel: string | null, points: number, termMonths: number, serious: boolean, veto: boolean, commendation: boolean, standardVersion: number, effectiveFrom: string, expiresOn: string, status: CreditRecordStatus, proposedById: string | null, proposedAt: string, reason: string, sourceType: CreditSourceType, sourceId: string | null, publicizedOn: string | null, objectionDeadline: string | null, objectionDaysLeft: number | null, confirmedOn: string | null, repairedOn: string | null, correctsId: string | null, createdAt: string, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, manager: { __typename?: 'ProjectManager', id: string, name: string } | null, community: { __typename?: 'Community', id: string, name: string } | null, availableActions: Array<{ __typename?: 'CreditRecordAvailableAction', action: CreditRecordAction, available: boolean, reason: string | null, reasons: Array<string>, availableFrom: string | null }>, objections: Array<{ __typename?: 'Objection', id: string, status: ObjectionStatus }> }> } };

export type CreditRecordOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CreditRecordOneQuery = { __typename?: 'Query', creditRecord: { __typename?: 'CreditRecord', evidence: string | null, reviewerId: string | null, decision: string | null, decisionNote: string | null, decidedAt: string | null, revokedById: string | null, revokedAt: string | null, revokeReason: string | null, blacklistMonths: number | null, id: string, subjectType: CreditSubjectType, enterpriseId: string, managerId: string | null, communityId: string | null, itemCode: string, itemLabel: string | null, points: number, termMonths: number, serious: boolean, veto: boolean, commendation: boolean, standardVersion: number, effectiveFrom: string, expiresOn: string, status: CreditRecordStatus, proposedById: string | null, proposedAt: string, reason: string, sourceType: CreditSourceType, sourceId: string | null, publicizedOn: string | null, objectionDeadline: string | null, objectionDaysLeft: number | null, confirmedOn: string | null, repairedOn: string | null, correctsId: string | null, createdAt: string, events: Array<{ __typename?: 'CreditRecordEvent', id: string, fromStatus: CreditRecordStatus | null, toStatus: CreditRecordStatus, at: string, actorName: string | null, note: string | null }>, objections: Array<{ __typename?: 'Objection', id: string, status: ObjectionStatus, statement: string, evidence: string | null, filedAt: string, decisionNote: string | null, decidedAt: string | null }>, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, manager: { __typename?: 'ProjectManager', id: string, name: string } | null, community: { __typename?: 'Community', id: string, name: string } | null, availableActions: Array<{ __typename?: 'CreditRecordAvailableAction', action: CreditRecordAction, available: boolean, reason: string | null, reasons: Array<string>, availableFrom: string | null }> } | null };

export type CreditRecordCreateMutationVariables = Exact<{
  input: ProposeCreditRecordInput;
}>;


export type CreditRecordCreateMutation = { __typename?: 'Mutation', proposeCreditRecord: { __typename: 'MutationProposeCreditRecordSuccess', data: { __typename?: 'CreditRecord', evidence: string | null, reviewerId: string | null, decision: string | null, decisionNote: string | null, decidedAt: string | null, revokedById: string | null, revokedAt: string | null, revokeReason: string | null, blacklistMonths: number | null, id: string, subjectType: CreditSubjectType, enterpriseId: string, managerId: string | null, communityId: string | null, itemCode: string, itemLabel: string | null, points: number, termMonths: number, serious: boolean, veto: boolean, commendation: boolean, standardVersion: number, effectiveFrom: string, expiresOn: string, status: CreditRecordStatus, proposedById: string | null, proposedAt: string, reason: string, sourceType: CreditSourceType, sourceId: string | null, publicizedOn: string | null, objectionDeadline: string | null, objectionDaysLeft: number | null, confirmedOn: string | null, repairedOn: string | null, correctsId: string | null, createdAt: string, events: Array<{ __typename?: 'CreditRecordEvent', id: string, fromStatus: CreditRecordStatus | null, toStatus: CreditRecordStatus, at: string, actorName: string | null, note: string | null }>, objections: Array<{ __typename?: 'Objection', id: string, status: ObjectionStatus, statement: string, evidence: string | null, filedAt: string, decisionNote: string | null, decidedAt: string | null }>, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, manager: { __typename?: 'ProjectManager', id: string, name: string } | null, community: { __typename?: 'Community', id: string, name: string } | null, availableActions: Array<{ __typename?: 'CreditRecordAvailableAction', action: CreditRecordAction, available: boolean, reason: string | null, reasons: Array<string>, availableFrom: string | null }> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ObjectionFieldsFragment = { __typename?: 'Objection', id: string, status: ObjectionStatus, statement: string, evidence: string | null, filedAt: string, filedById: string, decidedAt: string | null, decidedById: string | null, decisionNote: string | null, enterpriseId: string, recordId: string, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, availableActions: Array<{ __typename?: 'ObjectionAvailableAction', action: ObjectionAction, available: boolean, reason: string | null }>, record: { __typename?: 'CreditRecord', id: string, itemCode: string, itemLabel: string | null, points: number, status: CreditRecordStatus, reason: string, effectiveFrom: string, objectionDeadline: string | null, proposedById: string | null, enterpriseId: string } | null };

export type ObjectionListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<ObjectionSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<ObjectionFilter>;
}>;


export type ObjectionListQuery = { __typename?: 'Query', objections: { __typename?: 'ObjectionPage', total: number, items: Array<{ __typename?: 'Objection', id: string, status: ObjectionStatus, statement: string, evidence: string | null, filedAt: string, filedById: string, decidedAt: string | null, decidedById: string | null, decisionNote: string | null, enterpriseId: string, recordId: string, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, availableActions: Array<{ __typename?: 'ObjectionAvailableAction', action: ObjectionAction, available: boolean, reason: string | null }>, record: { __typename?: 'CreditRecord', id: string, itemCode: string, itemLabel: string | null, points: number, status: CreditRecordStatus, reason: string, effectiveFrom: string, objectionDeadline: string | null, proposedById: string | null, enterpriseId: string } | null }> } };

export type EnterpriseCreditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
}>;


export type EnterpriseCreditQuery = { __typename?: 'Query', enterprise: { __typename?: 'Enterprise', id: string, name: string, uscc: string, status: EnterpriseStatus, township: { __typename?: 'Township', id: string, name: string }, credit: { __typename?: 'CreditStanding', asOf: string, score: number, grade: CreditGrade, positivePoints: number, negativePoints: number, veto: boolean, standardVersion: number, listStatus: ListStatus | null, listUntil: string | null, breakdown: Array<{ __typename?: 'CreditBreakdownItem', recordId: string, itemCode: string, points: number, termMonths: number, effectiveFrom: string, expiresOn: string, veto: boolean, inherited: boolean, record: { __typename?: 'CreditRecord', id: string, itemLabel: string | null, reason: string, status: CreditRecordStatus, sourceType: CreditSourceType, confirmedOn: string | null, availableActions: Array<{ __typename?: 'CreditRecordAvailableAction', action: CreditRecordAction, available: boolean, reason: string | null, reasons: Array<string>, availableFrom: string | null }> } }>, history: Array<{ __typename?: 'ScorePoint', date: string, score: number, grade: CreditGrade }> } } | null };

export type CreditGuidanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CreditGuidanceQuery = { __typename?: 'Query', enterprise: { __typename?: 'Enterprise', id: string, creditGuidance: { __typename?: 'CreditGuidance', asOf: string, score: number, grade: CreditGrade, nextGrade: CreditGrade | null, pointsToNextGrade: number | null, vetoed: boolean, positiveRoom: number, openIssues: number, changes: Array<{ __typename?: 'CreditScoreChange', recordId: string, itemCode: string, points: number, endsOn: string, score: number, grade: CreditGrade, record: { __typename?: 'CreditRecord', id: string, itemLabel: string | null, availableActions: Array<{ __typename?: 'CreditRecordAvailableAction', action: CreditRecordAction, available: boolean, reason: string | null, reasons: Array<string>, availableFrom: string | null }> } }>, positiveItems: Array<{ __typename?: 'CreditPositiveItem', code: string, label: string, points: number, termMonths: number, howEarned: string, inEffect: number, moreAllowed: number | null }> } | null } | null };

export type RankingQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['Date']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  grade?: InputMaybe<CreditGrade>;
  worstFirst?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RankingQuery = { __typename?: 'Query', ranking: { __typename?: 'RankingPage', total: number, asOf: string, standardVersion: number | null, items: Array<{ __typename?: 'RankingRow', rank: number, enterpriseId: string, name: string, uscc: string, townshipId: string, townshipName: string, score: number, grade: CreditGrade, positivePoints: number, negativePoints: number, listStatus: ListStatus, listUntil: string | null }> } };

export type ListedFieldsFragment = { __typename?: 'ListedFirm', enterpriseId: string, name: string, uscc: string, score: number, grade: CreditGrade | null, kind: ListKind | null, reason: string | null, reasonText: string | null, from: string | null, until: string | null };

export type PublicFirmSearchQueryVariables = Exact<{
  q: Scalars['String']['input'];
}>;


export type PublicFirmSearchQuery = { __typename?: 'Query', publicFirmSearch: Array<{ __typename?: 'PublicFirm', enterpriseId: string, name: string, uscc: string, latest: { __typename?: 'PublicRatedFirm', quarter: string, rated: { __typename?: 'RatedFirm', rank: number, score: number, grade: CreditGrade } }, listings: Array<{ __typename?: 'ListedFirm', kind: ListKind | null, reasonText: string | null, until: string | null }> }> };

export type PublicFirmQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicFirmQuery = { __typename?: 'Query', publicFirm: { __typename?: 'PublicFirm', enterpriseId: string, name: string, uscc: string, ratings: Array<{ __typename?: 'PublicRatedFirm', quarter: string, rated: { __typename?: 'RatedFirm', rank: number, score: number, grade: CreditGrade, townshipName: string } }>, listings: Array<{ __typename?: 'ListedFirm', enterpriseId: string, name: string, uscc: string, score: number, grade: CreditGrade | null, kind: ListKind | null, reason: string | null, reasonText: string | null, from: string | null, until: string | null }> } | null };

export type BoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardsQuery = { __typename?: 'Query', redList: Array<{ __typename?: 'ListedFirm', enterpriseId: string, name: string, uscc: string, score: number, grade: CreditGrade | null, kind: ListKind | null, reason: string | null, reasonText: string | null, from: string | null, until: string | null }>, blackList: Array<{ __typename?: 'ListedFirm', enterpriseId: string, name: string, uscc: string, score: number, grade: CreditGrade | null, kind: ListKind | null, reason: string | null, reasonText: string | null, from: string | null, until: string | null }>, ratings: Array<{ __typename?: 'Rating', id: string, quarter: string, status: RatingStatus, publishedOn: string | null, asOf: string, total: number, standardVersion: number }> };

export type RatingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RatingsQuery = { __typename?: 'Query', ratings: Array<{ __typename?: 'Rating', id: string, quarter: string, status: RatingStatus, asOf: string, publishedOn: string | null, preparedAt: string, reviewedAt: string | null, total: number, standardVersion: number }> };

export type RatingQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RatingQuery = { __typename?: 'Query', rating: { __typename?: 'Rating', id: string, quarter: string, status: RatingStatus, asOf: string, publishedOn: string | null, preparedAt: string, reviewedAt: string | null, reviewNote: string | null, total: number, standardVersion: number, g5ProposalIds: Array<string>, availableActions: Array<{ __typename?: 'RatingAvailableAction', action: RatingAction, available: boolean, reason: string | null }>, distribution: Array<{ __typename?: 'GradeCount', grade: CreditGrade, count: number }>, redList: Array<{ __typename?: 'ListedFirm', enterpriseId: string, name: string, uscc: string, score: number, grade: CreditGrade | null, kind: ListKind | null, reason: string | null, reasonText: string | null, from: string | null, until: string | null }>, blackList: Array<{ __typename?: 'ListedFirm', enterpriseId: string, name: string, uscc: string, score: number, grade: CreditGrade | null, kind: ListKind | null, reason: string | null, reasonText: string | null, from: string | null, until: string | null }>, consecutiveC: Array<{ __typename?: 'ListedFirm', enterpriseId: string, name: string, uscc: string, score: number, grade: CreditGrade | null, kind: ListKind | null, reason: string | null, reasonText: string | null, from: string | null, until: string | null }>, ranking: Array<{ __typename?: 'RatedFirm', rank: number, enterpriseId: string, name: string, uscc: string, townshipName: string, score: number, grade: CreditGrade, positivePoints: number, negativePoints: number }> } | null };

export type PrepareRatingMutationVariables = Exact<{
  quarter: Scalars['String']['input'];
}>;


export type PrepareRatingMutation = { __typename?: 'Mutation', prepareRating: { __typename: 'MutationPrepareRatingSuccess', data: { __typename?: 'Rating', id: string, quarter: string, status: RatingStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ReviewRatingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewRatingMutation = { __typename?: 'Mutation', reviewRating: { __typename: 'MutationReviewRatingSuccess', data: { __typename?: 'Rating', id: string, quarter: string, status: RatingStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublishRatingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishRatingMutation = { __typename?: 'Mutation', publishRating: { __typename: 'MutationPublishRatingSuccess', data: { __typename?: 'Rating', id: string, quarter: string, status: RatingStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublicizeCreditRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicizeCreditRecordMutation = { __typename?: 'Mutation', publicizeCreditRecord: { __typename: 'MutationPublicizeCreditRecordSuccess', data: { __typename?: 'CreditRecord', id: string, status: CreditRecordStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type FileObjectionMutationVariables = Exact<{
  recordId: Scalars['ID']['input'];
  statement: Scalars['String']['input'];
  evidence?: InputMaybe<Scalars['String']['input']>;
}>;


export type FileObjectionMutation = { __typename?: 'Mutation', fileObjection: { __typename: 'MutationFileObjectionSuccess', data: { __typename?: 'Objection', id: string, status: ObjectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type DecideObjectionMutationVariables = Exact<{
  objectionId: Scalars['ID']['input'];
  upholdRecord: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
}>;


export type DecideObjectionMutation = { __typename?: 'Mutation', decideObjection: { __typename: 'MutationDecideObjectionSuccess', data: { __typename?: 'Objection', id: string, status: ObjectionStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RevokeCreditRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reissue?: InputMaybe<ProposeCreditRecordInput>;
}>;


export type RevokeCreditRecordMutation = { __typename?: 'Mutation', revokeCreditRecord: { __typename: 'MutationRevokeCreditRecordSuccess', data: { __typename?: 'RevokeCreditRecordResult', revoked: { __typename?: 'CreditRecord', id: string, status: CreditRecordStatus }, reissued: { __typename?: 'CreditRecord', id: string, status: CreditRecordStatus } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ApplyForRepairMutationVariables = Exact<{
  recordId: Scalars['ID']['input'];
  commitment: Scalars['String']['input'];
}>;


export type ApplyForRepairMutation = { __typename?: 'Mutation', applyForRepair: { __typename: 'MutationApplyForRepairSuccess', data: { __typename?: 'RepairApplication', id: string, status: RepairStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type DecideRepairMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  reasons: Scalars['String']['input'];
}>;


export type DecideRepairMutation = { __typename?: 'Mutation', decideRepair: { __typename: 'MutationDecideRepairSuccess', data: { __typename?: 'RepairApplication', id: string, status: RepairStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ScoringStandardItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringStandardItemsQuery = { __typename?: 'Query', scoringStandard: { __typename?: 'ScoringStandard', version: number, base: number, positiveCap: number, items: Array<{ __typename?: 'CreditItem', code: string, label: string, points: number, termMonths: number, subject: CreditSubjectType, serious: boolean, veto: boolean }> } };

export type NotificationsQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationPage', total: number, unread: number, items: Array<{ __typename?: 'Notification', id: string, kind: string, title: string, body: string | null, recordId: string | null, createdAt: string, readAt: string | null }> } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationPage', unread: number } };

export type MarkNotificationReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: number };

export type RepairApplicationFieldsFragment = { __typename?: 'RepairApplication', id: string, status: RepairStatus, commitment: string, openIssues: number, appliedAt: string, appliedById: string, decidedAt: string | null, decidedById: string | null, reasons: string | null, enterpriseId: string, recordId: string, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, availableActions: Array<{ __typename?: 'RepairAvailableAction', action: RepairAction, available: boolean, reason: string | null }>, record: { __typename?: 'CreditRecord', id: string, itemCode: string, itemLabel: string | null, points: number, status: CreditRecordStatus, reason: string, effectiveFrom: string, expiresOn: string, confirmedOn: string | null } | null };

export type RepairApplicationListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<RepairApplicationSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<RepairApplicationFilter>;
}>;


export type RepairApplicationListQuery = { __typename?: 'Query', repairApplications: { __typename?: 'RepairApplicationPage', total: number, items: Array<{ __typename?: 'RepairApplication', id: string, status: RepairStatus, commitment: string, openIssues: number, appliedAt: string, appliedById: string, decidedAt: string | null, decidedById: string | null, reasons: string | null, enterpriseId: string, recordId: string, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, availableActions: Array<{ __typename?: 'RepairAvailableAction', action: RepairAction, available: boolean, reason: string | null }>, record: { __typename?: 'CreditRecord', id: string, itemCode: string, itemLabel: string | null, points: number, status: CreditRecordStatus, reason: string, effectiveFrom: string, expiresOn: string, confirmedOn: string | null } | null }> } };

export type AddDeveloperProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  communityId: Scalars['ID']['input'];
  handoverDate: Scalars['Date']['input'];
}>;


export type AddDeveloperProjectMutation = { __typename?: 'Mutation', addDeveloperProject: { __typename: 'MutationAddDeveloperProjectSuccess', data: { __typename?: 'Developer', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CreditRecommendationsQueryVariables = Exact<{
  status?: InputMaybe<RecommendationStatus>;
}>;


export type CreditRecommendationsQuery = { __typename?: 'Query', creditRecommendations: Array<{ __typename?: 'CreditRecommendation', id: string, enterpriseId: string, enterpriseName: string, uscc: string, grade: CreditGrade, gradeAtProposal: CreditGrade, scoreAtProposal: number, reasons: string, status: RecommendationStatus, proposedOn: string, proposedByName: string | null, decidedOn: string | null, decidedByName: string | null, decisionNote: string | null, availableActions: Array<{ __typename?: 'RecommendationAvailableAction', action: RecommendationAction, available: boolean, reason: string | null }> }> };

export type RecommendationEligibilityQueryVariables = Exact<{
  enterpriseId: Scalars['ID']['input'];
}>;


export type RecommendationEligibilityQuery = { __typename?: 'Query', recommendationEligibility: { __typename?: 'RecommendationEligibility', eligible: boolean, reason: string | null } };

export type ProposeCreditRecommendationMutationVariables = Exact<{
  enterpriseId: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
}>;


export type ProposeCreditRecommendationMutation = { __typename?: 'Mutation', proposeCreditRecommendation: { __typename: 'MutationProposeCreditRecommendationSuccess', data: { __typename?: 'CreditRecommendation', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type DecideCreditRecommendationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideCreditRecommendationMutation = { __typename?: 'Mutation', decideCreditRecommendation: { __typename: 'MutationDecideCreditRecommendationSuccess', data: { __typename?: 'CreditRecommendation', id: string, status: RecommendationStatus } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecommendationFirmOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationFirmOptionsQuery = { __typename?: 'Query', enterprises: { __typename?: 'EnterprisePage', items: Array<{ __typename?: 'Enterprise', id: string, name: string, grade: CreditGrade | null }> } };

export type DeveloperFieldsFragment = { __typename?: 'Developer', id: string, name: string, uscc: string, contactPerson: string | null, contactPhone: string | null, address: string | null, createdAt: string, updatedAt: string, projects: Array<{ __typename?: 'DeveloperProject', id: string, communityId: string, communityName: string, townshipName: string, handoverDate: string, warranties: Array<{ __typename?: 'WarrantyPeriod', element: WarrantyElement, label: string, years: number, lastDay: string, inWarranty: boolean }> }> };

export type DeveloperListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<DeveloperSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<DeveloperFilter>;
}>;


export type DeveloperListQuery = { __typename?: 'Query', developers: { __typename?: 'DeveloperPage', total: number, items: Array<{ __typename?: 'Developer', id: string, name: string, uscc: string, contactPerson: string | null, contactPhone: string | null, address: string | null, createdAt: string, updatedAt: string }> } };

export type DeveloperOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeveloperOneQuery = { __typename?: 'Query', developer: { __typename?: 'Developer', id: string, name: string, uscc: string, contactPerson: string | null, contactPhone: string | null, address: string | null, createdAt: string, updatedAt: string, projects: Array<{ __typename?: 'DeveloperProject', id: string, communityId: string, communityName: string, townshipName: string, handoverDate: string, warranties: Array<{ __typename?: 'WarrantyPeriod', element: WarrantyElement, label: string, years: number, lastDay: string, inWarranty: boolean }> }> } | null };

export type DeveloperCreateMutationVariables = Exact<{
  input: DeveloperInput;
}>;


export type DeveloperCreateMutation = { __typename?: 'Mutation', createDeveloper: { __typename: 'MutationCreateDeveloperSuccess', data: { __typename?: 'Developer', id: string, name: string, uscc: string, contactPerson: string | null, contactPhone: string | null, address: string | null, createdAt: string, updatedAt: string, projects: Array<{ __typename?: 'DeveloperProject', id: string, communityId: string, communityName: string, townshipName: string, handoverDate: string, warranties: Array<{ __typename?: 'WarrantyPeriod', element: WarrantyElement, label: string, years: number, lastDay: string, inWarranty: boolean }> }> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type DeveloperUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DeveloperUpdateInput;
}>;


export type DeveloperUpdateMutation = { __typename?: 'Mutation', updateDeveloper: { __typename: 'MutationUpdateDeveloperSuccess', data: { __typename?: 'Developer', id: string, name: string, uscc: string, contactPerson: string | null, contactPhone: string | null, address: string | null, createdAt: string, updatedAt: string, projects: Array<{ __typename?: 'DeveloperProject', id: string, communityId: string, communityName: string, townshipName: string, handoverDate: string, warranties: Array<{ __typename?: 'WarrantyPeriod', element: WarrantyElement, label: string, years: number, lastDay: string, inWarranty: boolean }> }> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PlanFieldsFragment = { __typename?: 'ImprovementPlan', id: string, enterpriseId: string, enterpriseName: string, title: string, periodFrom: string, periodTo: string, goals: string, coordinator: string, status: ImprovementPlanStatus, signedBy: string | null, signedOn: string | null, signOffNote: string | null, measureCount: number, measuresDone: number, measuresDropped: number, doneShare: number | null, stagesAssessed: number, linesBelowStandard: Array<ServiceLine>, selfChecks: number, selfCheckIssues: number, owners: Array<{ __typename?: 'ServiceLineOwner', line: ServiceLine, name: string | null }>, measures: Array<{ __typename?: 'PlanMeasure', id: string, position: number, line: ServiceLine, templateCode: string | null, text: string, dueOn: string | null, status: PlanMeasureStatus, note: string | null }>, assessments: Array<{ __typename?: 'PlanAssessment', stage: PlanStage, line: ServiceLine, score: number, owner: string, note: string | null, assessedOn: string, upToStandard: boolean }>, availableActions: Array<{ __typename?: 'ImprovementPlanAvailableAction', action: ImprovementPlanAction, available: boolean, reason: string | null }> };

export type ImprovementPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type ImprovementPlansQuery = { __typename?: 'Query', improvementPlans: Array<{ __typename?: 'ImprovementPlan', id: string, enterpriseId: string, enterpriseName: string, title: string, periodFrom: string, periodTo: string, goals: string, coordinator: string, status: ImprovementPlanStatus, signedBy: string | null, signedOn: string | null, signOffNote: string | null, measureCount: number, measuresDone: number, measuresDropped: number, doneShare: number | null, stagesAssessed: number, linesBelowStandard: Array<ServiceLine>, selfChecks: number, selfCheckIssues: number, owners: Array<{ __typename?: 'ServiceLineOwner', line: ServiceLine, name: string | null }>, measures: Array<{ __typename?: 'PlanMeasure', id: string, position: number, line: ServiceLine, templateCode: string | null, text: string, dueOn: string | null, status: PlanMeasureStatus, note: string | null }>, assessments: Array<{ __typename?: 'PlanAssessment', stage: PlanStage, line: ServiceLine, score: number, owner: string, note: string | null, assessedOn: string, upToStandard: boolean }>, availableActions: Array<{ __typename?: 'ImprovementPlanAvailableAction', action: ImprovementPlanAction, available: boolean, reason: string | null }> }> };

export type ImprovementPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImprovementPlanQuery = { __typename?: 'Query', improvementPlan: { __typename?: 'ImprovementPlan', id: string, enterpriseId: string, enterpriseName: string, title: string, periodFrom: string, periodTo: string, goals: string, coordinator: string, status: ImprovementPlanStatus, signedBy: string | null, signedOn: string | null, signOffNote: string | null, measureCount: number, measuresDone: number, measuresDropped: number, doneShare: number | null, stagesAssessed: number, linesBelowStandard: Array<ServiceLine>, selfChecks: number, selfCheckIssues: number, owners: Array<{ __typename?: 'ServiceLineOwner', line: ServiceLine, name: string | null }>, measures: Array<{ __typename?: 'PlanMeasure', id: string, position: number, line: ServiceLine, templateCode: string | null, text: string, dueOn: string | null, status: PlanMeasureStatus, note: string | null }>, assessments: Array<{ __typename?: 'PlanAssessment', stage: PlanStage, line: ServiceLine, score: number, owner: string, note: string | null, assessedOn: string, upToStandard: boolean }>, availableActions: Array<{ __typename?: 'ImprovementPlanAvailableAction', action: ImprovementPlanAction, available: boolean, reason: string | null }> } | null, improvementPlanTemplate: Array<{ __typename?: 'PlanMeasureTemplate', code: string, line: ServiceLine, text: string, source: string }> };

export type ImprovementPlanTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type ImprovementPlanTemplateQuery = { __typename?: 'Query', improvementPlanTemplate: Array<{ __typename?: 'PlanMeasureTemplate', code: string, line: ServiceLine, text: string, source: string }> };

export type SaveImprovementPlanMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  input: ImprovementPlanInput;
}>;


export type SaveImprovementPlanMutation = { __typename?: 'Mutation', saveImprovementPlan: { __typename: 'MutationSaveImprovementPlanSuccess', data: { __typename?: 'ImprovementPlan', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SubmitImprovementPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitImprovementPlanMutation = { __typename?: 'Mutation', submitImprovementPlan: { __typename: 'MutationSubmitImprovementPlanSuccess', data: { __typename?: 'ImprovementPlan', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AssessImprovementPlanStageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  stage: PlanStage;
  assessedOn: Scalars['Date']['input'];
  lines: Array<PlanLineScoreInput> | PlanLineScoreInput;
}>;


export type AssessImprovementPlanStageMutation = { __typename?: 'Mutation', assessImprovementPlanStage: { __typename: 'MutationAssessImprovementPlanStageSuccess', data: { __typename?: 'ImprovementPlan', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type UpdateImprovementPlanMeasureMutationVariables = Exact<{
  measureId: Scalars['ID']['input'];
  status: PlanMeasureStatus;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateImprovementPlanMeasureMutation = { __typename?: 'Mutation', updateImprovementPlanMeasure: { __typename: 'MutationUpdateImprovementPlanMeasureSuccess', data: { __typename?: 'ImprovementPlan', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SignOffImprovementPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  signedBy: Scalars['String']['input'];
  signedOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type SignOffImprovementPlanMutation = { __typename?: 'Mutation', signOffImprovementPlan: { __typename: 'MutationSignOffImprovementPlanSuccess', data: { __typename?: 'ImprovementPlan', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type LeasingKpisQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type LeasingKpisQuery = { __typename?: 'Query', leasingKpis: { __typename?: 'LeasingKpis', asOf: string, occupancy: { __typename?: 'LeaseOccupancy', units: number, letUnits: number, rateBp: number | null, areaCenti: number, letAreaCenti: number, areaRateBp: number | null }, occupancyLastYear: { __typename?: 'LeaseOccupancy', units: number, letUnits: number, rateBp: number | null }, collection: { __typename?: 'LeaseCollection', dueCount: number, dueFen: number, onTimeCount: number, onTimeFen: number, rateBp: number | null }, collectionByMonth: Array<{ __typename?: 'LeaseCollection', month: number | null, dueCount: number, dueFen: number, onTimeFen: number, rateBp: number | null }>, arrears: { __typename?: 'LeaseArrearsKpi', contracts: number, overdueFen: number, bucketsFen: Array<number>, bucketLabels: Array<string> }, income: { __typename?: 'LeaseIncomeComparison', from: string, to: string, lastFrom: string, lastTo: string, thisYearFen: number, lastYearFen: number, changeBp: number | null, months: Array<{ __typename?: 'LeaseIncomeMonth', month: number, thisYearFen: number, lastYearFen: number }> } } };

export type LeaseSafetyQueryVariables = Exact<{ [key: string]: never; }>;


export type LeaseSafetyQuery = { __typename?: 'Query', leaseSafetyChecksDue: Array<{ __typename?: 'LeaseSafetyDue', unitId: string, unitLabel: string, tenantName: string, lastCheckedOn: string | null, dueOn: string, late: boolean }>, leaseSafetyFindings: Array<{ __typename?: 'LeaseSafetyFinding', id: string, unitLabel: string, tenantName: string | null, checkedOn: string, item: LeaseSafetyItemCode, category: string, description: string, state: LeaseSafetyFindingState, measures: string | null, deadline: string | null, overdue: boolean, departmentName: string | null, availableActions: Array<{ __typename?: 'LeaseSafetyAvailableAction', action: LeaseSafetyFindingAction, available: boolean, reason: string | null }>, events: Array<{ __typename?: 'LeaseSafetyEvent', id: string, action: string, toState: string, actorName: string, at: string, note: string | null }> }> };

export type RecordLeaseSafetyCheckMutationVariables = Exact<{
  input: LeaseSafetyCheckInput;
}>;


export type RecordLeaseSafetyCheckMutation = { __typename?: 'Mutation', recordLeaseSafetyCheck: { __typename: 'MutationRecordLeaseSafetyCheckSuccess', data: { __typename?: 'LeaseSafetyCheck', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ActOnLeaseSafetyFindingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: LeaseSafetyActionInput;
}>;


export type ActOnLeaseSafetyFindingMutation = { __typename?: 'Mutation', actOnLeaseSafetyFinding: { __typename: 'MutationActOnLeaseSafetyFindingSuccess', data: { __typename?: 'LeaseSafetyFinding', id: string, state: LeaseSafetyFindingState } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type LeaseMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeaseMeetingsQuery = { __typename?: 'Query', leaseMeetings: Array<{ __typename?: 'LeaseMeeting', id: string, title: string, heldAt: string, location: string, notice: string, minutes: string | null, decidedAt: string | null, decisions: Array<{ __typename?: 'LeaseMeetingDecision', text: string, owner: string | null, dueOn: string | null }> }> };

export type ScheduleLeaseMeetingMutationVariables = Exact<{
  input: LeaseMeetingInput;
}>;


export type ScheduleLeaseMeetingMutation = { __typename?: 'Mutation', scheduleLeaseMeeting: { __typename: 'MutationScheduleLeaseMeetingSuccess', data: { __typename?: 'LeaseMeeting', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordLeaseMeetingDecisionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  minutes?: InputMaybe<Scalars['String']['input']>;
  decisions: Array<LeaseMeetingDecisionInput> | LeaseMeetingDecisionInput;
}>;


export type RecordLeaseMeetingDecisionsMutation = { __typename?: 'Mutation', recordLeaseMeetingDecisions: { __typename: 'MutationRecordLeaseMeetingDecisionsSuccess', data: { __typename?: 'LeaseMeeting', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type LeaseUnitsQueryVariables = Exact<{
  filter?: InputMaybe<LeaseUnitFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LeaseUnitsQuery = { __typename?: 'Query', leaseUnits: { __typename?: 'LeaseUnitPage', total: number, items: Array<{ __typename?: 'LeaseUnit', id: string, label: string, kind: LeaseUnitKind, area: string, state: LeaseUnitState, condition: string, permittedUse: Array<LeaseTrade>, currentContract: { __typename?: 'LeaseContract', id: string, contractNo: string, tenantName: string, endDate: string } | null }> } };

export type LeaseUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeaseUnitQuery = { __typename?: 'Query', leaseUnit: { __typename?: 'LeaseUnit', id: string, label: string, building: string, floor: string, room: string, kind: LeaseUnitKind, area: string, state: LeaseUnitState, condition: string, permittedUse: Array<LeaseTrade>, photos: Array<string>, agencyDuties: string, tenantDuties: string, availableActions: Array<{ __typename?: 'LeaseUnitAvailableAction', action: LeaseUnitAction, available: boolean, reason: string | null }>, meters: Array<{ __typename?: 'Meter', id: string, code: string, kind: MeterKind, priceFen: number }>, currentContract: { __typename?: 'LeaseContract', id: string, contractNo: string, tenantName: string, startDate: string, endDate: string, state: LeaseContractState } | null } | null, tenders: { __typename?: 'TenderPage', items: Array<{ __typename?: 'Tender', id: string, opensOn: string, closesOn: string, state: TenderState, referenceRentFen: number }> } };

export type ListLeaseUnitMutationVariables = Exact<{
  input: LeaseUnitInput;
}>;


export type ListLeaseUnitMutation = { __typename?: 'Mutation', listLeaseUnit: { __typename: 'MutationListLeaseUnitSuccess', data: { __typename?: 'LeaseUnit', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublishTenderMutationVariables = Exact<{
  input: TenderInput;
}>;


export type PublishTenderMutation = { __typename?: 'Mutation', publishTender: { __typename: 'MutationPublishTenderSuccess', data: { __typename?: 'Tender', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type TendersQueryVariables = Exact<{
  filter?: InputMaybe<TenderFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TendersQuery = { __typename?: 'Query', tenders: { __typename?: 'TenderPage', total: number, items: Array<{ __typename?: 'Tender', id: string, opensOn: string, closesOn: string, state: TenderState, referenceRentFen: number, resultPublishedOn: string | null, unit: { __typename?: 'LeaseUnit', id: string, label: string }, bids: Array<{ __typename?: 'Bid', id: string }> }> } };

export type TenderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenderQuery = { __typename?: 'Query', tender: { __typename?: 'Tender', id: string, opensOn: string, closesOn: string, state: TenderState, referenceRentFen: number, resultPublishedOn: string | null, withdrawnOn: string | null, withdrawalReason: string | null, awardedBidId: string | null, referenceSources: Array<{ __typename?: 'TenderReferenceSource', description: string, annualRentFen: number }>, availableActions: Array<{ __typename?: 'TenderAvailableAction', action: TenderAction, available: boolean, reason: string | null }>, unit: { __typename?: 'LeaseUnit', id: string, label: string, area: string, state: LeaseUnitState, permittedUse: Array<LeaseTrade>, currentContract: { __typename?: 'LeaseContract', id: string, contractNo: string, bidId: string | null } | null }, bids: Array<{ __typename?: 'Bid', id: string, bidderName: string, bidderContact: string, trade: LeaseTrade, annualRentFen: number, months: number, placedAt: string, state: BidState }> } | null };

export type PlaceBidMutationVariables = Exact<{
  input: BidInput;
}>;


export type PlaceBidMutation = { __typename?: 'Mutation', placeBid: { __typename: 'MutationPlaceBidSuccess', data: { __typename?: 'Bid', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AwardTenderMutationVariables = Exact<{
  tenderId: Scalars['ID']['input'];
}>;


export type AwardTenderMutation = { __typename?: 'Mutation', awardTender: { __typename: 'MutationAwardTenderSuccess', data: { __typename?: 'Bid', id: string, bidderName: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordLeaseConsentMutationVariables = Exact<{
  input: LeaseConsentInput;
}>;


export type RecordLeaseConsentMutation = { __typename?: 'Mutation', recordLeaseConsent: { __typename: 'MutationRecordLeaseConsentSuccess', data: { __typename?: 'LeaseConsent', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type WithdrawTenderMutationVariables = Exact<{
  tenderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WithdrawTenderMutation = { __typename?: 'Mutation', withdrawTender: { __typename: 'MutationWithdrawTenderSuccess', data: { __typename?: 'Tender', id: string, state: TenderState } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SignLeaseContractMutationVariables = Exact<{
  input: LeaseContractInput;
}>;


export type SignLeaseContractMutation = { __typename?: 'Mutation', signLeaseContract: { __typename: 'MutationSignLeaseContractSuccess', data: { __typename?: 'LeaseContract', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type LeaseContractsQueryVariables = Exact<{
  filter?: InputMaybe<LeaseContractFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LeaseContractsQuery = { __typename?: 'Query', leaseContracts: { __typename?: 'LeaseContractPage', total: number, items: Array<{ __typename?: 'LeaseContract', id: string, contractNo: string, tenantName: string, trade: LeaseTrade, annualRentFen: number, startDate: string, endDate: string, state: LeaseContractState, overdueFen: number, unit: { __typename?: 'LeaseUnit', id: string, label: string } }> } };

export type LeaseContractQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeaseContractQuery = { __typename?: 'Query', leaseContract: { __typename?: 'LeaseContract', id: string, contractNo: string, tenantName: string, tenantContact: string, trade: LeaseTrade, months: number, annualRentFen: number, depositFen: number, depositHeldFen: number, signedOn: string, startDate: string, endDate: string, state: LeaseContractState, flaggedOn: string | null, terminatedOn: string | null, terminationReason: LeaseTerminationReason | null, terminationNote: string | null, owedFen: number, overdueFen: number, previousId: string | null, renewedById: string | null, policyVersion: number, consents: Array<{ __typename?: 'LeaseConsent', id: string, kind: LeaseConsentKind, description: string, grantedOn: string, approvedByName: string }>, unit: { __typename?: 'LeaseUnit', id: string, label: string }, availableActions: Array<{ __typename?: 'LeaseContractAvailableAction', action: LeaseContractAction, available: boolean, reason: string | null }>, instalments: Array<{ __typename?: 'RentInstalment', id: string, seq: number, periodStart: string, periodEnd: string, dueDate: string, amountFen: number, paidFen: number, owedFen: number, state: RentInstalmentState, overdue: boolean }>, payments: Array<{ __typename?: 'LeasePayment', id: string, kind: LeasePaymentKind, amountFen: number, paidOn: string, receiptNo: string, instalmentId: string | null }> } | null };

export type LeaseReceiptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeaseReceiptQuery = { __typename?: 'Query', leaseContract: { __typename?: 'LeaseContract', id: string, contractNo: string, tenantName: string, unit: { __typename?: 'LeaseUnit', id: string, label: string }, instalments: Array<{ __typename?: 'RentInstalment', id: string, seq: number, periodStart: string, periodEnd: string }>, payments: Array<{ __typename?: 'LeasePayment', id: string, kind: LeasePaymentKind, amountFen: number, paidOn: string, receiptNo: string, instalmentId: string | null }> } | null, me: { __typename?: 'CurrentUser', agencyName: string | null } | null };

export type RecordRentPaymentMutationVariables = Exact<{
  input: RentPaymentInput;
}>;


export type RecordRentPaymentMutation = { __typename?: 'Mutation', recordRentPayment: { __typename: 'MutationRecordRentPaymentSuccess', data: { __typename?: 'LeasePayment', id: string, receiptNo: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RenewLeaseContractMutationVariables = Exact<{
  input: LeaseRenewalInput;
}>;


export type RenewLeaseContractMutation = { __typename?: 'Mutation', renewLeaseContract: { __typename: 'MutationRenewLeaseContractSuccess', data: { __typename?: 'LeaseContract', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type TerminateLeaseForPolicyMutationVariables = Exact<{
  input: LeasePolicyTerminationInput;
}>;


export type TerminateLeaseForPolicyMutation = { __typename?: 'Mutation', terminateLeaseForPolicy: { __typename: 'MutationTerminateLeaseForPolicySuccess', data: { __typename?: 'LeaseContract', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ConfirmLeaseTerminationMutationVariables = Exact<{
  contractId: Scalars['ID']['input'];
}>;


export type ConfirmLeaseTerminationMutation = { __typename?: 'Mutation', confirmLeaseTermination: { __typename: 'MutationConfirmLeaseTerminationSuccess', data: { __typename?: 'LeaseContract', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RentInstalmentsQueryVariables = Exact<{
  filter?: InputMaybe<RentInstalmentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RentInstalmentsQuery = { __typename?: 'Query', rentInstalments: { __typename?: 'RentInstalmentPage', total: number, items: Array<{ __typename?: 'RentInstalment', id: string, seq: number, dueDate: string, periodStart: string, periodEnd: string, amountFen: number, paidFen: number, owedFen: number, state: RentInstalmentState, overdue: boolean, contract: { __typename?: 'LeaseContract', id: string, contractNo: string, tenantName: string, unit: { __typename?: 'LeaseUnit', label: string } } }> } };

export type LeaseArrearsQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type LeaseArrearsQuery = { __typename?: 'Query', leaseArrears: { __typename?: 'ArrearsReport', asOf: string, total: { __typename?: 'ArrearsAgeing', bucketLabels: Array<string>, bucketsFen: Array<number>, overdueFen: number, notDueFen: number }, rows: Array<{ __typename?: 'ArrearsRow', contractId: string, contractNo: string, tenantName: string, state: LeaseContractState, daysPastDue: number, oldestDueDate: string, overdueFen: number, unit: { __typename?: 'LeaseUnit', label: string }, ageing: { __typename?: 'ArrearsAgeing', bucketsFen: Array<number> } }> }, rentRoll: Array<{ __typename?: 'RentRollRow', contractId: string, contractNo: string, tenantName: string, trade: LeaseTrade, state: LeaseContractState, annualRentFen: number, startDate: string, endDate: string, depositHeldFen: number, dueFen: number, paidFen: number, nextDueDate: string | null, unit: { __typename?: 'LeaseUnit', label: string }, ageing: { __typename?: 'ArrearsAgeing', overdueFen: number } }> };

export type MetersQueryVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type MetersQuery = { __typename?: 'Query', meters: Array<{ __typename?: 'Meter', id: string, code: string, kind: MeterKind, isMaster: boolean, masterId: string | null, priceFen: number, unit: { __typename?: 'LeaseUnit', id: string, label: string } | null, lastReading: { __typename?: 'MeterReading', period: string, value: string, readOn: string } | null }>, meterLosses: Array<{ __typename?: 'MeterLoss', id: string, meterId: string, lossCenti: number, lossFen: number, state: MeterLossState }>, utilityStatements: { __typename?: 'UtilityStatementPage', total: number, items: Array<{ __typename?: 'UtilityStatement', id: string, period: string, issuedOn: string, usageFen: number, lossShareFen: number, totalFen: number, contract: { __typename?: 'LeaseContract', id: string, tenantName: string, unit: { __typename?: 'LeaseUnit', label: string } } }> } };

export type AddMeterMutationVariables = Exact<{
  input: MeterInput;
}>;


export type AddMeterMutation = { __typename?: 'Mutation', addMeter: { __typename: 'MutationAddMeterSuccess', data: { __typename?: 'Meter', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordMeterReadingMutationVariables = Exact<{
  input: MeterReadingInput;
}>;


export type RecordMeterReadingMutation = { __typename?: 'Mutation', recordMeterReading: { __typename: 'MutationRecordMeterReadingSuccess', data: { __typename?: 'MeterReading', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type IssueUtilityStatementsMutationVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type IssueUtilityStatementsMutation = { __typename?: 'Mutation', issueUtilityStatements: { __typename: 'MutationIssueUtilityStatementsSuccess', data: Array<{ __typename?: 'UtilityStatement', id: string }> } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type UtilityStatementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UtilityStatementQuery = { __typename?: 'Query', utilityStatement: { __typename?: 'UtilityStatement', id: string, period: string, issuedOn: string, usageFen: number, lossShareFen: number, totalFen: number, paidFen: number, owedFen: number, availableActions: Array<{ __typename?: 'UtilityStatementAvailableAction', action: UtilityStatementAction, available: boolean, reason: string | null }>, contract: { __typename?: 'LeaseContract', id: string, contractNo: string, tenantName: string, unit: { __typename?: 'LeaseUnit', label: string } }, lines: Array<{ __typename?: 'UtilityStatementLine', meterId: string, kind: MeterKind, usageCenti: number, priceFen: number, amountFen: number, lossShareFen: number, meter: { __typename?: 'Meter', code: string } }> } | null, me: { __typename?: 'CurrentUser', agencyName: string | null } | null };

export type RecordUtilityPaymentMutationVariables = Exact<{
  input: UtilityPaymentInput;
}>;


export type RecordUtilityPaymentMutation = { __typename?: 'Mutation', recordUtilityPayment: { __typename: 'MutationRecordUtilityPaymentSuccess', data: { __typename?: 'UtilityStatement', id: string, paidFen: number } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type LeaseIncomesQueryVariables = Exact<{
  filter?: InputMaybe<LeaseIncomeFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LeaseIncomesQuery = { __typename?: 'Query', leaseIncomes: { __typename?: 'LeaseIncomePage', total: number, items: Array<{ __typename?: 'LeaseIncome', id: string, source: LeasePaymentKind, amountFen: number, taxRateBp: number, taxFen: number, receivedOn: string, payment: { __typename?: 'LeasePayment', receiptNo: string } | null }> } };

export type SpendingRequestsQueryVariables = Exact<{
  filter?: InputMaybe<SpendingRequestFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SpendingRequestsQuery = { __typename?: 'Query', approvalsInbox: Array<{ __typename?: 'SpendingRequest', id: string, title: string, purpose: string, amountFen: number, state: SpendingState, pendingStep: ApprovalStep | null, rejectionReason: string | null, createdAt: string, availableActions: Array<{ __typename?: 'SpendingAvailableAction', action: SpendingAction, available: boolean, reason: string | null }>, steps: Array<{ __typename?: 'SpendingStep', id: string, step: ApprovalStep, decision: string, userName: string, at: string, note: string | null }> }>, spendingRequests: { __typename?: 'SpendingRequestPage', total: number, items: Array<{ __typename?: 'SpendingRequest', id: string, title: string, purpose: string, amountFen: number, state: SpendingState, pendingStep: ApprovalStep | null, rejectionReason: string | null, createdAt: string, availableActions: Array<{ __typename?: 'SpendingAvailableAction', action: SpendingAction, available: boolean, reason: string | null }>, steps: Array<{ __typename?: 'SpendingStep', id: string, step: ApprovalStep, decision: string, userName: string, at: string, note: string | null }> }> } };

export type SpendingRequestFieldsFragment = { __typename?: 'SpendingRequest', id: string, title: string, purpose: string, amountFen: number, state: SpendingState, pendingStep: ApprovalStep | null, rejectionReason: string | null, createdAt: string, availableActions: Array<{ __typename?: 'SpendingAvailableAction', action: SpendingAction, available: boolean, reason: string | null }>, steps: Array<{ __typename?: 'SpendingStep', id: string, step: ApprovalStep, decision: string, userName: string, at: string, note: string | null }> };

export type RequestSpendingMutationVariables = Exact<{
  input: SpendingRequestInput;
}>;


export type RequestSpendingMutation = { __typename?: 'Mutation', requestSpending: { __typename: 'MutationRequestSpendingSuccess', data: { __typename?: 'SpendingRequest', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SignSpendingStepMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type SignSpendingStepMutation = { __typename?: 'Mutation', signSpendingStep: { __typename: 'MutationSignSpendingStepSuccess', data: { __typename?: 'SpendingRequest', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RejectSpendingStepMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectSpendingStepMutation = { __typename?: 'Mutation', rejectSpendingStep: { __typename: 'MutationRejectSpendingStepSuccess', data: { __typename?: 'SpendingRequest', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublishedTenderResultsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedTenderResultsQuery = { __typename?: 'Query', publishedTenderResults: Array<{ __typename?: 'PublicTenderResult', tenderId: string, agencyName: string, unitLabel: string, unitKind: LeaseUnitKind, area: string, opensOn: string, closesOn: string, referenceRentFen: number, bidCount: number, winnerName: string | null, winningRentFen: number | null, winningTrade: LeaseTrade | null, winningMonths: number | null, resultPublishedOn: string }> };

export type PublicRandomDrawsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRandomDrawsQuery = { __typename?: 'Query', randomDraws: Array<{ __typename?: 'RandomDraw', id: string, title: string, status: RandomDrawStatus, seed: string | null, dueBy: string, drawnAt: string | null, publishedAt: string | null, communityCount: number, teamSize: number, policy: { __typename?: 'RandomInspectionPolicy', code: string, version: number, label: string }, communities: Array<{ __typename?: 'DrawnCommunity', id: string, position: number, weight: number, communityName: string, townshipName: string, enterpriseName: string | null, inspectors: Array<{ __typename?: 'DrawnInspector', id: string, name: string, unitName: string | null }>, result: { __typename?: 'DrawResult', date: string, score: number | null, grade: InspectionGrade | null, findingCount: number, refusedToCooperate: boolean } | null }>, reproduction: { __typename?: 'DrawReproduction', matches: boolean, problems: Array<string> } | null }> };

export type BureauRandomDrawsQueryVariables = Exact<{ [key: string]: never; }>;


export type BureauRandomDrawsQuery = { __typename?: 'Query', randomInspectionPolicies: Array<{ __typename?: 'RandomInspectionPolicy', code: string, version: number, label: string, teamSize: number }>, poolInspectors: Array<{ __typename?: 'PoolInspector', id: string, name: string, badgeNo: string, unitName: string | null, active: boolean }>, randomDraws: Array<{ __typename?: 'RandomDraw', id: string, title: string, status: RandomDrawStatus, seed: string | null, dueBy: string, drawnAt: string | null, publishedAt: string | null, communityCount: number, teamSize: number, policy: { __typename?: 'RandomInspectionPolicy', code: string, version: number, label: string }, availableActions: Array<{ __typename?: 'RandomDrawAvailableAction', action: RandomDrawAction, available: boolean, reason: string | null }>, communities: Array<{ __typename?: 'DrawnCommunity', id: string, position: number, weight: number, communityName: string, townshipName: string, enterpriseName: string | null, inspectors: Array<{ __typename?: 'DrawnInspector', id: string, name: string, unitName: string | null }>, result: { __typename?: 'DrawResult', date: string, score: number | null, grade: InspectionGrade | null, findingCount: number, refusedToCooperate: boolean } | null }> }> };

export type PoolUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolUnitsQuery = { __typename?: 'Query', townships: { __typename?: 'TownshipPage', items: Array<{ __typename?: 'Township', id: string, name: string }> }, departments: { __typename?: 'DepartmentPage', items: Array<{ __typename?: 'Department', id: string, name: string }> } };

export type AddPoolInspectorMutationVariables = Exact<{
  input: PoolInspectorInput;
}>;


export type AddPoolInspectorMutation = { __typename?: 'Mutation', addPoolInspector: { __typename: 'MutationAddPoolInspectorSuccess', data: { __typename?: 'PoolInspector', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SetPoolInspectorActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetPoolInspectorActiveMutation = { __typename?: 'Mutation', setPoolInspectorActive: { __typename: 'MutationSetPoolInspectorActiveSuccess', data: { __typename?: 'PoolInspector', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CreateRandomDrawMutationVariables = Exact<{
  input: RandomDrawInput;
}>;


export type CreateRandomDrawMutation = { __typename?: 'Mutation', createRandomDraw: { __typename: 'MutationCreateRandomDrawSuccess', data: { __typename?: 'RandomDraw', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PerformRandomDrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  seed?: InputMaybe<Scalars['String']['input']>;
}>;


export type PerformRandomDrawMutation = { __typename?: 'Mutation', performRandomDraw: { __typename: 'MutationPerformRandomDrawSuccess', data: { __typename?: 'RandomDraw', id: string, seed: string | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublishRandomDrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishRandomDrawMutation = { __typename?: 'Mutation', publishRandomDraw: { __typename: 'MutationPublishRandomDrawSuccess', data: { __typename?: 'RandomDraw', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordRandomDrawResultMutationVariables = Exact<{
  input: RandomDrawResultInput;
}>;


export type RecordRandomDrawResultMutation = { __typename?: 'Mutation', recordRandomDrawResult: { __typename: 'MutationRecordRandomDrawResultSuccess', data: { __typename?: 'RandomDraw', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CommunityFieldsFragment = { __typename?: 'Community', id: string, name: string, townshipId: string, address: string | null, type: CommunityType, households: number, floorArea: number, deliveryDate: string | null, serviceMode: ServiceMode, enterpriseId: string | null, contractStart: string | null, contractEnd: string | null, officeArea: number | null, maintenanceFundBalance: number | null, handoverDeadline: string | null, createdAt: string, updatedAt: string, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null };

export type CommunityListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<CommunitySortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<CommunityFilter>;
}>;


export type CommunityListQuery = { __typename?: 'Query', communities: { __typename?: 'CommunityPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Community', id: string, name: string, townshipId: string, address: string | null, type: CommunityType, households: number, floorArea: number, deliveryDate: string | null, serviceMode: ServiceMode, enterpriseId: string | null, contractStart: string | null, contractEnd: string | null, officeArea: number | null, maintenanceFundBalance: number | null, handoverDeadline: string | null, createdAt: string, updatedAt: string, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null }> } };

export type CommunityOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommunityOneQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, name: string, townshipId: string, address: string | null, type: CommunityType, households: number, floorArea: number, deliveryDate: string | null, serviceMode: ServiceMode, enterpriseId: string | null, contractStart: string | null, contractEnd: string | null, officeArea: number | null, maintenanceFundBalance: number | null, handoverDeadline: string | null, createdAt: string, updatedAt: string, history: Array<{ __typename?: 'CommunityVersion', id: string, validFrom: string | null, validTo: string | null, type: CommunityType, serviceMode: ServiceMode, enterpriseId: string | null, enterpriseName: string | null, townshipName: string }>, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } | null };

export type CommunityCreateMutationVariables = Exact<{
  input: CommunityInput;
}>;


export type CommunityCreateMutation = { __typename?: 'Mutation', createCommunity: { __typename: 'MutationCreateCommunitySuccess', data: { __typename?: 'Community', id: string, name: string, townshipId: string, address: string | null, type: CommunityType, households: number, floorArea: number, deliveryDate: string | null, serviceMode: ServiceMode, enterpriseId: string | null, contractStart: string | null, contractEnd: string | null, officeArea: number | null, maintenanceFundBalance: number | null, handoverDeadline: string | null, createdAt: string, updatedAt: string, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CommunityUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CommunityUpdateInput;
}>;


export type CommunityUpdateMutation = { __typename?: 'Mutation', updateCommunity: { __typename: 'MutationUpdateCommunitySuccess', data: { __typename?: 'Community', id: string, name: string, townshipId: string, address: string | null, type: CommunityType, households: number, floorArea: number, deliveryDate: string | null, serviceMode: ServiceMode, enterpriseId: string | null, contractStart: string | null, contractEnd: string | null, officeArea: number | null, maintenanceFundBalance: number | null, handoverDeadline: string | null, createdAt: string, updatedAt: string, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type DepartmentFieldsFragment = { __typename?: 'Department', id: string, name: string, code: string, remit: Array<IssueCategory>, createdAt: string, updatedAt: string };

export type DepartmentListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<DepartmentSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<DepartmentFilter>;
}>;


export type DepartmentListQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentPage', total: number, items: Array<{ __typename?: 'Department', id: string, name: string, code: string, remit: Array<IssueCategory>, createdAt: string, updatedAt: string }> } };

export type DepartmentOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DepartmentOneQuery = { __typename?: 'Query', department: { __typename?: 'Department', id: string, name: string, code: string, remit: Array<IssueCategory>, createdAt: string, updatedAt: string } | null };

export type DepartmentCreateMutationVariables = Exact<{
  input: DepartmentInput;
}>;


export type DepartmentCreateMutation = { __typename?: 'Mutation', createDepartment: { __typename: 'MutationCreateDepartmentSuccess', data: { __typename?: 'Department', id: string, name: string, code: string, remit: Array<IssueCategory>, createdAt: string, updatedAt: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type DepartmentUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DepartmentUpdateInput;
}>;


export type DepartmentUpdateMutation = { __typename?: 'Mutation', updateDepartment: { __typename: 'MutationUpdateDepartmentSuccess', data: { __typename?: 'Department', id: string, name: string, code: string, remit: Array<IssueCategory>, createdAt: string, updatedAt: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type EnterpriseFieldsFragment = { __typename?: 'Enterprise', id: string, name: string, uscc: string, legalRepresentative: string, contactPerson: string | null, contactPhone: string | null, address: string | null, townshipId: string, status: EnterpriseStatus, score: number, grade: CreditGrade | null, listStatus: ListStatus, listUntil: string | null, communityCount: number, managerCount: number, createdAt: string, updatedAt: string, township: { __typename?: 'Township', id: string, name: string } };

export type EnterpriseListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<EnterpriseSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<EnterpriseFilter>;
}>;


export type EnterpriseListQuery = { __typename?: 'Query', enterprises: { __typename?: 'EnterprisePage', total: number, items: Array<{ __typename?: 'Enterprise', id: string, name: string, uscc: string, legalRepresentative: string, contactPerson: string | null, contactPhone: string | null, address: string | null, townshipId: string, status: EnterpriseStatus, score: number, grade: CreditGrade | null, listStatus: ListStatus, listUntil: string | null, communityCount: number, managerCount: number, createdAt: string, updatedAt: string, township: { __typename?: 'Township', id: string, name: string } }> } };

export type EnterpriseOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnterpriseOneQuery = { __typename?: 'Query', enterprise: { __typename?: 'Enterprise', id: string, name: string, uscc: string, legalRepresentative: string, contactPerson: string | null, contactPhone: string | null, address: string | null, townshipId: string, status: EnterpriseStatus, score: number, grade: CreditGrade | null, listStatus: ListStatus, listUntil: string | null, communityCount: number, managerCount: number, createdAt: string, updatedAt: string, township: { __typename?: 'Township', id: string, name: string } } | null };

export type EnterpriseCreateMutationVariables = Exact<{
  input: EnterpriseInput;
}>;


export type EnterpriseCreateMutation = { __typename?: 'Mutation', createEnterprise: { __typename: 'MutationCreateEnterpriseSuccess', data: { __typename?: 'Enterprise', id: string, name: string, uscc: string, legalRepresentative: string, contactPerson: string | null, contactPhone: string | null, address: string | null, townshipId: string, status: EnterpriseStatus, score: number, grade: CreditGrade | null, listStatus: ListStatus, listUntil: string | null, communityCount: number, managerCount: number, createdAt: string, updatedAt: string, township: { __typename?: 'Township', id: string, name: string } } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type EnterpriseUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: EnterpriseUpdateInput;
}>;


export type EnterpriseUpdateMutation = { __typename?: 'Mutation', updateEnterprise: { __typename: 'MutationUpdateEnterpriseSuccess', data: { __typename?: 'Enterprise', id: string, name: string, uscc: string, legalRepresentative: string, contactPerson: string | null, contactPhone: string | null, address: string | null, townshipId: string, status: EnterpriseStatus, score: number, grade: CreditGrade | null, listStatus: ListStatus, listUntil: string | null, communityCount: number, managerCount: number, createdAt: string, updatedAt: string, township: { __typename?: 'Township', id: string, name: string } } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ProjectManagerListFieldsFragment = { __typename?: 'ProjectManager', id: string, name: string, enterpriseId: string, certificateNo: string, phone: string | null, score: number, grade: CreditGrade | null, createdAt: string, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null };

export type ProjectManagerFieldsFragment = { __typename?: 'ProjectManager', id: string, name: string, enterpriseId: string, certificateNo: string, phone: string | null, score: number, grade: CreditGrade | null, createdAt: string, appointments: Array<{ __typename?: 'ManagerAppointment', id: string, communityId: string, startDate: string, endDate: string | null, registeredOn: string | null, community: { __typename?: 'Community', id: string, name: string } | null }>, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null };

export type ProjectManagerListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<ProjectManagerSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<ProjectManagerFilter>;
}>;


export type ProjectManagerListQuery = { __typename?: 'Query', projectManagers: { __typename?: 'ProjectManagerPage', total: number, items: Array<{ __typename?: 'ProjectManager', id: string, name: string, enterpriseId: string, certificateNo: string, phone: string | null, score: number, grade: CreditGrade | null, createdAt: string, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null }> } };

export type ProjectManagerOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectManagerOneQuery = { __typename?: 'Query', projectManager: { __typename?: 'ProjectManager', id: string, name: string, enterpriseId: string, certificateNo: string, phone: string | null, score: number, grade: CreditGrade | null, createdAt: string, appointments: Array<{ __typename?: 'ManagerAppointment', id: string, communityId: string, startDate: string, endDate: string | null, registeredOn: string | null, community: { __typename?: 'Community', id: string, name: string } | null }>, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } | null };

export type ProjectManagerCreateMutationVariables = Exact<{
  input: ProjectManagerInput;
}>;


export type ProjectManagerCreateMutation = { __typename?: 'Mutation', createProjectManager: { __typename: 'MutationCreateProjectManagerSuccess', data: { __typename?: 'ProjectManager', id: string, name: string, enterpriseId: string, certificateNo: string, phone: string | null, score: number, grade: CreditGrade | null, createdAt: string, appointments: Array<{ __typename?: 'ManagerAppointment', id: string, communityId: string, startDate: string, endDate: string | null, registeredOn: string | null, community: { __typename?: 'Community', id: string, name: string } | null }>, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ProjectManagerUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProjectManagerUpdateInput;
}>;


export type ProjectManagerUpdateMutation = { __typename?: 'Mutation', updateProjectManager: { __typename: 'MutationUpdateProjectManagerSuccess', data: { __typename?: 'ProjectManager', id: string, name: string, enterpriseId: string, certificateNo: string, phone: string | null, score: number, grade: CreditGrade | null, createdAt: string, appointments: Array<{ __typename?: 'ManagerAppointment', id: string, communityId: string, startDate: string, endDate: string | null, registeredOn: string | null, community: { __typename?: 'Community', id: string, name: string } | null }>, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ManagerCreditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ManagerCreditQuery = { __typename?: 'Query', projectManager: { __typename?: 'ProjectManager', id: string, name: string, credit: { __typename?: 'CreditStanding', asOf: string, score: number, grade: CreditGrade, positivePoints: number, negativePoints: number, veto: boolean, standardVersion: number, breakdown: Array<{ __typename?: 'CreditBreakdownItem', recordId: string, itemCode: string, points: number, effectiveFrom: string, expiresOn: string, inherited: boolean, record: { __typename?: 'CreditRecord', id: string, itemLabel: string | null, reason: string, community: { __typename?: 'Community', id: string, name: string } | null } }>, history: Array<{ __typename?: 'ScorePoint', date: string, score: number, grade: CreditGrade }> } } | null };

export type ManagerRankingQueryVariables = Exact<{
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  grade?: InputMaybe<CreditGrade>;
  worstFirst?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ManagerRankingQuery = { __typename?: 'Query', managerRanking: { __typename?: 'ManagerRankingPage', total: number, items: Array<{ __typename?: 'ManagerRankingRow', rank: number, managerId: string, name: string, certificateNo: string, enterpriseId: string, enterpriseName: string, score: number, grade: CreditGrade }> } };

export type TownshipFieldsFragment = { __typename?: 'Township', id: string, name: string, code: string, communityCount: number, enterpriseCount: number, createdAt: string, updatedAt: string };

export type TownshipListQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<TownshipSortField>;
  sortOrder?: InputMaybe<SortOrder>;
  filter?: InputMaybe<TownshipFilter>;
}>;


export type TownshipListQuery = { __typename?: 'Query', townships: { __typename?: 'TownshipPage', total: number, items: Array<{ __typename?: 'Township', id: string, name: string, code: string, communityCount: number, enterpriseCount: number, createdAt: string, updatedAt: string }> } };

export type TownshipOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TownshipOneQuery = { __typename?: 'Query', township: { __typename?: 'Township', id: string, name: string, code: string, communityCount: number, enterpriseCount: number, createdAt: string, updatedAt: string } | null };

export type TownshipCreateMutationVariables = Exact<{
  input: TownshipInput;
}>;


export type TownshipCreateMutation = { __typename?: 'Mutation', createTownship: { __typename: 'MutationCreateTownshipSuccess', data: { __typename?: 'Township', id: string, name: string, code: string, communityCount: number, enterpriseCount: number, createdAt: string, updatedAt: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type TownshipUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TownshipUpdateInput;
}>;


export type TownshipUpdateMutation = { __typename?: 'Mutation', updateTownship: { __typename: 'MutationUpdateTownshipSuccess', data: { __typename?: 'Township', id: string, name: string, code: string, communityCount: number, enterpriseCount: number, createdAt: string, updatedAt: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublicCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicCommunitiesQuery = { __typename?: 'Query', publicCommunities: Array<{ __typename?: 'PublicCommunity', id: string, name: string, townshipName: string }> };

export type PublicComplaintQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type PublicComplaintQuery = { __typename?: 'Query', publicComplaint: { __typename?: 'PublicComplaintStatusView', trackingCode: string, status: PublicComplaintStatus, category: IssueCategory, communityName: string, townshipName: string, departmentName: string | null, receivedAt: string, respondedAt: string | null, handledAt: string | null, closedAt: string | null, answer: string | null, rejectionReasons: string | null, photoCount: number } | null };

export type SurveyFieldsFragment = { __typename?: 'SatisfactionSurvey', id: string, title: string, communityId: string, communityName: string, enterpriseName: string | null, sampleSize: number, opensOn: string, closesOn: string, status: SurveyStatus, answers: number, satisfied: number, basicallySatisfied: number, dissatisfied: number, rate: number | null, counts: boolean, g6Proposed: boolean };

export type SatisfactionSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type SatisfactionSurveysQuery = { __typename?: 'Query', satisfactionSurveys: Array<{ __typename?: 'SatisfactionSurvey', id: string, title: string, communityId: string, communityName: string, enterpriseName: string | null, sampleSize: number, opensOn: string, closesOn: string, status: SurveyStatus, answers: number, satisfied: number, basicallySatisfied: number, dissatisfied: number, rate: number | null, counts: boolean, g6Proposed: boolean }> };

export type SatisfactionSurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  withCodes: Scalars['Boolean']['input'];
}>;


export type SatisfactionSurveyQuery = { __typename?: 'Query', satisfactionSurvey: { __typename?: 'SatisfactionSurvey', id: string, title: string, communityId: string, communityName: string, enterpriseName: string | null, sampleSize: number, opensOn: string, closesOn: string, status: SurveyStatus, answers: number, satisfied: number, basicallySatisfied: number, dissatisfied: number, rate: number | null, counts: boolean, g6Proposed: boolean, codes?: Array<{ __typename?: 'SurveyCodeLine', position: number, code: string, used: boolean, channel: SurveyAnswerChannel | null }> } | null };

export type CreateSatisfactionSurveyMutationVariables = Exact<{
  input: SatisfactionSurveyInput;
}>;


export type CreateSatisfactionSurveyMutation = { __typename?: 'Mutation', createSatisfactionSurvey: { __typename: 'MutationCreateSatisfactionSurveySuccess', data: { __typename?: 'SatisfactionSurvey', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CloseSatisfactionSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseSatisfactionSurveyMutation = { __typename?: 'Mutation', closeSatisfactionSurvey: { __typename: 'MutationCloseSatisfactionSurveySuccess', data: { __typename?: 'SatisfactionSurvey', id: string, g6Proposed: boolean } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type EnterSatisfactionSurveyAnswerMutationVariables = Exact<{
  code: Scalars['String']['input'];
  answer: SurveyAnswer;
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type EnterSatisfactionSurveyAnswerMutation = { __typename?: 'Mutation', enterSatisfactionSurveyAnswer: { __typename: 'MutationEnterSatisfactionSurveyAnswerSuccess', data: { __typename?: 'SurveyAnswerReceipt', surveyTitle: string, communityName: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AnswerSatisfactionSurveyMutationVariables = Exact<{
  code: Scalars['String']['input'];
  answer: SurveyAnswer;
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnswerSatisfactionSurveyMutation = { __typename?: 'Mutation', answerSatisfactionSurvey: { __typename: 'MutationAnswerSatisfactionSurveySuccess', data: { __typename?: 'SurveyAnswerReceipt', surveyTitle: string, communityName: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SpecialInspectionFieldsFragment = { __typename?: 'SpecialInspection', id: string, type: SpecialInspectionType, typeLabel: string, policyVersion: number, status: SpecialInspectionStatus, plannedOn: string, startedOn: string | null, completedOn: string | null, inspectors: string, note: string | null, department: { __typename?: 'Department', id: string, name: string }, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, progress: { __typename?: 'SpecialInspectionProgress', total: number, recorded: number, failed: number }, availableActions: Array<{ __typename?: 'SpecialInspectionAvailableAction', action: SpecialInspectionAction, available: boolean, reason: string | null }> };

export type SpecialInspectionsQueryVariables = Exact<{
  type?: InputMaybe<SpecialInspectionType>;
  status?: InputMaybe<SpecialInspectionStatus>;
}>;


export type SpecialInspectionsQuery = { __typename?: 'Query', specialInspections: Array<{ __typename?: 'SpecialInspection', id: string, type: SpecialInspectionType, typeLabel: string, policyVersion: number, status: SpecialInspectionStatus, plannedOn: string, startedOn: string | null, completedOn: string | null, inspectors: string, note: string | null, department: { __typename?: 'Department', id: string, name: string }, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, progress: { __typename?: 'SpecialInspectionProgress', total: number, recorded: number, failed: number }, availableActions: Array<{ __typename?: 'SpecialInspectionAvailableAction', action: SpecialInspectionAction, available: boolean, reason: string | null }> }> };

export type SpecialInspectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SpecialInspectionQuery = { __typename?: 'Query', specialInspection: { __typename?: 'SpecialInspection', id: string, type: SpecialInspectionType, typeLabel: string, policyVersion: number, status: SpecialInspectionStatus, plannedOn: string, startedOn: string | null, completedOn: string | null, inspectors: string, note: string | null, items: Array<{ __typename?: 'SpecialInspectionItem', itemId: string, text: string, category: IssueCategory, passed: boolean | null, note: string | null }>, issues: Array<{ __typename?: 'Issue', id: string, title: string, category: IssueCategory, state: IssueState, department: { __typename?: 'Department', id: string, name: string } | null }>, department: { __typename?: 'Department', id: string, name: string }, community: { __typename?: 'Community', id: string, name: string } | null, township: { __typename?: 'Township', id: string, name: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string } | null, progress: { __typename?: 'SpecialInspectionProgress', total: number, recorded: number, failed: number }, availableActions: Array<{ __typename?: 'SpecialInspectionAvailableAction', action: SpecialInspectionAction, available: boolean, reason: string | null }> } | null };

export type SpecialInspectionTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecialInspectionTemplatesQuery = { __typename?: 'Query', specialInspectionTemplates: Array<{ __typename?: 'SpecialInspectionTemplate', type: SpecialInspectionType, label: string, version: number, items: Array<{ __typename?: 'SpecialChecklistItem', id: string, text: string, category: IssueCategory }> }> };

export type SpecialInspectionCommunitiesQueryVariables = Exact<{
  q?: InputMaybe<Scalars['String']['input']>;
}>;


export type SpecialInspectionCommunitiesQuery = { __typename?: 'Query', communities: { __typename?: 'CommunityPage', items: Array<{ __typename?: 'Community', id: string, name: string }> } };

export type PlanSpecialInspectionMutationVariables = Exact<{
  type: SpecialInspectionType;
  communityId: Scalars['ID']['input'];
  plannedOn: Scalars['Date']['input'];
  inspectors: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlanSpecialInspectionMutation = { __typename?: 'Mutation', planSpecialInspection: { __typename: 'MutationPlanSpecialInspectionSuccess', data: { __typename?: 'SpecialInspection', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type StartSpecialInspectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartSpecialInspectionMutation = { __typename?: 'Mutation', startSpecialInspection: { __typename: 'MutationStartSpecialInspectionSuccess', data: { __typename?: 'SpecialInspection', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RecordSpecialInspectionItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  itemId: Scalars['String']['input'];
  passed: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordSpecialInspectionItemMutation = { __typename?: 'Mutation', recordSpecialInspectionItem: { __typename: 'MutationRecordSpecialInspectionItemSuccess', data: { __typename?: 'SpecialInspection', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CompleteSpecialInspectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteSpecialInspectionMutation = { __typename?: 'Mutation', completeSpecialInspection: { __typename: 'MutationCompleteSpecialInspectionSuccess', data: { __typename?: 'SpecialInspection', id: string, issues: Array<{ __typename?: 'Issue', id: string }> } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MutationErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
    `, {"fragmentName":"MutationErrorFields"}) as unknown as TypedDocumentString<MutationErrorFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenFields on ApiToken {
  id
  name
  readOnly
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiTokenFields"}) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const AuditLogFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditLogFields on AuditLog {
  id
  at
  actorId
  actorName
  action
  entityType
  entityId
  changes
  ip
}
    `, {"fragmentName":"AuditLogFields"}) as unknown as TypedDocumentString<AuditLogFieldsFragment, unknown>;
export const JobRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobRunFields on JobRun {
  id
  job
  slot
  state
  attempts
  startedAt
  finishedAt
  leaseUntil
  instance
  result
}
    `, {"fragmentName":"JobRunFields"}) as unknown as TypedDocumentString<JobRunFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  departmentId
  enterpriseId
  active
  lastLoginAt
  createdAt
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const OpenIssueFieldsFragmentDoc = new TypedDocumentString(`
    fragment OpenIssueFields on Issue {
  id
  title
  category
  state
  deadline
  overdue
  daysOverdue
  dueSoon
  community {
    id
    name
  }
}
    `, {"fragmentName":"OpenIssueFields"}) as unknown as TypedDocumentString<OpenIssueFieldsFragment, unknown>;
export const BulletinSummaryFragmentDoc = new TypedDocumentString(`
    fragment BulletinSummary on Bulletin {
  id
  month
  status
  generatedAt
  reviewedAt
  reviewNote
  publishedAt
  publishedOn
  printUrl
  downloadUrl
}
    `, {"fragmentName":"BulletinSummary"}) as unknown as TypedDocumentString<BulletinSummaryFragment, unknown>;
export const BulletinByFragmentDoc = new TypedDocumentString(`
    fragment BulletinBy on Bulletin {
  generatedByName
  reviewedByName
  publishedByName
}
    `, {"fragmentName":"BulletinBy"}) as unknown as TypedDocumentString<BulletinByFragment, unknown>;
export const TownshipDataSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment TownshipDataSummaryFields on TownshipDataSummary {
  communities
  households
  floorArea
  officeArea
  officeRecorded
  enterpriseServed
  basicService
  selfManaged
  noService
  firms
  firmsByGrade {
    grade
    count
  }
  firmsRedListed
  firmsBlackListed
  managers
  managersByGrade {
    grade
    count
  }
  committeesInTerm
  committeesExpired
  complete
  gaps
}
    `, {"fragmentName":"TownshipDataSummaryFields"}) as unknown as TypedDocumentString<TownshipDataSummaryFieldsFragment, unknown>;
export const TownshipDataRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment TownshipDataRowFields on TownshipDataRow {
  communityId
  communityName
  type
  serviceMode
  households
  floorArea
  officeArea
  enterpriseId
  enterpriseName
  enterpriseGrade
  enterpriseListStatus
  managerId
  managerName
  managerGrade
  committee
  committeeTermEnd
  gaps
}
    `, {"fragmentName":"TownshipDataRowFields"}) as unknown as TypedDocumentString<TownshipDataRowFieldsFragment, unknown>;
export const ComplaintListFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintListFields on Complaint {
  id
  channel
  category
  subtype
  state
  content
  complainantName
  complainantPhone
  complainantCount
  collective
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  receivedAt
  firstResponseDue
  resolutionDue
  firstResponseLate
  resolutionLate
  respondedAt
  handledAt
  closedAt
  followUpRating
  upheld
  issueId
  createdAt
  availableActions
}
    `, {"fragmentName":"ComplaintListFields"}) as unknown as TypedDocumentString<ComplaintListFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintFields on Complaint {
  ...ComplaintListFields
  responseNote
  answer
  rejectionReasons
  followUpNote
  b3Proposed
  b4Proposed
  b5Proposed
  events {
    id
    action
    fromState
    toState
    at
    actorName
    note
  }
}
    fragment ComplaintListFields on Complaint {
  id
  channel
  category
  subtype
  state
  content
  complainantName
  complainantPhone
  complainantCount
  collective
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  receivedAt
  firstResponseDue
  resolutionDue
  firstResponseLate
  resolutionLate
  respondedAt
  handledAt
  closedAt
  followUpRating
  upheld
  issueId
  createdAt
  availableActions
}`, {"fragmentName":"ComplaintFields"}) as unknown as TypedDocumentString<ComplaintFieldsFragment, unknown>;
export const InspectionListFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspectionListFields on Inspection {
  id
  kind
  date
  inspectors
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  refusedToCooperate
  b10Proposed
  b14Proposed
  note
  createdAt
}
    `, {"fragmentName":"InspectionListFields"}) as unknown as TypedDocumentString<InspectionListFieldsFragment, unknown>;
export const InspectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspectionFields on Inspection {
  ...InspectionListFields
  deductions {
    itemId
    points
    note
    item {
      id
      section
      sectionLabel
      text
      maxDeduction
    }
  }
  findings {
    itemId
    section
    title
    category
    points
    note
    turned
  }
  issues {
    id
    title
    state
    deadline
  }
}
    fragment InspectionListFields on Inspection {
  id
  kind
  date
  inspectors
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  refusedToCooperate
  b10Proposed
  b14Proposed
  note
  createdAt
}`, {"fragmentName":"InspectionFields"}) as unknown as TypedDocumentString<InspectionFieldsFragment, unknown>;
export const IssueListFieldsFragmentDoc = new TypedDocumentString(`
    fragment IssueListFields on Issue {
  id
  title
  category
  subtype
  state
  source
  sourceId
  deadline
  overdue
  daysOverdue
  dueSoon
  flagged
  returned
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  assignedAt
  closedAt
  createdAt
  updatedAt
  availableActions
}
    `, {"fragmentName":"IssueListFields"}) as unknown as TypedDocumentString<IssueListFieldsFragment, unknown>;
export const IssueFieldsFragmentDoc = new TypedDocumentString(`
    fragment IssueFields on Issue {
  ...IssueListFields
  description
  measures
  lastSubmittedAt
  lastAction
  refusalRecorded
  b1Proposed
  b2Proposed
  checklistItemId
  warrantyElement
  warrantyLastDay
  developer {
    id
    name
  }
  events {
    id
    action
    fromState
    toState
    at
    actorName
    note
    fileIds
  }
  files {
    id
    originalName
    mime
    size
    uploadedAt
    sha256
    url
  }
  defect {
    code
    nameZh
    nameEn
    descriptionZh
    causes
    prevention
    repair
  }
}
    fragment IssueListFields on Issue {
  id
  title
  category
  subtype
  state
  source
  sourceId
  deadline
  overdue
  daysOverdue
  dueSoon
  flagged
  returned
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  assignedAt
  closedAt
  createdAt
  updatedAt
  availableActions
}`, {"fragmentName":"IssueFields"}) as unknown as TypedDocumentString<IssueFieldsFragment, unknown>;
export const SelfCheckListFieldsFragmentDoc = new TypedDocumentString(`
    fragment SelfCheckListFields on SelfCheck {
  id
  date
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  note
  createdAt
}
    `, {"fragmentName":"SelfCheckListFields"}) as unknown as TypedDocumentString<SelfCheckListFieldsFragment, unknown>;
export const SelfCheckFieldsFragmentDoc = new TypedDocumentString(`
    fragment SelfCheckFields on SelfCheck {
  ...SelfCheckListFields
  deductions {
    itemId
    points
    note
    item {
      id
      section
      sectionLabel
      text
      maxDeduction
    }
  }
  issues {
    id
    title
    state
    deadline
  }
}
    fragment SelfCheckListFields on SelfCheck {
  id
  date
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  note
  createdAt
}`, {"fragmentName":"SelfCheckFields"}) as unknown as TypedDocumentString<SelfCheckFieldsFragment, unknown>;
export const InboxTaskFragmentDoc = new TypedDocumentString(`
    fragment InboxTask on InboxTask {
  reasons
  issue {
    id
    title
    category
    state
    deadline
    overdue
    daysOverdue
    flagged
    availableActions
    community {
      id
      name
    }
    enterprise {
      id
      name
    }
  }
}
    `, {"fragmentName":"InboxTask"}) as unknown as TypedDocumentString<InboxTaskFragment, unknown>;
export const CommitteeCandidateFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitteeCandidateFields on CommitteeCandidate {
  id
  name
  route
  nominatedBy
  eligibilityAttested
  elected
  position
  leftOn
}
    `, {"fragmentName":"CommitteeCandidateFields"}) as unknown as TypedDocumentString<CommitteeCandidateFieldsFragment, unknown>;
export const ElectionTallyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ElectionTallyFields on ElectionTally {
  valid
  voidReason
  cast
  voidBallots
  elected
  vacant
  counts {
    candidateId
    headcount
    area
    qualifies
  }
  pendingTie {
    candidateIds
    seats
  }
}
    `, {"fragmentName":"ElectionTallyFields"}) as unknown as TypedDocumentString<ElectionTallyFieldsFragment, unknown>;
export const CreditRecordListFieldsFragmentDoc = new TypedDocumentString(`
    fragment CreditRecordListFields on CreditRecord {
  id
  subjectType
  enterpriseId
  enterprise {
    id
    name
  }
  managerId
  manager {
    id
    name
  }
  communityId
  community {
    id
    name
  }
  itemCode
  itemLabel
  points
  termMonths
  serious
  veto
  commendation
  standardVersion
  effectiveFrom
  expiresOn
  status
  proposedById
  proposedAt
  reason
  sourceType
  sourceId
  publicizedOn
  objectionDeadline
  objectionDaysLeft
  confirmedOn
  repairedOn
  correctsId
  createdAt
  availableActions {
    action
    available
    reason
    reasons
    availableFrom
  }
  objections {
    id
    status
  }
}
    `, {"fragmentName":"CreditRecordListFields"}) as unknown as TypedDocumentString<CreditRecordListFieldsFragment, unknown>;
export const CreditRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment CreditRecordFields on CreditRecord {
  ...CreditRecordListFields
  evidence
  reviewerId
  decision
  decisionNote
  decidedAt
  revokedById
  revokedAt
  revokeReason
  blacklistMonths
  events {
    id
    fromStatus
    toStatus
    at
    actorName
    note
  }
  objections {
    id
    status
    statement
    evidence
    filedAt
    decisionNote
    decidedAt
  }
}
    fragment CreditRecordListFields on CreditRecord {
  id
  subjectType
  enterpriseId
  enterprise {
    id
    name
  }
  managerId
  manager {
    id
    name
  }
  communityId
  community {
    id
    name
  }
  itemCode
  itemLabel
  points
  termMonths
  serious
  veto
  commendation
  standardVersion
  effectiveFrom
  expiresOn
  status
  proposedById
  proposedAt
  reason
  sourceType
  sourceId
  publicizedOn
  objectionDeadline
  objectionDaysLeft
  confirmedOn
  repairedOn
  correctsId
  createdAt
  availableActions {
    action
    available
    reason
    reasons
    availableFrom
  }
  objections {
    id
    status
  }
}`, {"fragmentName":"CreditRecordFields"}) as unknown as TypedDocumentString<CreditRecordFieldsFragment, unknown>;
export const ObjectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ObjectionFields on Objection {
  id
  status
  statement
  evidence
  filedAt
  filedById
  decidedAt
  decidedById
  decisionNote
  enterpriseId
  enterprise {
    id
    name
  }
  recordId
  availableActions {
    action
    available
    reason
  }
  record {
    id
    itemCode
    itemLabel
    points
    status
    reason
    effectiveFrom
    objectionDeadline
    proposedById
    enterpriseId
  }
}
    `, {"fragmentName":"ObjectionFields"}) as unknown as TypedDocumentString<ObjectionFieldsFragment, unknown>;
export const ListedFieldsFragmentDoc = new TypedDocumentString(`
    fragment ListedFields on ListedFirm {
  enterpriseId
  name
  uscc
  score
  grade
  kind
  reason
  reasonText
  from
  until
}
    `, {"fragmentName":"ListedFields"}) as unknown as TypedDocumentString<ListedFieldsFragment, unknown>;
export const RepairApplicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RepairApplicationFields on RepairApplication {
  id
  status
  commitment
  openIssues
  appliedAt
  appliedById
  decidedAt
  decidedById
  reasons
  enterpriseId
  enterprise {
    id
    name
  }
  recordId
  availableActions {
    action
    available
    reason
  }
  record {
    id
    itemCode
    itemLabel
    points
    status
    reason
    effectiveFrom
    expiresOn
    confirmedOn
  }
}
    `, {"fragmentName":"RepairApplicationFields"}) as unknown as TypedDocumentString<RepairApplicationFieldsFragment, unknown>;
export const DeveloperFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeveloperFields on Developer {
  id
  name
  uscc
  contactPerson
  contactPhone
  address
  createdAt
  updatedAt
  projects {
    id
    communityId
    communityName
    townshipName
    handoverDate
    warranties {
      element
      label
      years
      lastDay
      inWarranty
    }
  }
}
    `, {"fragmentName":"DeveloperFields"}) as unknown as TypedDocumentString<DeveloperFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanFields on ImprovementPlan {
  id
  enterpriseId
  enterpriseName
  title
  periodFrom
  periodTo
  goals
  coordinator
  owners {
    line
    name
  }
  status
  signedBy
  signedOn
  signOffNote
  measures {
    id
    position
    line
    templateCode
    text
    dueOn
    status
    note
  }
  assessments {
    stage
    line
    score
    owner
    note
    assessedOn
    upToStandard
  }
  measureCount
  measuresDone
  measuresDropped
  doneShare
  stagesAssessed
  linesBelowStandard
  selfChecks
  selfCheckIssues
  availableActions {
    action
    available
    reason
  }
}
    `, {"fragmentName":"PlanFields"}) as unknown as TypedDocumentString<PlanFieldsFragment, unknown>;
export const SpendingRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment SpendingRequestFields on SpendingRequest {
  id
  title
  purpose
  amountFen
  state
  pendingStep
  rejectionReason
  createdAt
  availableActions {
    action
    available
    reason
  }
  steps {
    id
    step
    decision
    userName
    at
    note
  }
}
    `, {"fragmentName":"SpendingRequestFields"}) as unknown as TypedDocumentString<SpendingRequestFieldsFragment, unknown>;
export const CommunityFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommunityFields on Community {
  id
  name
  townshipId
  township {
    id
    name
  }
  address
  type
  households
  floorArea
  deliveryDate
  serviceMode
  enterpriseId
  enterprise {
    id
    name
  }
  contractStart
  contractEnd
  officeArea
  maintenanceFundBalance
  handoverDeadline
  createdAt
  updatedAt
}
    `, {"fragmentName":"CommunityFields"}) as unknown as TypedDocumentString<CommunityFieldsFragment, unknown>;
export const DepartmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DepartmentFields on Department {
  id
  name
  code
  remit
  createdAt
  updatedAt
}
    `, {"fragmentName":"DepartmentFields"}) as unknown as TypedDocumentString<DepartmentFieldsFragment, unknown>;
export const EnterpriseFieldsFragmentDoc = new TypedDocumentString(`
    fragment EnterpriseFields on Enterprise {
  id
  name
  uscc
  legalRepresentative
  contactPerson
  contactPhone
  address
  townshipId
  township {
    id
    name
  }
  status
  score
  grade
  listStatus
  listUntil
  communityCount
  managerCount
  createdAt
  updatedAt
}
    `, {"fragmentName":"EnterpriseFields"}) as unknown as TypedDocumentString<EnterpriseFieldsFragment, unknown>;
export const ProjectManagerListFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectManagerListFields on ProjectManager {
  id
  name
  enterpriseId
  enterprise {
    id
    name
  }
  certificateNo
  phone
  score
  grade
  createdAt
}
    `, {"fragmentName":"ProjectManagerListFields"}) as unknown as TypedDocumentString<ProjectManagerListFieldsFragment, unknown>;
export const ProjectManagerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectManagerFields on ProjectManager {
  ...ProjectManagerListFields
  appointments {
    id
    communityId
    community {
      id
      name
    }
    startDate
    endDate
    registeredOn
  }
}
    fragment ProjectManagerListFields on ProjectManager {
  id
  name
  enterpriseId
  enterprise {
    id
    name
  }
  certificateNo
  phone
  score
  grade
  createdAt
}`, {"fragmentName":"ProjectManagerFields"}) as unknown as TypedDocumentString<ProjectManagerFieldsFragment, unknown>;
export const TownshipFieldsFragmentDoc = new TypedDocumentString(`
    fragment TownshipFields on Township {
  id
  name
  code
  communityCount
  enterpriseCount
  createdAt
  updatedAt
}
    `, {"fragmentName":"TownshipFields"}) as unknown as TypedDocumentString<TownshipFieldsFragment, unknown>;
export const SurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyFields on SatisfactionSurvey {
  id
  title
  communityId
  communityName
  enterpriseName
  sampleSize
  opensOn
  closesOn
  status
  answers
  satisfied
  basicallySatisfied
  dissatisfied
  rate
  counts
  g6Proposed
}
    `, {"fragmentName":"SurveyFields"}) as unknown as TypedDocumentString<SurveyFieldsFragment, unknown>;
export const SpecialInspectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SpecialInspectionFields on SpecialInspection {
  id
  type
  typeLabel
  policyVersion
  status
  plannedOn
  startedOn
  completedOn
  inspectors
  note
  department {
    id
    name
  }
  community {
    id
    name
  }
  township {
    id
    name
  }
  enterprise {
    id
    name
  }
  progress {
    total
    recorded
    failed
  }
  availableActions {
    action
    available
    reason
  }
}
    `, {"fragmentName":"SpecialInspectionFields"}) as unknown as TypedDocumentString<SpecialInspectionFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    __typename
    ... on LoginSuccess {
      token
      expiresAt
      user {
        id
        username
        displayName
        role
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    role
    township {
      id
      name
    }
    department {
      id
      name
    }
    enterprise {
      id
      name
    }
    permissions
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  readOnly
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) {
    __typename
    ... on MutationCreateApiTokenSuccess {
      data {
        token
        apiToken {
          ...ApiTokenFields
        }
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment ApiTokenFields on ApiToken {
  id
  name
  readOnly
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    __typename
    ... on MutationRevokeApiTokenSuccess {
      data {
        ...ApiTokenFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment ApiTokenFields on ApiToken {
  id
  name
  readOnly
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogListDocument = new TypedDocumentString(`
    query AuditLogList($page: Int, $perPage: Int, $sortField: AuditLogSortField, $sortOrder: SortOrder, $filter: AuditLogFilter) {
  auditLogs(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...AuditLogFields
    }
    total
    totalCapped
  }
}
    fragment AuditLogFields on AuditLog {
  id
  at
  actorId
  actorName
  action
  entityType
  entityId
  changes
  ip
}`) as unknown as TypedDocumentString<AuditLogListQuery, AuditLogListQueryVariables>;
export const AuditLogOneDocument = new TypedDocumentString(`
    query AuditLogOne($id: ID!) {
  auditLog(id: $id) {
    ...AuditLogFields
  }
}
    fragment AuditLogFields on AuditLog {
  id
  at
  actorId
  actorName
  action
  entityType
  entityId
  changes
  ip
}`) as unknown as TypedDocumentString<AuditLogOneQuery, AuditLogOneQueryVariables>;
export const JobRunListDocument = new TypedDocumentString(`
    query JobRunList($page: Int, $perPage: Int, $sortField: JobRunSortField, $sortOrder: SortOrder, $filter: JobRunFilter) {
  jobRuns(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...JobRunFields
    }
    total
  }
}
    fragment JobRunFields on JobRun {
  id
  job
  slot
  state
  attempts
  startedAt
  finishedAt
  leaseUntil
  instance
  result
}`) as unknown as TypedDocumentString<JobRunListQuery, JobRunListQueryVariables>;
export const JobRunOneDocument = new TypedDocumentString(`
    query JobRunOne($id: ID!) {
  jobRun(id: $id) {
    ...JobRunFields
  }
}
    fragment JobRunFields on JobRun {
  id
  job
  slot
  state
  attempts
  startedAt
  finishedAt
  leaseUntil
  instance
  result
}`) as unknown as TypedDocumentString<JobRunOneQuery, JobRunOneQueryVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($page: Int, $perPage: Int, $sortField: UserSortField, $sortOrder: SortOrder, $filter: UserFilter) {
  users(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...UserFields
    }
    total
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  departmentId
  enterpriseId
  active
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const UserOneDocument = new TypedDocumentString(`
    query UserOne($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  departmentId
  enterpriseId
  active
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<UserOneQuery, UserOneQueryVariables>;
export const UserCreateDocument = new TypedDocumentString(`
    mutation UserCreate($input: UserInput!) {
  createUser(input: $input) {
    __typename
    ... on MutationCreateUserSuccess {
      data {
        ...UserFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  departmentId
  enterpriseId
  active
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<UserCreateMutation, UserCreateMutationVariables>;
export const UserUpdateDocument = new TypedDocumentString(`
    mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {
  updateUser(id: $id, input: $input) {
    __typename
    ... on MutationUpdateUserSuccess {
      data {
        ...UserFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  departmentId
  enterpriseId
  active
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<UserUpdateMutation, UserUpdateMutationVariables>;
export const KpiCardsDocument = new TypedDocumentString(`
    query KpiCards($period: String!, $filter: KpiFilter) {
  kpis(period: $period, filter: $filter) {
    period
    from
    to
    previousPeriod
    rows {
      kpis {
        code
        value
        numerator
        denominator
        target
        status
        previous
        change
        improved
        applicable
        distribution {
          key
          count
        }
      }
    }
    definitions {
      code
      name
      kind
      direction
      target
      numerator
      denominator
      unavailable
      note
    }
  }
}
    `) as unknown as TypedDocumentString<KpiCardsQuery, KpiCardsQueryVariables>;
export const KpiTrendDocument = new TypedDocumentString(`
    query KpiTrend($period: String!, $filter: KpiFilter) {
  kpis(period: $period, groupBy: [MONTH], filter: $filter) {
    rows {
      month
      kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) {
        code
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpiTrendQuery, KpiTrendQueryVariables>;
export const KpiTownshipsDocument = new TypedDocumentString(`
    query KpiTownships($period: String!, $filter: KpiFilter) {
  kpis(period: $period, groupBy: [TOWNSHIP], filter: $filter) {
    rows {
      groupId
      groupName
      kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE]) {
        code
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpiTownshipsQuery, KpiTownshipsQueryVariables>;
export const IssuesByCategoryDocument = new TypedDocumentString(`
    query IssuesByCategory($filter: AggregateFilter) {
  aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: $filter) {
    keys
    labels
    count
  }
}
    `) as unknown as TypedDocumentString<IssuesByCategoryQuery, IssuesByCategoryQueryVariables>;
export const CampaignTimelineDocument = new TypedDocumentString(`
    query CampaignTimeline($year: Int!) {
  campaign(year: $year) {
    id
    name
    startDate
    endDate
    currentPhase {
      code
      name
    }
    phases {
      code
      name
      startDate
      endDate
    }
    milestones {
      code
      title
      dueDate
      state
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignTimelineQuery, CampaignTimelineQueryVariables>;
export const EnterpriseHomeDocument = new TypedDocumentString(`
    query EnterpriseHome($id: ID!) {
  enterprise(id: $id) {
    id
    name
    credit {
      asOf
      score
      grade
      listStatus
      listUntil
    }
  }
  issues(filter: {open: true}, sortField: deadline, sortOrder: ASC, perPage: 10) {
    total
    items {
      ...OpenIssueFields
    }
  }
  creditRecords(sortField: effectiveFrom, sortOrder: DESC, perPage: 5) {
    total
    items {
      id
      itemCode
      itemLabel
      points
      status
      effectiveFrom
      reason
    }
  }
}
    fragment OpenIssueFields on Issue {
  id
  title
  category
  state
  deadline
  overdue
  daysOverdue
  dueSoon
  community {
    id
    name
  }
}`) as unknown as TypedDocumentString<EnterpriseHomeQuery, EnterpriseHomeQueryVariables>;
export const DepartmentQueueDocument = new TypedDocumentString(`
    query DepartmentQueue {
  inbox {
    overdue {
      total
    }
    dueSoon {
      total
    }
    toVerify {
      total
    }
    complaints {
      total
    }
  }
  issues(filter: {open: true}, sortField: deadline, sortOrder: ASC, perPage: 5) {
    total
    items {
      ...OpenIssueFields
    }
  }
}
    fragment OpenIssueFields on Issue {
  id
  title
  category
  state
  deadline
  overdue
  daysOverdue
  dueSoon
  community {
    id
    name
  }
}`) as unknown as TypedDocumentString<DepartmentQueueQuery, DepartmentQueueQueryVariables>;
export const BulletinsDocument = new TypedDocumentString(`
    query Bulletins {
  bulletins {
    ...BulletinSummary
    ...BulletinBy
  }
}
    fragment BulletinSummary on Bulletin {
  id
  month
  status
  generatedAt
  reviewedAt
  reviewNote
  publishedAt
  publishedOn
  printUrl
  downloadUrl
}
fragment BulletinBy on Bulletin {
  generatedByName
  reviewedByName
  publishedByName
}`) as unknown as TypedDocumentString<BulletinsQuery, BulletinsQueryVariables>;
export const PublicBulletinsDocument = new TypedDocumentString(`
    query PublicBulletins {
  bulletins {
    ...BulletinSummary
  }
}
    fragment BulletinSummary on Bulletin {
  id
  month
  status
  generatedAt
  reviewedAt
  reviewNote
  publishedAt
  publishedOn
  printUrl
  downloadUrl
}`) as unknown as TypedDocumentString<PublicBulletinsQuery, PublicBulletinsQueryVariables>;
export const BulletinDocument = new TypedDocumentString(`
    query Bulletin($id: ID) {
  bulletin(id: $id) {
    ...BulletinSummary
    ...BulletinBy
    availableActions {
      action
      available
      reason
    }
    snapshot
  }
}
    fragment BulletinSummary on Bulletin {
  id
  month
  status
  generatedAt
  reviewedAt
  reviewNote
  publishedAt
  publishedOn
  printUrl
  downloadUrl
}
fragment BulletinBy on Bulletin {
  generatedByName
  reviewedByName
  publishedByName
}`) as unknown as TypedDocumentString<BulletinQuery, BulletinQueryVariables>;
export const PublicBulletinDocument = new TypedDocumentString(`
    query PublicBulletin($id: ID) {
  bulletin(id: $id) {
    ...BulletinSummary
    snapshot
  }
}
    fragment BulletinSummary on Bulletin {
  id
  month
  status
  generatedAt
  reviewedAt
  reviewNote
  publishedAt
  publishedOn
  printUrl
  downloadUrl
}`) as unknown as TypedDocumentString<PublicBulletinQuery, PublicBulletinQueryVariables>;
export const GenerateBulletinDocument = new TypedDocumentString(`
    mutation GenerateBulletin($month: String!) {
  generateBulletin(month: $month) {
    __typename
    ... on MutationGenerateBulletinSuccess {
      data {
        id
        month
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<GenerateBulletinMutation, GenerateBulletinMutationVariables>;
export const ReviewBulletinDocument = new TypedDocumentString(`
    mutation ReviewBulletin($id: ID!, $note: String) {
  reviewBulletin(id: $id, note: $note) {
    __typename
    ... on MutationReviewBulletinSuccess {
      data {
        id
        month
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ReviewBulletinMutation, ReviewBulletinMutationVariables>;
export const PublishBulletinDocument = new TypedDocumentString(`
    mutation PublishBulletin($id: ID!) {
  publishBulletin(id: $id) {
    __typename
    ... on MutationPublishBulletinSuccess {
      data {
        id
        month
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PublishBulletinMutation, PublishBulletinMutationVariables>;
export const CampaignsDocument = new TypedDocumentString(`
    query Campaigns {
  campaigns {
    id
    year
    name
  }
}
    `) as unknown as TypedDocumentString<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = new TypedDocumentString(`
    query Campaign($id: ID, $year: Int) {
  campaign(id: $id, year: $year) {
    id
    year
    name
    goal
    startDate
    endDate
    currentPhase {
      id
      code
      name
    }
    phases {
      id
      code
      name
      description
      startDate
      endDate
    }
    milestones {
      id
      code
      title
      dueDate
      department {
        id
        name
      }
      status
      state
      doneOn
      evidence
      note
      phaseId
      measurement {
        kpi
        asOf
        numerator
        denominator
        value
      }
      availableActions {
        action
        available
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignQuery, CampaignQueryVariables>;
export const CampaignRoutinesDocument = new TypedDocumentString(`
    query CampaignRoutines {
  campaignRoutines {
    code
    name
    cadence
  }
}
    `) as unknown as TypedDocumentString<CampaignRoutinesQuery, CampaignRoutinesQueryVariables>;
export const WeeklyProgressDocument = new TypedDocumentString(`
    query WeeklyProgress($campaignId: ID!) {
  weeklyProgress(campaignId: $campaignId) {
    id
    weekStart
    summary
    createdAt
    department {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WeeklyProgressQuery, WeeklyProgressQueryVariables>;
export const TrainingSessionsDocument = new TypedDocumentString(`
    query TrainingSessions {
  trainingSessions {
    id
    topic
    heldOn
    location
    attendees {
      id
      kind
      name
      present
      managerId
      enterpriseId
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingSessionsQuery, TrainingSessionsQueryVariables>;
export const JointMeetingsDocument = new TypedDocumentString(`
    query JointMeetings {
  jointMeetings {
    id
    title
    heldAt
    location
    agenda
    participants
    contactPhone
    noticeDate
    notice
  }
}
    `) as unknown as TypedDocumentString<JointMeetingsQuery, JointMeetingsQueryVariables>;
export const DepartmentChoicesDocument = new TypedDocumentString(`
    query DepartmentChoices {
  departments(perPage: 200) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentChoicesQuery, DepartmentChoicesQueryVariables>;
export const CreateMilestoneDocument = new TypedDocumentString(`
    mutation CreateMilestone($campaignId: ID!, $code: String!, $title: String!, $dueDate: Date!, $departmentId: ID) {
  createMilestone(
    campaignId: $campaignId
    code: $code
    title: $title
    dueDate: $dueDate
    departmentId: $departmentId
  ) {
    __typename
    ... on MutationCreateMilestoneSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateMilestoneMutation, CreateMilestoneMutationVariables>;
export const CompleteMilestoneDocument = new TypedDocumentString(`
    mutation CompleteMilestone($id: ID!, $doneOn: Date!, $evidence: String!, $note: String) {
  completeMilestone(id: $id, doneOn: $doneOn, evidence: $evidence, note: $note) {
    __typename
    ... on MutationCompleteMilestoneSuccess {
      data {
        id
        status
        state
        doneOn
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CompleteMilestoneMutation, CompleteMilestoneMutationVariables>;
export const AddWeeklyProgressDocument = new TypedDocumentString(`
    mutation AddWeeklyProgress($campaignId: ID!, $weekStart: Date!, $summary: String!, $departmentId: ID) {
  addWeeklyProgress(
    campaignId: $campaignId
    weekStart: $weekStart
    summary: $summary
    departmentId: $departmentId
  ) {
    __typename
    ... on MutationAddWeeklyProgressSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AddWeeklyProgressMutation, AddWeeklyProgressMutationVariables>;
export const RecordTrainingSessionDocument = new TypedDocumentString(`
    mutation RecordTrainingSession($campaignId: ID, $topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {
  recordTrainingSession(
    campaignId: $campaignId
    topic: $topic
    heldOn: $heldOn
    location: $location
    attendees: $attendees
  ) {
    __typename
    ... on MutationRecordTrainingSessionSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordTrainingSessionMutation, RecordTrainingSessionMutationVariables>;
export const ScheduleJointMeetingDocument = new TypedDocumentString(`
    mutation ScheduleJointMeeting($campaignId: ID, $title: String!, $heldAt: DateTime!, $location: String!, $agenda: String!, $participants: [String!]!, $contactPhone: String) {
  scheduleCampaignMeeting(
    kind: JOINT
    campaignId: $campaignId
    title: $title
    heldAt: $heldAt
    location: $location
    agenda: $agenda
    participants: $participants
    contactPhone: $contactPhone
  ) {
    __typename
    ... on MutationScheduleCampaignMeetingSuccess {
      data {
        id
        notice
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ScheduleJointMeetingMutation, ScheduleJointMeetingMutationVariables>;
export const TownshipDataDocument = new TypedDocumentString(`
    query TownshipData {
  townshipData {
    township {
      id
      name
    }
    lastFiledOn
    lastFilingId
    availableActions {
      action
      available
      reason
    }
    summary {
      ...TownshipDataSummaryFields
    }
    rows {
      ...TownshipDataRowFields
    }
  }
}
    fragment TownshipDataSummaryFields on TownshipDataSummary {
  communities
  households
  floorArea
  officeArea
  officeRecorded
  enterpriseServed
  basicService
  selfManaged
  noService
  firms
  firmsByGrade {
    grade
    count
  }
  firmsRedListed
  firmsBlackListed
  managers
  managersByGrade {
    grade
    count
  }
  committeesInTerm
  committeesExpired
  complete
  gaps
}
fragment TownshipDataRowFields on TownshipDataRow {
  communityId
  communityName
  type
  serviceMode
  households
  floorArea
  officeArea
  enterpriseId
  enterpriseName
  enterpriseGrade
  enterpriseListStatus
  managerId
  managerName
  managerGrade
  committee
  committeeTermEnd
  gaps
}`) as unknown as TypedDocumentString<TownshipDataQuery, TownshipDataQueryVariables>;
export const TownshipDataFilingsDocument = new TypedDocumentString(`
    query TownshipDataFilings($townshipId: ID) {
  townshipDataFilings(townshipId: $townshipId) {
    id
    asOf
    filedAt
    filedByName
    communities
    complete
    gaps
    township {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TownshipDataFilingsQuery, TownshipDataFilingsQueryVariables>;
export const TownshipDataFilingDocument = new TypedDocumentString(`
    query TownshipDataFiling($id: ID!) {
  townshipDataFiling(id: $id) {
    id
    asOf
    filedAt
    filedByName
    township {
      id
      name
    }
    summary {
      ...TownshipDataSummaryFields
    }
    rows {
      ...TownshipDataRowFields
    }
  }
}
    fragment TownshipDataSummaryFields on TownshipDataSummary {
  communities
  households
  floorArea
  officeArea
  officeRecorded
  enterpriseServed
  basicService
  selfManaged
  noService
  firms
  firmsByGrade {
    grade
    count
  }
  firmsRedListed
  firmsBlackListed
  managers
  managersByGrade {
    grade
    count
  }
  committeesInTerm
  committeesExpired
  complete
  gaps
}
fragment TownshipDataRowFields on TownshipDataRow {
  communityId
  communityName
  type
  serviceMode
  households
  floorArea
  officeArea
  enterpriseId
  enterpriseName
  enterpriseGrade
  enterpriseListStatus
  managerId
  managerName
  managerGrade
  committee
  committeeTermEnd
  gaps
}`) as unknown as TypedDocumentString<TownshipDataFilingQuery, TownshipDataFilingQueryVariables>;
export const FileTownshipDataDocument = new TypedDocumentString(`
    mutation FileTownshipData {
  fileTownshipData {
    __typename
    ... on MutationFileTownshipDataSuccess {
      data {
        id
        asOf
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<FileTownshipDataMutation, FileTownshipDataMutationVariables>;
export const TownshipPlansDocument = new TypedDocumentString(`
    query TownshipPlans($year: Int) {
  townshipPlans(year: $year) {
    id
    year
    township {
      id
      name
    }
    leaderName
    leaderPosition
    mechanism
    schedule
    tasks
    resources
    status
    filedAt
    availableActions {
      action
      available
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<TownshipPlansQuery, TownshipPlansQueryVariables>;
export const TownshipChoicesDocument = new TypedDocumentString(`
    query TownshipChoices {
  townships(perPage: 200) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TownshipChoicesQuery, TownshipChoicesQueryVariables>;
export const CreateTownshipPlanDocument = new TypedDocumentString(`
    mutation CreateTownshipPlan($year: Int!, $leaderName: String!, $leaderPosition: String!, $mechanism: String!, $schedule: String!, $tasks: String!, $resources: String) {
  createTownshipPlan(
    year: $year
    leaderName: $leaderName
    leaderPosition: $leaderPosition
    mechanism: $mechanism
    schedule: $schedule
    tasks: $tasks
    resources: $resources
  ) {
    __typename
    ... on MutationCreateTownshipPlanSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateTownshipPlanMutation, CreateTownshipPlanMutationVariables>;
export const UpdateTownshipPlanDocument = new TypedDocumentString(`
    mutation UpdateTownshipPlan($id: ID!, $leaderName: String!, $leaderPosition: String!, $mechanism: String!, $schedule: String!, $tasks: String!, $resources: String) {
  updateTownshipPlan(
    id: $id
    leaderName: $leaderName
    leaderPosition: $leaderPosition
    mechanism: $mechanism
    schedule: $schedule
    tasks: $tasks
    resources: $resources
  ) {
    __typename
    ... on MutationUpdateTownshipPlanSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateTownshipPlanMutation, UpdateTownshipPlanMutationVariables>;
export const FileTownshipPlanDocument = new TypedDocumentString(`
    mutation FileTownshipPlan($id: ID!) {
  fileTownshipPlan(id: $id) {
    __typename
    ... on MutationFileTownshipPlanSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<FileTownshipPlanMutation, FileTownshipPlanMutationVariables>;
export const CampaignMeetingsDocument = new TypedDocumentString(`
    query CampaignMeetings($kind: MeetingKind) {
  campaignMeetings(kind: $kind) {
    id
    kind
    title
    heldAt
    location
    agenda
    notice
    hostDepartment {
      id
      name
    }
    hostTownship {
      id
      name
    }
    minutes {
      id
      status
      body
      attendees
      writtenBy
      writtenAt
      approvedBy
      approvedAt
      returnNote
    }
    availableMinutesActions {
      action
      available
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignMeetingsQuery, CampaignMeetingsQueryVariables>;
export const WriteMeetingMinutesDocument = new TypedDocumentString(`
    mutation WriteMeetingMinutes($meetingId: ID!, $body: String!, $attendees: [String!]!) {
  writeMeetingMinutes(meetingId: $meetingId, body: $body, attendees: $attendees) {
    __typename
    ... on MutationWriteMeetingMinutesSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<WriteMeetingMinutesMutation, WriteMeetingMinutesMutationVariables>;
export const SubmitMeetingMinutesDocument = new TypedDocumentString(`
    mutation SubmitMeetingMinutes($meetingId: ID!) {
  submitMeetingMinutes(meetingId: $meetingId) {
    __typename
    ... on MutationSubmitMeetingMinutesSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SubmitMeetingMinutesMutation, SubmitMeetingMinutesMutationVariables>;
export const ApproveMeetingMinutesDocument = new TypedDocumentString(`
    mutation ApproveMeetingMinutes($meetingId: ID!) {
  approveMeetingMinutes(meetingId: $meetingId) {
    __typename
    ... on MutationApproveMeetingMinutesSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ApproveMeetingMinutesMutation, ApproveMeetingMinutesMutationVariables>;
export const ReturnMeetingMinutesDocument = new TypedDocumentString(`
    mutation ReturnMeetingMinutes($meetingId: ID!, $note: String!) {
  returnMeetingMinutes(meetingId: $meetingId, note: $note) {
    __typename
    ... on MutationReturnMeetingMinutesSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ReturnMeetingMinutesMutation, ReturnMeetingMinutesMutationVariables>;
export const PeerVisitsDocument = new TypedDocumentString(`
    query PeerVisits {
  peerVisits {
    id
    visitedOn
    hostEnterpriseName
    hostCommunityName
    visitingFirms {
      id
      name
    }
    visitorPeople
    findings
  }
}
    `) as unknown as TypedDocumentString<PeerVisitsQuery, PeerVisitsQueryVariables>;
export const VisitFirmsDocument = new TypedDocumentString(`
    query VisitFirms {
  enterprises(page: 1, perPage: 100) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<VisitFirmsQuery, VisitFirmsQueryVariables>;
export const RecordPeerVisitDocument = new TypedDocumentString(`
    mutation RecordPeerVisit($visitedOn: Date!, $hostEnterpriseId: ID, $visitorEnterpriseIds: [ID!]!, $visitorPeople: [String!]!, $findings: String!) {
  recordPeerVisit(
    visitedOn: $visitedOn
    hostEnterpriseId: $hostEnterpriseId
    visitorEnterpriseIds: $visitorEnterpriseIds
    visitorPeople: $visitorPeople
    findings: $findings
  ) {
    __typename
    ... on MutationRecordPeerVisitSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordPeerVisitMutation, RecordPeerVisitMutationVariables>;
export const PublicityArticlesDocument = new TypedDocumentString(`
    query PublicityArticles {
  publicityArticles {
    id
    kind
    title
    summary
    body
    source
    status
    updatedAt
    publishedAt
    withdrawnAt
    withdrawReason
    availableActions {
      action
      available
      reason
    }
    images {
      id
      caption
      originalName
      size
      url
    }
  }
}
    `) as unknown as TypedDocumentString<PublicityArticlesQuery, PublicityArticlesQueryVariables>;
export const RemoveArticleImageDocument = new TypedDocumentString(`
    mutation RemoveArticleImage($id: ID!) {
  removeArticleImage(id: $id) {
    __typename
    ... on MutationRemoveArticleImageSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveArticleImageMutation, RemoveArticleImageMutationVariables>;
export const SaveArticleDocument = new TypedDocumentString(`
    mutation SaveArticle($id: ID, $input: ArticleInput!) {
  saveArticle(id: $id, input: $input) {
    __typename
    ... on MutationSaveArticleSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SaveArticleMutation, SaveArticleMutationVariables>;
export const PublishArticleDocument = new TypedDocumentString(`
    mutation PublishArticle($id: ID!) {
  publishArticle(id: $id) {
    __typename
    ... on MutationPublishArticleSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PublishArticleMutation, PublishArticleMutationVariables>;
export const WithdrawArticleDocument = new TypedDocumentString(`
    mutation WithdrawArticle($id: ID!, $reason: String!) {
  withdrawArticle(id: $id, reason: $reason) {
    __typename
    ... on MutationWithdrawArticleSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<WithdrawArticleMutation, WithdrawArticleMutationVariables>;
export const PublicArticlesDocument = new TypedDocumentString(`
    query PublicArticles($kind: ArticleKind, $page: Int, $perPage: Int) {
  publicArticles(kind: $kind, page: $page, perPage: $perPage) {
    total
    page
    perPage
    items {
      id
      kind
      title
      summary
      source
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<PublicArticlesQuery, PublicArticlesQueryVariables>;
export const PublicArticleDocument = new TypedDocumentString(`
    query PublicArticle($id: ID!) {
  publicArticle(id: $id) {
    id
    kind
    title
    summary
    paragraphs
    source
    publishedAt
    images {
      id
      caption
      url
    }
  }
}
    `) as unknown as TypedDocumentString<PublicArticleQuery, PublicArticleQueryVariables>;
export const ComplaintListDocument = new TypedDocumentString(`
    query ComplaintList($page: Int, $perPage: Int, $sortField: ComplaintSortField, $sortOrder: SortOrder, $filter: ComplaintFilter) {
  complaints(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...ComplaintListFields
    }
    total
    totalCapped
  }
}
    fragment ComplaintListFields on Complaint {
  id
  channel
  category
  subtype
  state
  content
  complainantName
  complainantPhone
  complainantCount
  collective
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  receivedAt
  firstResponseDue
  resolutionDue
  firstResponseLate
  resolutionLate
  respondedAt
  handledAt
  closedAt
  followUpRating
  upheld
  issueId
  createdAt
  availableActions
}`) as unknown as TypedDocumentString<ComplaintListQuery, ComplaintListQueryVariables>;
export const ComplaintOneDocument = new TypedDocumentString(`
    query ComplaintOne($id: ID!) {
  complaint(id: $id) {
    ...ComplaintFields
  }
}
    fragment ComplaintListFields on Complaint {
  id
  channel
  category
  subtype
  state
  content
  complainantName
  complainantPhone
  complainantCount
  collective
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  receivedAt
  firstResponseDue
  resolutionDue
  firstResponseLate
  resolutionLate
  respondedAt
  handledAt
  closedAt
  followUpRating
  upheld
  issueId
  createdAt
  availableActions
}
fragment ComplaintFields on Complaint {
  ...ComplaintListFields
  responseNote
  answer
  rejectionReasons
  followUpNote
  b3Proposed
  b4Proposed
  b5Proposed
  events {
    id
    action
    fromState
    toState
    at
    actorName
    note
  }
}`) as unknown as TypedDocumentString<ComplaintOneQuery, ComplaintOneQueryVariables>;
export const ComplaintCreateDocument = new TypedDocumentString(`
    mutation ComplaintCreate($input: ComplaintInput!) {
  createComplaint(input: $input) {
    __typename
    ... on MutationCreateComplaintSuccess {
      data {
        ...ComplaintFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment ComplaintListFields on Complaint {
  id
  channel
  category
  subtype
  state
  content
  complainantName
  complainantPhone
  complainantCount
  collective
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  receivedAt
  firstResponseDue
  resolutionDue
  firstResponseLate
  resolutionLate
  respondedAt
  handledAt
  closedAt
  followUpRating
  upheld
  issueId
  createdAt
  availableActions
}
fragment ComplaintFields on Complaint {
  ...ComplaintListFields
  responseNote
  answer
  rejectionReasons
  followUpNote
  b3Proposed
  b4Proposed
  b5Proposed
  events {
    id
    action
    fromState
    toState
    at
    actorName
    note
  }
}`) as unknown as TypedDocumentString<ComplaintCreateMutation, ComplaintCreateMutationVariables>;
export const InspectionListDocument = new TypedDocumentString(`
    query InspectionList($page: Int, $perPage: Int, $sortField: InspectionSortField, $sortOrder: SortOrder, $filter: InspectionFilter) {
  inspections(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...InspectionListFields
    }
    total
  }
}
    fragment InspectionListFields on Inspection {
  id
  kind
  date
  inspectors
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  refusedToCooperate
  b10Proposed
  b14Proposed
  note
  createdAt
}`) as unknown as TypedDocumentString<InspectionListQuery, InspectionListQueryVariables>;
export const InspectionOneDocument = new TypedDocumentString(`
    query InspectionOne($id: ID!) {
  inspection(id: $id) {
    ...InspectionFields
  }
}
    fragment InspectionListFields on Inspection {
  id
  kind
  date
  inspectors
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  refusedToCooperate
  b10Proposed
  b14Proposed
  note
  createdAt
}
fragment InspectionFields on Inspection {
  ...InspectionListFields
  deductions {
    itemId
    points
    note
    item {
      id
      section
      sectionLabel
      text
      maxDeduction
    }
  }
  findings {
    itemId
    section
    title
    category
    points
    note
    turned
  }
  issues {
    id
    title
    state
    deadline
  }
}`) as unknown as TypedDocumentString<InspectionOneQuery, InspectionOneQueryVariables>;
export const InspectionCreateDocument = new TypedDocumentString(`
    mutation InspectionCreate($input: InspectionInput!) {
  createInspection(input: $input) {
    __typename
    ... on MutationCreateInspectionSuccess {
      data {
        ...InspectionFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment InspectionListFields on Inspection {
  id
  kind
  date
  inspectors
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  refusedToCooperate
  b10Proposed
  b14Proposed
  note
  createdAt
}
fragment InspectionFields on Inspection {
  ...InspectionListFields
  deductions {
    itemId
    points
    note
    item {
      id
      section
      sectionLabel
      text
      maxDeduction
    }
  }
  findings {
    itemId
    section
    title
    category
    points
    note
    turned
  }
  issues {
    id
    title
    state
    deadline
  }
}`) as unknown as TypedDocumentString<InspectionCreateMutation, InspectionCreateMutationVariables>;
export const IssueListDocument = new TypedDocumentString(`
    query IssueList($page: Int, $perPage: Int, $sortField: IssueSortField, $sortOrder: SortOrder, $filter: IssueFilter) {
  issues(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...IssueListFields
    }
    total
    totalCapped
  }
}
    fragment IssueListFields on Issue {
  id
  title
  category
  subtype
  state
  source
  sourceId
  deadline
  overdue
  daysOverdue
  dueSoon
  flagged
  returned
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  assignedAt
  closedAt
  createdAt
  updatedAt
  availableActions
}`) as unknown as TypedDocumentString<IssueListQuery, IssueListQueryVariables>;
export const IssueOneDocument = new TypedDocumentString(`
    query IssueOne($id: ID!) {
  issue(id: $id) {
    ...IssueFields
  }
}
    fragment IssueListFields on Issue {
  id
  title
  category
  subtype
  state
  source
  sourceId
  deadline
  overdue
  daysOverdue
  dueSoon
  flagged
  returned
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  assignedAt
  closedAt
  createdAt
  updatedAt
  availableActions
}
fragment IssueFields on Issue {
  ...IssueListFields
  description
  measures
  lastSubmittedAt
  lastAction
  refusalRecorded
  b1Proposed
  b2Proposed
  checklistItemId
  warrantyElement
  warrantyLastDay
  developer {
    id
    name
  }
  events {
    id
    action
    fromState
    toState
    at
    actorName
    note
    fileIds
  }
  files {
    id
    originalName
    mime
    size
    uploadedAt
    sha256
    url
  }
  defect {
    code
    nameZh
    nameEn
    descriptionZh
    causes
    prevention
    repair
  }
}`) as unknown as TypedDocumentString<IssueOneQuery, IssueOneQueryVariables>;
export const IssueCreateDocument = new TypedDocumentString(`
    mutation IssueCreate($input: IssueInput!) {
  createIssue(input: $input) {
    __typename
    ... on MutationCreateIssueSuccess {
      data {
        ...IssueFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment IssueListFields on Issue {
  id
  title
  category
  subtype
  state
  source
  sourceId
  deadline
  overdue
  daysOverdue
  dueSoon
  flagged
  returned
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  departmentId
  department {
    id
    name
  }
  handledByTownship
  assignedAt
  closedAt
  createdAt
  updatedAt
  availableActions
}
fragment IssueFields on Issue {
  ...IssueListFields
  description
  measures
  lastSubmittedAt
  lastAction
  refusalRecorded
  b1Proposed
  b2Proposed
  checklistItemId
  warrantyElement
  warrantyLastDay
  developer {
    id
    name
  }
  events {
    id
    action
    fromState
    toState
    at
    actorName
    note
    fileIds
  }
  files {
    id
    originalName
    mime
    size
    uploadedAt
    sha256
    url
  }
  defect {
    code
    nameZh
    nameEn
    descriptionZh
    causes
    prevention
    repair
  }
}`) as unknown as TypedDocumentString<IssueCreateMutation, IssueCreateMutationVariables>;
export const SelfCheckListDocument = new TypedDocumentString(`
    query SelfCheckList($page: Int, $perPage: Int, $sortField: SelfCheckSortField, $sortOrder: SortOrder, $filter: SelfCheckFilter) {
  selfChecks(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...SelfCheckListFields
    }
    total
  }
}
    fragment SelfCheckListFields on SelfCheck {
  id
  date
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  note
  createdAt
}`) as unknown as TypedDocumentString<SelfCheckListQuery, SelfCheckListQueryVariables>;
export const SelfCheckOneDocument = new TypedDocumentString(`
    query SelfCheckOne($id: ID!) {
  selfCheck(id: $id) {
    ...SelfCheckFields
  }
}
    fragment SelfCheckListFields on SelfCheck {
  id
  date
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  note
  createdAt
}
fragment SelfCheckFields on SelfCheck {
  ...SelfCheckListFields
  deductions {
    itemId
    points
    note
    item {
      id
      section
      sectionLabel
      text
      maxDeduction
    }
  }
  issues {
    id
    title
    state
    deadline
  }
}`) as unknown as TypedDocumentString<SelfCheckOneQuery, SelfCheckOneQueryVariables>;
export const SelfCheckCreateDocument = new TypedDocumentString(`
    mutation SelfCheckCreate($input: SelfCheckInput!) {
  submitSelfCheck(input: $input) {
    __typename
    ... on MutationSubmitSelfCheckSuccess {
      data {
        ...SelfCheckFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment SelfCheckListFields on SelfCheck {
  id
  date
  communityId
  community {
    id
    name
  }
  townshipId
  township {
    id
    name
  }
  enterpriseId
  enterprise {
    id
    name
  }
  score
  grade
  note
  createdAt
}
fragment SelfCheckFields on SelfCheck {
  ...SelfCheckListFields
  deductions {
    itemId
    points
    note
    item {
      id
      section
      sectionLabel
      text
      maxDeduction
    }
  }
  issues {
    id
    title
    state
    deadline
  }
}`) as unknown as TypedDocumentString<SelfCheckCreateMutation, SelfCheckCreateMutationVariables>;
export const AssignIssueDocument = new TypedDocumentString(`
    mutation AssignIssue($id: ID!, $input: AssignIssueInput!) {
  assignIssue(id: $id, input: $input) {
    __typename
    ... on MutationAssignIssueSuccess {
      data {
        id
        state
        flagged
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AssignIssueMutation, AssignIssueMutationVariables>;
export const AcknowledgeIssueDocument = new TypedDocumentString(`
    mutation AcknowledgeIssue($id: ID!, $note: String) {
  acknowledgeIssue(id: $id, note: $note) {
    __typename
    ... on MutationAcknowledgeIssueSuccess {
      data {
        id
        state
        flagged
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AcknowledgeIssueMutation, AcknowledgeIssueMutationVariables>;
export const SubmitIssueFeedbackDocument = new TypedDocumentString(`
    mutation SubmitIssueFeedback($id: ID!, $note: String!, $fileIds: [ID!]!) {
  submitIssueFeedback(id: $id, note: $note, fileIds: $fileIds) {
    __typename
    ... on MutationSubmitIssueFeedbackSuccess {
      data {
        id
        state
        flagged
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SubmitIssueFeedbackMutation, SubmitIssueFeedbackMutationVariables>;
export const CloseIssueDocument = new TypedDocumentString(`
    mutation CloseIssue($id: ID!, $note: String) {
  closeIssue(id: $id, note: $note) {
    __typename
    ... on MutationCloseIssueSuccess {
      data {
        id
        state
        flagged
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CloseIssueMutation, CloseIssueMutationVariables>;
export const ReturnIssueDocument = new TypedDocumentString(`
    mutation ReturnIssue($id: ID!, $note: String!) {
  returnIssue(id: $id, note: $note) {
    __typename
    ... on MutationReturnIssueSuccess {
      data {
        id
        state
        flagged
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ReturnIssueMutation, ReturnIssueMutationVariables>;
export const FlagIssueDocument = new TypedDocumentString(`
    mutation FlagIssue($id: ID!, $note: String) {
  flagIssue(id: $id, note: $note) {
    __typename
    ... on MutationFlagIssueSuccess {
      data {
        id
        state
        flagged
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<FlagIssueMutation, FlagIssueMutationVariables>;
export const UnflagIssueDocument = new TypedDocumentString(`
    mutation UnflagIssue($id: ID!, $note: String) {
  unflagIssue(id: $id, note: $note) {
    __typename
    ... on MutationUnflagIssueSuccess {
      data {
        id
        state
        flagged
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<UnflagIssueMutation, UnflagIssueMutationVariables>;
export const RecordRefusalDocument = new TypedDocumentString(`
    mutation RecordRefusal($id: ID!, $note: String!) {
  recordRefusal(id: $id, note: $note) {
    __typename
    ... on MutationRecordRefusalSuccess {
      data {
        id
        state
        flagged
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordRefusalMutation, RecordRefusalMutationVariables>;
export const TurnFindingsIntoIssuesDocument = new TypedDocumentString(`
    mutation TurnFindingsIntoIssues($inspectionId: ID!, $itemIds: [String!], $assign: AssignFindingsInput) {
  turnFindingsIntoIssues(
    inspectionId: $inspectionId
    itemIds: $itemIds
    assign: $assign
  ) {
    __typename
    ... on MutationTurnFindingsIntoIssuesSuccess {
      data {
        id
        title
        state
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<TurnFindingsIntoIssuesMutation, TurnFindingsIntoIssuesMutationVariables>;
export const RouteComplaintDocument = new TypedDocumentString(`
    mutation RouteComplaint($id: ID!, $departmentId: ID!, $note: String) {
  routeComplaint(id: $id, departmentId: $departmentId, note: $note) {
    __typename
    ... on MutationRouteComplaintSuccess {
      data {
        id
        state
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RouteComplaintMutation, RouteComplaintMutationVariables>;
export const RespondToComplaintDocument = new TypedDocumentString(`
    mutation RespondToComplaint($id: ID!, $note: String!) {
  respondToComplaint(id: $id, note: $note) {
    __typename
    ... on MutationRespondToComplaintSuccess {
      data {
        id
        state
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RespondToComplaintMutation, RespondToComplaintMutationVariables>;
export const ResolveComplaintDocument = new TypedDocumentString(`
    mutation ResolveComplaint($id: ID!, $answer: String!, $upheld: Boolean!) {
  resolveComplaint(id: $id, answer: $answer, upheld: $upheld) {
    __typename
    ... on MutationResolveComplaintSuccess {
      data {
        id
        state
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ResolveComplaintMutation, ResolveComplaintMutationVariables>;
export const TurnComplaintIntoIssueDocument = new TypedDocumentString(`
    mutation TurnComplaintIntoIssue($id: ID!, $title: String, $measures: String, $deadline: Date, $note: String) {
  turnComplaintIntoIssue(
    id: $id
    title: $title
    measures: $measures
    deadline: $deadline
    note: $note
  ) {
    __typename
    ... on MutationTurnComplaintIntoIssueSuccess {
      data {
        id
        state
        availableActions
        issueId
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<TurnComplaintIntoIssueMutation, TurnComplaintIntoIssueMutationVariables>;
export const RejectComplaintDocument = new TypedDocumentString(`
    mutation RejectComplaint($id: ID!, $reasons: String!) {
  rejectComplaint(id: $id, reasons: $reasons) {
    __typename
    ... on MutationRejectComplaintSuccess {
      data {
        id
        state
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RejectComplaintMutation, RejectComplaintMutationVariables>;
export const CloseComplaintWithFollowUpDocument = new TypedDocumentString(`
    mutation CloseComplaintWithFollowUp($id: ID!, $rating: FollowUpRating!, $note: String) {
  closeComplaintWithFollowUp(id: $id, rating: $rating, note: $note) {
    __typename
    ... on MutationCloseComplaintWithFollowUpSuccess {
      data {
        id
        state
        availableActions
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CloseComplaintWithFollowUpMutation, CloseComplaintWithFollowUpMutationVariables>;
export const InspectionChecklistDocument = new TypedDocumentString(`
    query InspectionChecklist {
  inspectionChecklist {
    id
    section
    sectionLabel
    text
    maxDeduction
    category
  }
}
    `) as unknown as TypedDocumentString<InspectionChecklistQuery, InspectionChecklistQueryVariables>;
export const IssueCategoriesDocument = new TypedDocumentString(`
    query IssueCategories {
  issueCategories {
    code
    label
    subtypes
    toTownship
    departments {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<IssueCategoriesQuery, IssueCategoriesQueryVariables>;
export const ClosedLoopSettingsDocument = new TypedDocumentString(`
    query ClosedLoopSettings {
  closedLoopSettings {
    b1GraceDays
    complaintFirstResponseDays
    complaintResolutionDays
    dueSoonDays
  }
}
    `) as unknown as TypedDocumentString<ClosedLoopSettingsQuery, ClosedLoopSettingsQueryVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox {
  inbox {
    hasTasks
    tasks {
      total
      totalCapped
      items {
        ...InboxTask
      }
    }
    complaints {
      total
      totalCapped
      items {
        id
        category
        channel
        state
        content
        receivedAt
        firstResponseDue
        resolutionDue
        firstResponseLate
        resolutionLate
        community {
          id
          name
        }
      }
    }
  }
}
    fragment InboxTask on InboxTask {
  reasons
  issue {
    id
    title
    category
    state
    deadline
    overdue
    daysOverdue
    flagged
    availableActions
    community {
      id
      name
    }
    enterprise {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const CommitteeRegisterDocument = new TypedDocumentString(`
    query CommitteeRegister {
  committeeRegister {
    status
    termState
    community {
      id
      name
      type
      households
      township {
        id
        name
      }
    }
    election {
      id
      status
      termStart
      termEnd
      filedOn
      supplementary
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeRegisterQuery, CommitteeRegisterQueryVariables>;
export const CommitteeElectionDocument = new TypedDocumentString(`
    query CommitteeElection($id: ID!) {
  committeeElection(id: $id) {
    id
    committeeId
    status
    seats
    supplementary
    community {
      id
      name
      township {
        id
        name
      }
    }
    ruleSet {
      code
      version
      label
      seats
      termYears
    }
    assemblyAt
    assemblyPlace
    assemblyForm
    agenda
    publicisedOn
    rollHeadcount
    rollArea
    opensAt
    closesAt
    ballotListHash
    signedOffAt
    termStart
    termEnd
    filedOn
    filedWith
    preparatoryGroup {
      id
      name
      role
    }
    candidates {
      ...CommitteeCandidateFields
    }
    members {
      ...CommitteeCandidateFields
    }
    counters {
      id
      name
      role
    }
    paperProblems
    result {
      ...ElectionTallyFields
    }
    recallMotions {
      id
      movedOn
      memberIds
      supporterCount
      supportingArea
      totalArea
      reason
      voteHeldOn
      outcome
    }
    dutyReviews {
      id
      reviewedOn
      reviewer
      note
      results {
        code
        label
        result
      }
    }
    availableActions {
      action
      available
      reason
    }
  }
}
    fragment CommitteeCandidateFields on CommitteeCandidate {
  id
  name
  route
  nominatedBy
  eligibilityAttested
  elected
  position
  leftOn
}
fragment ElectionTallyFields on ElectionTally {
  valid
  voidReason
  cast
  voidBallots
  elected
  vacant
  counts {
    candidateId
    headcount
    area
    qualifies
  }
  pendingTie {
    candidateIds
    seats
  }
}`) as unknown as TypedDocumentString<CommitteeElectionQuery, CommitteeElectionQueryVariables>;
export const CommitteeElectionDocumentsDocument = new TypedDocumentString(`
    query CommitteeElectionDocuments($id: ID!) {
  committeeElection(id: $id) {
    id
    documents {
      notice
      candidateList
      paperBallot
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeElectionDocumentsQuery, CommitteeElectionDocumentsQueryVariables>;
export const OwnerUnitsDocument = new TypedDocumentString(`
    query OwnerUnits($communityId: ID!) {
  ownerUnits(communityId: $communityId) {
    id
    building
    unitNo
    room
    area
    owners {
      name
      idMasked
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<OwnerUnitsQuery, OwnerUnitsQueryVariables>;
export const CommitteeDutiesDocument = new TypedDocumentString(`
    query CommitteeDuties {
  committeeDuties {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<CommitteeDutiesQuery, CommitteeDutiesQueryVariables>;
export const ImportCommitteeOwnersDocument = new TypedDocumentString(`
    mutation ImportCommitteeOwners($communityId: ID!, $rows: [OwnerRowInput!]!) {
  importCommitteeOwners(communityId: $communityId, rows: $rows) {
    __typename
    ... on MutationImportCommitteeOwnersSuccess {
      data {
        units
        owners
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ImportCommitteeOwnersMutation, ImportCommitteeOwnersMutationVariables>;
export const CreateCommitteeElectionDocument = new TypedDocumentString(`
    mutation CreateCommitteeElection($communityId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {
  createCommitteeElection(
    communityId: $communityId
    members: $members
    assembly: $assembly
  ) {
    __typename
    ... on MutationCreateCommitteeElectionSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateCommitteeElectionMutation, CreateCommitteeElectionMutationVariables>;
export const CallSupplementaryElectionDocument = new TypedDocumentString(`
    mutation CallSupplementaryElection($committeeId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {
  callSupplementaryElection(
    committeeId: $committeeId
    members: $members
    assembly: $assembly
  ) {
    __typename
    ... on MutationCallSupplementaryElectionSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CallSupplementaryElectionMutation, CallSupplementaryElectionMutationVariables>;
export const NominateCommitteeCandidateDocument = new TypedDocumentString(`
    mutation NominateCommitteeCandidate($electionId: ID!, $name: String!, $route: NominationRoute!, $nominatedBy: String, $eligibilityAttested: Boolean!, $attestedBy: String) {
  nominateCommitteeCandidate(
    electionId: $electionId
    name: $name
    route: $route
    nominatedBy: $nominatedBy
    eligibilityAttested: $eligibilityAttested
    attestedBy: $attestedBy
  ) {
    __typename
    ... on MutationNominateCommitteeCandidateSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<NominateCommitteeCandidateMutation, NominateCommitteeCandidateMutationVariables>;
export const AttestCommitteeCandidateDocument = new TypedDocumentString(`
    mutation AttestCommitteeCandidate($candidateId: ID!, $attestedBy: String!) {
  attestCommitteeCandidate(candidateId: $candidateId, attestedBy: $attestedBy) {
    __typename
    ... on MutationAttestCommitteeCandidateSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AttestCommitteeCandidateMutation, AttestCommitteeCandidateMutationVariables>;
export const AddElectionCounterDocument = new TypedDocumentString(`
    mutation AddElectionCounter($electionId: ID!, $name: String!, $role: CounterRole!) {
  addElectionCounter(electionId: $electionId, name: $name, role: $role) {
    __typename
    ... on MutationAddElectionCounterSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AddElectionCounterMutation, AddElectionCounterMutationVariables>;
export const PubliciseCandidatesDocument = new TypedDocumentString(`
    mutation PubliciseCandidates($electionId: ID!) {
  publiciseCandidates(electionId: $electionId) {
    __typename
    ... on MutationPubliciseCandidatesSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PubliciseCandidatesMutation, PubliciseCandidatesMutationVariables>;
export const FreezeVoterRollDocument = new TypedDocumentString(`
    mutation FreezeVoterRoll($electionId: ID!) {
  freezeVoterRoll(electionId: $electionId) {
    __typename
    ... on MutationFreezeVoterRollSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<FreezeVoterRollMutation, FreezeVoterRollMutationVariables>;
export const IssueVotingCodesDocument = new TypedDocumentString(`
    mutation IssueVotingCodes($electionId: ID!) {
  issueVotingCodes(electionId: $electionId) {
    __typename
    ... on MutationIssueVotingCodesSuccess {
      data {
        unitId
        building
        unitNo
        room
        code
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<IssueVotingCodesMutation, IssueVotingCodesMutationVariables>;
export const OpenVotingDocument = new TypedDocumentString(`
    mutation OpenVoting($electionId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {
  openVoting(electionId: $electionId, opensAt: $opensAt, closesAt: $closesAt) {
    __typename
    ... on MutationOpenVotingSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<OpenVotingMutation, OpenVotingMutationVariables>;
export const SignInPaperVoterDocument = new TypedDocumentString(`
    mutation SignInPaperVoter($electionId: ID!, $unitId: ID!, $proxyName: String) {
  signInPaperVoter(
    electionId: $electionId
    unitId: $unitId
    proxyName: $proxyName
  ) {
    __typename
    ... on MutationSignInPaperVoterSuccess {
      data
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SignInPaperVoterMutation, SignInPaperVoterMutationVariables>;
export const EnterPaperBallotDocument = new TypedDocumentString(`
    mutation EnterPaperBallot($electionId: ID!, $counterId: ID!, $paperNo: String!, $choices: [ID!]!, $area: String!) {
  enterPaperBallot(
    electionId: $electionId
    counterId: $counterId
    paperNo: $paperNo
    choices: $choices
    area: $area
  ) {
    __typename
    ... on MutationEnterPaperBallotSuccess {
      data {
        paperNo
        entries
        mismatch
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<EnterPaperBallotMutation, EnterPaperBallotMutationVariables>;
export const CloseVotingDocument = new TypedDocumentString(`
    mutation CloseVoting($electionId: ID!) {
  closeVoting(electionId: $electionId) {
    __typename
    ... on MutationCloseVotingSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CloseVotingMutation, CloseVotingMutationVariables>;
export const CountVotesDocument = new TypedDocumentString(`
    mutation CountVotes($electionId: ID!) {
  countVotes(electionId: $electionId) {
    __typename
    ... on MutationCountVotesSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CountVotesMutation, CountVotesMutationVariables>;
export const SettleElectionTieDocument = new TypedDocumentString(`
    mutation SettleElectionTie($electionId: ID!, $winners: [MemberVoteInput!]!) {
  settleElectionTie(electionId: $electionId, winners: $winners) {
    __typename
    ... on MutationSettleElectionTieSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SettleElectionTieMutation, SettleElectionTieMutationVariables>;
export const ElectCommitteeOfficersDocument = new TypedDocumentString(`
    mutation ElectCommitteeOfficers($electionId: ID!, $officers: [OfficerInput!]!) {
  electCommitteeOfficers(electionId: $electionId, officers: $officers) {
    __typename
    ... on MutationElectCommitteeOfficersSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ElectCommitteeOfficersMutation, ElectCommitteeOfficersMutationVariables>;
export const SignOffCountDocument = new TypedDocumentString(`
    mutation SignOffCount($electionId: ID!, $counterIds: [ID!]!) {
  signOffCount(electionId: $electionId, counterIds: $counterIds) {
    __typename
    ... on MutationSignOffCountSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SignOffCountMutation, SignOffCountMutationVariables>;
export const FileCommitteeDocument = new TypedDocumentString(`
    mutation FileCommittee($electionId: ID!, $filedWith: String!) {
  fileCommittee(electionId: $electionId, filedWith: $filedWith) {
    __typename
    ... on MutationFileCommitteeSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<FileCommitteeMutation, FileCommitteeMutationVariables>;
export const MoveRecallDocument = new TypedDocumentString(`
    mutation MoveRecall($committeeId: ID!, $memberIds: [ID!]!, $supporterUnitIds: [ID!]!, $reason: String!) {
  moveRecall(
    committeeId: $committeeId
    memberIds: $memberIds
    supporterUnitIds: $supporterUnitIds
    reason: $reason
  ) {
    __typename
    ... on MutationMoveRecallSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<MoveRecallMutation, MoveRecallMutationVariables>;
export const RecordRecallVoteDocument = new TypedDocumentString(`
    mutation RecordRecallVote($motionId: ID!, $heldOn: Date!, $participatedArea: String!, $participatedHeadcount: Int!, $inFavourArea: String!, $inFavourHeadcount: Int!) {
  recordRecallVote(
    motionId: $motionId
    heldOn: $heldOn
    participatedArea: $participatedArea
    participatedHeadcount: $participatedHeadcount
    inFavourArea: $inFavourArea
    inFavourHeadcount: $inFavourHeadcount
  ) {
    __typename
    ... on MutationRecordRecallVoteSuccess {
      data {
        id
        outcome
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordRecallVoteMutation, RecordRecallVoteMutationVariables>;
export const ReviewCommitteeDutiesDocument = new TypedDocumentString(`
    mutation ReviewCommitteeDuties($committeeId: ID!, $reviewer: String!, $results: [DutyAnswerInput!]!, $note: String) {
  reviewCommitteeDuties(
    committeeId: $committeeId
    reviewer: $reviewer
    results: $results
    note: $note
  ) {
    __typename
    ... on MutationReviewCommitteeDutiesSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ReviewCommitteeDutiesMutation, ReviewCommitteeDutiesMutationVariables>;
export const RecordCommitteeVacancyDocument = new TypedDocumentString(`
    mutation RecordCommitteeVacancy($memberId: ID!, $reason: String!) {
  recordCommitteeVacancy(memberId: $memberId, reason: $reason) {
    __typename
    ... on MutationRecordCommitteeVacancySuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordCommitteeVacancyMutation, RecordCommitteeVacancyMutationVariables>;
export const RecordCommitteeTrainingDocument = new TypedDocumentString(`
    mutation RecordCommitteeTraining($topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {
  recordTrainingSession(
    topic: $topic
    heldOn: $heldOn
    location: $location
    attendees: $attendees
  ) {
    __typename
    ... on MutationRecordTrainingSessionSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordCommitteeTrainingMutation, RecordCommitteeTrainingMutationVariables>;
export const VotingBallotDocument = new TypedDocumentString(`
    query VotingBallot($code: String!) {
  votingBallot(code: $code) {
    electionId
    communityName
    seats
    opensAt
    closesAt
    open
    candidates {
      id
      name
      route
    }
  }
}
    `) as unknown as TypedDocumentString<VotingBallotQuery, VotingBallotQueryVariables>;
export const CastBallotDocument = new TypedDocumentString(`
    mutation CastBallot($code: String!, $choices: [ID!]!) {
  castBallot(code: $code, choices: $choices) {
    __typename
    ... on MutationCastBallotSuccess {
      data {
        receiptId
        electionId
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CastBallotMutation, CastBallotMutationVariables>;
export const ElectionResultsDocument = new TypedDocumentString(`
    query ElectionResults($id: ID!) {
  electionResults(id: $id) {
    electionId
    communityName
    status
    countedOn
    seats
    ruleSet {
      code
      version
      label
    }
    candidates {
      id
      name
      route
      elected
      position
    }
    rollHeadcount
    rollArea
    participatedHeadcount
    participatedArea
    tally {
      ...ElectionTallyFields
    }
    tieSettledBy
    ballotList
    ballotListHash
    recountMatches
  }
}
    fragment ElectionTallyFields on ElectionTally {
  valid
  voidReason
  cast
  voidBallots
  elected
  vacant
  counts {
    candidateId
    headcount
    area
    qualifies
  }
  pendingTie {
    candidateIds
    seats
  }
}`) as unknown as TypedDocumentString<ElectionResultsQuery, ElectionResultsQueryVariables>;
export const BallotReceiptDocument = new TypedDocumentString(`
    query BallotReceipt($electionId: ID!, $receipt: String!) {
  ballotReceipt(electionId: $electionId, receipt: $receipt) {
    receiptId
    area
    choices
  }
}
    `) as unknown as TypedDocumentString<BallotReceiptQuery, BallotReceiptQueryVariables>;
export const HandoversPageDocument = new TypedDocumentString(`
    query HandoversPage {
  handoverPolicy {
    defaultDays
    minDays
    maxDays
  }
  handovers {
    id
    status
    deadline
    overdue
    communityId
    communityName
    townshipName
    outgoingName
    successorId
    successorName
    decisionNo
    openItemCount
    completedOn
    checklist {
      item
      label
      doneOn
    }
    availableActions {
      action
      available
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<HandoversPageQuery, HandoversPageQueryVariables>;
export const ExpulsionCandidatesDocument = new TypedDocumentString(`
    query ExpulsionCandidates {
  expulsionCandidates {
    enterpriseId
    name
    status
    listStatus
    grade
    communityCount
    availableActions {
      action
      available
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ExpulsionCandidatesQuery, ExpulsionCandidatesQueryVariables>;
export const SuccessorOptionsDocument = new TypedDocumentString(`
    query SuccessorOptions {
  enterprises(page: 1, perPage: 100, filter: {status: ACTIVE}) {
    items {
      id
      name
      listStatus
    }
  }
}
    `) as unknown as TypedDocumentString<SuccessorOptionsQuery, SuccessorOptionsQueryVariables>;
export const ExpelEnterpriseDocument = new TypedDocumentString(`
    mutation ExpelEnterprise($input: ExpulsionInput!) {
  expelEnterprise(input: $input) {
    __typename
    ... on MutationExpelEnterpriseSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ExpelEnterpriseMutation, ExpelEnterpriseMutationVariables>;
export const AppointHandoverSuccessorDocument = new TypedDocumentString(`
    mutation AppointHandoverSuccessor($id: ID!, $successorId: ID!) {
  appointHandoverSuccessor(id: $id, successorId: $successorId) {
    __typename
    ... on MutationAppointHandoverSuccessorSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AppointHandoverSuccessorMutation, AppointHandoverSuccessorMutationVariables>;
export const SetHandoverChecklistItemDocument = new TypedDocumentString(`
    mutation SetHandoverChecklistItem($id: ID!, $item: HandoverItem!, $done: Boolean!) {
  setHandoverChecklistItem(id: $id, item: $item, done: $done) {
    __typename
    ... on MutationSetHandoverChecklistItemSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SetHandoverChecklistItemMutation, SetHandoverChecklistItemMutationVariables>;
export const CompleteHandoverDocument = new TypedDocumentString(`
    mutation CompleteHandover($id: ID!) {
  completeHandover(id: $id) {
    __typename
    ... on MutationCompleteHandoverSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CompleteHandoverMutation, CompleteHandoverMutationVariables>;
export const InspectionPlanDocument = new TypedDocumentString(`
    query InspectionPlan($dueOnly: Boolean) {
  inspectionPlan(dueOnly: $dueOnly) {
    today
    policy {
      label
      blackListIntervalDays
      unmanagedIntervalDays
      dueSoonDays
      intervals {
        grade
        days
      }
    }
    rows {
      communityId
      communityName
      townshipName
      enterpriseName
      grade
      listStatus
      handoverDeadline
      intervalDays
      lastInspectedOn
      nextDue
      status
      daysOverdue
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionPlanQuery, InspectionPlanQueryVariables>;
export const CreditRecordListDocument = new TypedDocumentString(`
    query CreditRecordList($page: Int, $perPage: Int, $sortField: CreditRecordSortField, $sortOrder: SortOrder, $filter: CreditRecordFilter) {
  creditRecords(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...CreditRecordListFields
    }
    total
    totalCapped
  }
}
    fragment CreditRecordListFields on CreditRecord {
  id
  subjectType
  enterpriseId
  enterprise {
    id
    name
  }
  managerId
  manager {
    id
    name
  }
  communityId
  community {
    id
    name
  }
  itemCode
  itemLabel
  points
  termMonths
  serious
  veto
  commendation
  standardVersion
  effectiveFrom
  expiresOn
  status
  proposedById
  proposedAt
  reason
  sourceType
  sourceId
  publicizedOn
  objectionDeadline
  objectionDaysLeft
  confirmedOn
  repairedOn
  correctsId
  createdAt
  availableActions {
    action
    available
    reason
    reasons
    availableFrom
  }
  objections {
    id
    status
  }
}`) as unknown as TypedDocumentString<CreditRecordListQuery, CreditRecordListQueryVariables>;
export const CreditRecordOneDocument = new TypedDocumentString(`
    query CreditRecordOne($id: ID!) {
  creditRecord(id: $id) {
    ...CreditRecordFields
  }
}
    fragment CreditRecordListFields on CreditRecord {
  id
  subjectType
  enterpriseId
  enterprise {
    id
    name
  }
  managerId
  manager {
    id
    name
  }
  communityId
  community {
    id
    name
  }
  itemCode
  itemLabel
  points
  termMonths
  serious
  veto
  commendation
  standardVersion
  effectiveFrom
  expiresOn
  status
  proposedById
  proposedAt
  reason
  sourceType
  sourceId
  publicizedOn
  objectionDeadline
  objectionDaysLeft
  confirmedOn
  repairedOn
  correctsId
  createdAt
  availableActions {
    action
    available
    reason
    reasons
    availableFrom
  }
  objections {
    id
    status
  }
}
fragment CreditRecordFields on CreditRecord {
  ...CreditRecordListFields
  evidence
  reviewerId
  decision
  decisionNote
  decidedAt
  revokedById
  revokedAt
  revokeReason
  blacklistMonths
  events {
    id
    fromStatus
    toStatus
    at
    actorName
    note
  }
  objections {
    id
    status
    statement
    evidence
    filedAt
    decisionNote
    decidedAt
  }
}`) as unknown as TypedDocumentString<CreditRecordOneQuery, CreditRecordOneQueryVariables>;
export const CreditRecordCreateDocument = new TypedDocumentString(`
    mutation CreditRecordCreate($input: ProposeCreditRecordInput!) {
  proposeCreditRecord(input: $input) {
    __typename
    ... on MutationProposeCreditRecordSuccess {
      data {
        ...CreditRecordFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment CreditRecordListFields on CreditRecord {
  id
  subjectType
  enterpriseId
  enterprise {
    id
    name
  }
  managerId
  manager {
    id
    name
  }
  communityId
  community {
    id
    name
  }
  itemCode
  itemLabel
  points
  termMonths
  serious
  veto
  commendation
  standardVersion
  effectiveFrom
  expiresOn
  status
  proposedById
  proposedAt
  reason
  sourceType
  sourceId
  publicizedOn
  objectionDeadline
  objectionDaysLeft
  confirmedOn
  repairedOn
  correctsId
  createdAt
  availableActions {
    action
    available
    reason
    reasons
    availableFrom
  }
  objections {
    id
    status
  }
}
fragment CreditRecordFields on CreditRecord {
  ...CreditRecordListFields
  evidence
  reviewerId
  decision
  decisionNote
  decidedAt
  revokedById
  revokedAt
  revokeReason
  blacklistMonths
  events {
    id
    fromStatus
    toStatus
    at
    actorName
    note
  }
  objections {
    id
    status
    statement
    evidence
    filedAt
    decisionNote
    decidedAt
  }
}`) as unknown as TypedDocumentString<CreditRecordCreateMutation, CreditRecordCreateMutationVariables>;
export const ObjectionListDocument = new TypedDocumentString(`
    query ObjectionList($page: Int, $perPage: Int, $sortField: ObjectionSortField, $sortOrder: SortOrder, $filter: ObjectionFilter) {
  objections(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...ObjectionFields
    }
    total
  }
}
    fragment ObjectionFields on Objection {
  id
  status
  statement
  evidence
  filedAt
  filedById
  decidedAt
  decidedById
  decisionNote
  enterpriseId
  enterprise {
    id
    name
  }
  recordId
  availableActions {
    action
    available
    reason
  }
  record {
    id
    itemCode
    itemLabel
    points
    status
    reason
    effectiveFrom
    objectionDeadline
    proposedById
    enterpriseId
  }
}`) as unknown as TypedDocumentString<ObjectionListQuery, ObjectionListQueryVariables>;
export const EnterpriseCreditDocument = new TypedDocumentString(`
    query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) {
  enterprise(id: $id) {
    id
    name
    uscc
    status
    township {
      id
      name
    }
    credit(asOf: $asOf) {
      asOf
      score
      grade
      positivePoints
      negativePoints
      veto
      standardVersion
      listStatus
      listUntil
      breakdown {
        recordId
        itemCode
        points
        termMonths
        effectiveFrom
        expiresOn
        veto
        inherited
        record {
          id
          itemLabel
          reason
          status
          sourceType
          confirmedOn
          availableActions {
            action
            available
            reason
            reasons
            availableFrom
          }
        }
      }
      history(from: $from, to: $to) {
        date
        score
        grade
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseCreditQuery, EnterpriseCreditQueryVariables>;
export const CreditGuidanceDocument = new TypedDocumentString(`
    query CreditGuidance($id: ID!) {
  enterprise(id: $id) {
    id
    creditGuidance {
      asOf
      score
      grade
      nextGrade
      pointsToNextGrade
      vetoed
      positiveRoom
      openIssues
      changes {
        recordId
        itemCode
        points
        endsOn
        score
        grade
        record {
          id
          itemLabel
          availableActions {
            action
            available
            reason
            reasons
            availableFrom
          }
        }
      }
      positiveItems {
        code
        label
        points
        termMonths
        howEarned
        inEffect
        moreAllowed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreditGuidanceQuery, CreditGuidanceQueryVariables>;
export const RankingDocument = new TypedDocumentString(`
    query Ranking($asOf: Date, $townshipId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {
  ranking(
    asOf: $asOf
    townshipId: $townshipId
    grade: $grade
    worstFirst: $worstFirst
    page: $page
    perPage: $perPage
  ) {
    total
    asOf
    standardVersion
    items {
      rank
      enterpriseId
      name
      uscc
      townshipId
      townshipName
      score
      grade
      positivePoints
      negativePoints
      listStatus
      listUntil
    }
  }
}
    `) as unknown as TypedDocumentString<RankingQuery, RankingQueryVariables>;
export const PublicFirmSearchDocument = new TypedDocumentString(`
    query PublicFirmSearch($q: String!) {
  publicFirmSearch(q: $q) {
    enterpriseId
    name
    uscc
    latest {
      quarter
      rated {
        rank
        score
        grade
      }
    }
    listings {
      kind
      reasonText
      until
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFirmSearchQuery, PublicFirmSearchQueryVariables>;
export const PublicFirmDocument = new TypedDocumentString(`
    query PublicFirm($id: ID!) {
  publicFirm(id: $id) {
    enterpriseId
    name
    uscc
    ratings {
      quarter
      rated {
        rank
        score
        grade
        townshipName
      }
    }
    listings {
      ...ListedFields
    }
  }
}
    fragment ListedFields on ListedFirm {
  enterpriseId
  name
  uscc
  score
  grade
  kind
  reason
  reasonText
  from
  until
}`) as unknown as TypedDocumentString<PublicFirmQuery, PublicFirmQueryVariables>;
export const BoardsDocument = new TypedDocumentString(`
    query Boards {
  redList {
    ...ListedFields
  }
  blackList {
    ...ListedFields
  }
  ratings {
    id
    quarter
    status
    publishedOn
    asOf
    total
    standardVersion
  }
}
    fragment ListedFields on ListedFirm {
  enterpriseId
  name
  uscc
  score
  grade
  kind
  reason
  reasonText
  from
  until
}`) as unknown as TypedDocumentString<BoardsQuery, BoardsQueryVariables>;
export const RatingsDocument = new TypedDocumentString(`
    query Ratings {
  ratings {
    id
    quarter
    status
    asOf
    publishedOn
    preparedAt
    reviewedAt
    total
    standardVersion
  }
}
    `) as unknown as TypedDocumentString<RatingsQuery, RatingsQueryVariables>;
export const RatingDocument = new TypedDocumentString(`
    query Rating($id: ID, $page: Int, $perPage: Int) {
  rating(id: $id) {
    id
    quarter
    status
    asOf
    publishedOn
    preparedAt
    reviewedAt
    reviewNote
    total
    standardVersion
    g5ProposalIds
    availableActions {
      action
      available
      reason
    }
    distribution {
      grade
      count
    }
    redList {
      ...ListedFields
    }
    blackList {
      ...ListedFields
    }
    consecutiveC {
      ...ListedFields
    }
    ranking(page: $page, perPage: $perPage) {
      rank
      enterpriseId
      name
      uscc
      townshipName
      score
      grade
      positivePoints
      negativePoints
    }
  }
}
    fragment ListedFields on ListedFirm {
  enterpriseId
  name
  uscc
  score
  grade
  kind
  reason
  reasonText
  from
  until
}`) as unknown as TypedDocumentString<RatingQuery, RatingQueryVariables>;
export const PrepareRatingDocument = new TypedDocumentString(`
    mutation PrepareRating($quarter: String!) {
  prepareRating(quarter: $quarter) {
    __typename
    ... on MutationPrepareRatingSuccess {
      data {
        id
        quarter
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PrepareRatingMutation, PrepareRatingMutationVariables>;
export const ReviewRatingDocument = new TypedDocumentString(`
    mutation ReviewRating($id: ID!, $note: String) {
  reviewRating(id: $id, note: $note) {
    __typename
    ... on MutationReviewRatingSuccess {
      data {
        id
        quarter
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ReviewRatingMutation, ReviewRatingMutationVariables>;
export const PublishRatingDocument = new TypedDocumentString(`
    mutation PublishRating($id: ID!) {
  publishRating(id: $id) {
    __typename
    ... on MutationPublishRatingSuccess {
      data {
        id
        quarter
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PublishRatingMutation, PublishRatingMutationVariables>;
export const PublicizeCreditRecordDocument = new TypedDocumentString(`
    mutation PublicizeCreditRecord($id: ID!) {
  publicizeCreditRecord(id: $id) {
    __typename
    ... on MutationPublicizeCreditRecordSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PublicizeCreditRecordMutation, PublicizeCreditRecordMutationVariables>;
export const FileObjectionDocument = new TypedDocumentString(`
    mutation FileObjection($recordId: ID!, $statement: String!, $evidence: String) {
  fileObjection(recordId: $recordId, statement: $statement, evidence: $evidence) {
    __typename
    ... on MutationFileObjectionSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<FileObjectionMutation, FileObjectionMutationVariables>;
export const DecideObjectionDocument = new TypedDocumentString(`
    mutation DecideObjection($objectionId: ID!, $upholdRecord: Boolean!, $note: String!) {
  decideObjection(
    objectionId: $objectionId
    upholdRecord: $upholdRecord
    note: $note
  ) {
    __typename
    ... on MutationDecideObjectionSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<DecideObjectionMutation, DecideObjectionMutationVariables>;
export const RevokeCreditRecordDocument = new TypedDocumentString(`
    mutation RevokeCreditRecord($id: ID!, $reason: String!, $reissue: ProposeCreditRecordInput) {
  revokeCreditRecord(id: $id, reason: $reason, reissue: $reissue) {
    __typename
    ... on MutationRevokeCreditRecordSuccess {
      data {
        revoked {
          id
          status
        }
        reissued {
          id
          status
        }
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RevokeCreditRecordMutation, RevokeCreditRecordMutationVariables>;
export const ApplyForRepairDocument = new TypedDocumentString(`
    mutation ApplyForRepair($recordId: ID!, $commitment: String!) {
  applyForRepair(recordId: $recordId, commitment: $commitment) {
    __typename
    ... on MutationApplyForRepairSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ApplyForRepairMutation, ApplyForRepairMutationVariables>;
export const DecideRepairDocument = new TypedDocumentString(`
    mutation DecideRepair($applicationId: ID!, $approve: Boolean!, $reasons: String!) {
  decideRepair(
    applicationId: $applicationId
    approve: $approve
    reasons: $reasons
  ) {
    __typename
    ... on MutationDecideRepairSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<DecideRepairMutation, DecideRepairMutationVariables>;
export const ScoringStandardItemsDocument = new TypedDocumentString(`
    query ScoringStandardItems {
  scoringStandard {
    version
    base
    positiveCap
    items {
      code
      label
      points
      termMonths
      subject
      serious
      veto
    }
  }
}
    `) as unknown as TypedDocumentString<ScoringStandardItemsQuery, ScoringStandardItemsQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($page: Int, $perPage: Int, $unreadOnly: Boolean) {
  notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {
    total
    unread
    items {
      id
      kind
      title
      body
      recordId
      createdAt
      readAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationsDocument = new TypedDocumentString(`
    query UnreadNotifications {
  notifications(perPage: 1, unreadOnly: true) {
    unread
  }
}
    `) as unknown as TypedDocumentString<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($ids: [ID!]) {
  markNotificationRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const RepairApplicationListDocument = new TypedDocumentString(`
    query RepairApplicationList($page: Int, $perPage: Int, $sortField: RepairApplicationSortField, $sortOrder: SortOrder, $filter: RepairApplicationFilter) {
  repairApplications(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...RepairApplicationFields
    }
    total
  }
}
    fragment RepairApplicationFields on RepairApplication {
  id
  status
  commitment
  openIssues
  appliedAt
  appliedById
  decidedAt
  decidedById
  reasons
  enterpriseId
  enterprise {
    id
    name
  }
  recordId
  availableActions {
    action
    available
    reason
  }
  record {
    id
    itemCode
    itemLabel
    points
    status
    reason
    effectiveFrom
    expiresOn
    confirmedOn
  }
}`) as unknown as TypedDocumentString<RepairApplicationListQuery, RepairApplicationListQueryVariables>;
export const AddDeveloperProjectDocument = new TypedDocumentString(`
    mutation AddDeveloperProject($id: ID!, $communityId: ID!, $handoverDate: Date!) {
  addDeveloperProject(
    id: $id
    communityId: $communityId
    handoverDate: $handoverDate
  ) {
    __typename
    ... on MutationAddDeveloperProjectSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AddDeveloperProjectMutation, AddDeveloperProjectMutationVariables>;
export const CreditRecommendationsDocument = new TypedDocumentString(`
    query CreditRecommendations($status: RecommendationStatus) {
  creditRecommendations(status: $status) {
    id
    enterpriseId
    enterpriseName
    uscc
    grade
    gradeAtProposal
    scoreAtProposal
    reasons
    status
    proposedOn
    proposedByName
    decidedOn
    decidedByName
    decisionNote
    availableActions {
      action
      available
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CreditRecommendationsQuery, CreditRecommendationsQueryVariables>;
export const RecommendationEligibilityDocument = new TypedDocumentString(`
    query RecommendationEligibility($enterpriseId: ID!) {
  recommendationEligibility(enterpriseId: $enterpriseId) {
    eligible
    reason
  }
}
    `) as unknown as TypedDocumentString<RecommendationEligibilityQuery, RecommendationEligibilityQueryVariables>;
export const ProposeCreditRecommendationDocument = new TypedDocumentString(`
    mutation ProposeCreditRecommendation($enterpriseId: ID!, $reasons: String!) {
  proposeCreditRecommendation(enterpriseId: $enterpriseId, reasons: $reasons) {
    __typename
    ... on MutationProposeCreditRecommendationSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ProposeCreditRecommendationMutation, ProposeCreditRecommendationMutationVariables>;
export const DecideCreditRecommendationDocument = new TypedDocumentString(`
    mutation DecideCreditRecommendation($id: ID!, $approve: Boolean!, $note: String) {
  decideCreditRecommendation(id: $id, approve: $approve, note: $note) {
    __typename
    ... on MutationDecideCreditRecommendationSuccess {
      data {
        id
        status
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<DecideCreditRecommendationMutation, DecideCreditRecommendationMutationVariables>;
export const RecommendationFirmOptionsDocument = new TypedDocumentString(`
    query RecommendationFirmOptions {
  enterprises(
    page: 1
    perPage: 200
    sortField: name
    sortOrder: ASC
    filter: {status: ACTIVE}
  ) {
    items {
      id
      name
      grade
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationFirmOptionsQuery, RecommendationFirmOptionsQueryVariables>;
export const DeveloperListDocument = new TypedDocumentString(`
    query DeveloperList($page: Int, $perPage: Int, $sortField: DeveloperSortField, $sortOrder: SortOrder, $filter: DeveloperFilter) {
  developers(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      id
      name
      uscc
      contactPerson
      contactPhone
      address
      createdAt
      updatedAt
    }
    total
  }
}
    `) as unknown as TypedDocumentString<DeveloperListQuery, DeveloperListQueryVariables>;
export const DeveloperOneDocument = new TypedDocumentString(`
    query DeveloperOne($id: ID!) {
  developer(id: $id) {
    ...DeveloperFields
  }
}
    fragment DeveloperFields on Developer {
  id
  name
  uscc
  contactPerson
  contactPhone
  address
  createdAt
  updatedAt
  projects {
    id
    communityId
    communityName
    townshipName
    handoverDate
    warranties {
      element
      label
      years
      lastDay
      inWarranty
    }
  }
}`) as unknown as TypedDocumentString<DeveloperOneQuery, DeveloperOneQueryVariables>;
export const DeveloperCreateDocument = new TypedDocumentString(`
    mutation DeveloperCreate($input: DeveloperInput!) {
  createDeveloper(input: $input) {
    __typename
    ... on MutationCreateDeveloperSuccess {
      data {
        ...DeveloperFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment DeveloperFields on Developer {
  id
  name
  uscc
  contactPerson
  contactPhone
  address
  createdAt
  updatedAt
  projects {
    id
    communityId
    communityName
    townshipName
    handoverDate
    warranties {
      element
      label
      years
      lastDay
      inWarranty
    }
  }
}`) as unknown as TypedDocumentString<DeveloperCreateMutation, DeveloperCreateMutationVariables>;
export const DeveloperUpdateDocument = new TypedDocumentString(`
    mutation DeveloperUpdate($id: ID!, $input: DeveloperUpdateInput!) {
  updateDeveloper(id: $id, input: $input) {
    __typename
    ... on MutationUpdateDeveloperSuccess {
      data {
        ...DeveloperFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment DeveloperFields on Developer {
  id
  name
  uscc
  contactPerson
  contactPhone
  address
  createdAt
  updatedAt
  projects {
    id
    communityId
    communityName
    townshipName
    handoverDate
    warranties {
      element
      label
      years
      lastDay
      inWarranty
    }
  }
}`) as unknown as TypedDocumentString<DeveloperUpdateMutation, DeveloperUpdateMutationVariables>;
export const ImprovementPlansDocument = new TypedDocumentString(`
    query ImprovementPlans {
  improvementPlans {
    ...PlanFields
  }
}
    fragment PlanFields on ImprovementPlan {
  id
  enterpriseId
  enterpriseName
  title
  periodFrom
  periodTo
  goals
  coordinator
  owners {
    line
    name
  }
  status
  signedBy
  signedOn
  signOffNote
  measures {
    id
    position
    line
    templateCode
    text
    dueOn
    status
    note
  }
  assessments {
    stage
    line
    score
    owner
    note
    assessedOn
    upToStandard
  }
  measureCount
  measuresDone
  measuresDropped
  doneShare
  stagesAssessed
  linesBelowStandard
  selfChecks
  selfCheckIssues
  availableActions {
    action
    available
    reason
  }
}`) as unknown as TypedDocumentString<ImprovementPlansQuery, ImprovementPlansQueryVariables>;
export const ImprovementPlanDocument = new TypedDocumentString(`
    query ImprovementPlan($id: ID!) {
  improvementPlan(id: $id) {
    ...PlanFields
  }
  improvementPlanTemplate {
    code
    line
    text
    source
  }
}
    fragment PlanFields on ImprovementPlan {
  id
  enterpriseId
  enterpriseName
  title
  periodFrom
  periodTo
  goals
  coordinator
  owners {
    line
    name
  }
  status
  signedBy
  signedOn
  signOffNote
  measures {
    id
    position
    line
    templateCode
    text
    dueOn
    status
    note
  }
  assessments {
    stage
    line
    score
    owner
    note
    assessedOn
    upToStandard
  }
  measureCount
  measuresDone
  measuresDropped
  doneShare
  stagesAssessed
  linesBelowStandard
  selfChecks
  selfCheckIssues
  availableActions {
    action
    available
    reason
  }
}`) as unknown as TypedDocumentString<ImprovementPlanQuery, ImprovementPlanQueryVariables>;
export const ImprovementPlanTemplateDocument = new TypedDocumentString(`
    query ImprovementPlanTemplate {
  improvementPlanTemplate {
    code
    line
    text
    source
  }
}
    `) as unknown as TypedDocumentString<ImprovementPlanTemplateQuery, ImprovementPlanTemplateQueryVariables>;
export const SaveImprovementPlanDocument = new TypedDocumentString(`
    mutation SaveImprovementPlan($id: ID, $input: ImprovementPlanInput!) {
  saveImprovementPlan(id: $id, input: $input) {
    __typename
    ... on MutationSaveImprovementPlanSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SaveImprovementPlanMutation, SaveImprovementPlanMutationVariables>;
export const SubmitImprovementPlanDocument = new TypedDocumentString(`
    mutation SubmitImprovementPlan($id: ID!) {
  submitImprovementPlan(id: $id) {
    __typename
    ... on MutationSubmitImprovementPlanSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SubmitImprovementPlanMutation, SubmitImprovementPlanMutationVariables>;
export const AssessImprovementPlanStageDocument = new TypedDocumentString(`
    mutation AssessImprovementPlanStage($id: ID!, $stage: PlanStage!, $assessedOn: Date!, $lines: [PlanLineScoreInput!]!) {
  assessImprovementPlanStage(
    id: $id
    stage: $stage
    assessedOn: $assessedOn
    lines: $lines
  ) {
    __typename
    ... on MutationAssessImprovementPlanStageSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AssessImprovementPlanStageMutation, AssessImprovementPlanStageMutationVariables>;
export const UpdateImprovementPlanMeasureDocument = new TypedDocumentString(`
    mutation UpdateImprovementPlanMeasure($measureId: ID!, $status: PlanMeasureStatus!, $note: String) {
  updateImprovementPlanMeasure(
    measureId: $measureId
    status: $status
    note: $note
  ) {
    __typename
    ... on MutationUpdateImprovementPlanMeasureSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateImprovementPlanMeasureMutation, UpdateImprovementPlanMeasureMutationVariables>;
export const SignOffImprovementPlanDocument = new TypedDocumentString(`
    mutation SignOffImprovementPlan($id: ID!, $signedBy: String!, $signedOn: Date!, $note: String) {
  signOffImprovementPlan(
    id: $id
    signedBy: $signedBy
    signedOn: $signedOn
    note: $note
  ) {
    __typename
    ... on MutationSignOffImprovementPlanSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SignOffImprovementPlanMutation, SignOffImprovementPlanMutationVariables>;
export const LeasingKpisDocument = new TypedDocumentString(`
    query LeasingKpis($asOf: Date) {
  leasingKpis(asOf: $asOf) {
    asOf
    occupancy {
      units
      letUnits
      rateBp
      areaCenti
      letAreaCenti
      areaRateBp
    }
    occupancyLastYear {
      units
      letUnits
      rateBp
    }
    collection {
      dueCount
      dueFen
      onTimeCount
      onTimeFen
      rateBp
    }
    collectionByMonth {
      month
      dueCount
      dueFen
      onTimeFen
      rateBp
    }
    arrears {
      contracts
      overdueFen
      bucketsFen
      bucketLabels
    }
    income {
      from
      to
      lastFrom
      lastTo
      thisYearFen
      lastYearFen
      changeBp
      months {
        month
        thisYearFen
        lastYearFen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeasingKpisQuery, LeasingKpisQueryVariables>;
export const LeaseSafetyDocument = new TypedDocumentString(`
    query LeaseSafety {
  leaseSafetyChecksDue {
    unitId
    unitLabel
    tenantName
    lastCheckedOn
    dueOn
    late
  }
  leaseSafetyFindings {
    id
    unitLabel
    tenantName
    checkedOn
    item
    category
    description
    state
    measures
    deadline
    overdue
    departmentName
    availableActions {
      action
      available
      reason
    }
    events {
      id
      action
      toState
      actorName
      at
      note
    }
  }
}
    `) as unknown as TypedDocumentString<LeaseSafetyQuery, LeaseSafetyQueryVariables>;
export const RecordLeaseSafetyCheckDocument = new TypedDocumentString(`
    mutation RecordLeaseSafetyCheck($input: LeaseSafetyCheckInput!) {
  recordLeaseSafetyCheck(input: $input) {
    __typename
    ... on MutationRecordLeaseSafetyCheckSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordLeaseSafetyCheckMutation, RecordLeaseSafetyCheckMutationVariables>;
export const ActOnLeaseSafetyFindingDocument = new TypedDocumentString(`
    mutation ActOnLeaseSafetyFinding($id: ID!, $input: LeaseSafetyActionInput!) {
  actOnLeaseSafetyFinding(id: $id, input: $input) {
    __typename
    ... on MutationActOnLeaseSafetyFindingSuccess {
      data {
        id
        state
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ActOnLeaseSafetyFindingMutation, ActOnLeaseSafetyFindingMutationVariables>;
export const LeaseMeetingsDocument = new TypedDocumentString(`
    query LeaseMeetings {
  leaseMeetings {
    id
    title
    heldAt
    location
    notice
    minutes
    decidedAt
    decisions {
      text
      owner
      dueOn
    }
  }
}
    `) as unknown as TypedDocumentString<LeaseMeetingsQuery, LeaseMeetingsQueryVariables>;
export const ScheduleLeaseMeetingDocument = new TypedDocumentString(`
    mutation ScheduleLeaseMeeting($input: LeaseMeetingInput!) {
  scheduleLeaseMeeting(input: $input) {
    __typename
    ... on MutationScheduleLeaseMeetingSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ScheduleLeaseMeetingMutation, ScheduleLeaseMeetingMutationVariables>;
export const RecordLeaseMeetingDecisionsDocument = new TypedDocumentString(`
    mutation RecordLeaseMeetingDecisions($id: ID!, $minutes: String, $decisions: [LeaseMeetingDecisionInput!]!) {
  recordLeaseMeetingDecisions(id: $id, minutes: $minutes, decisions: $decisions) {
    __typename
    ... on MutationRecordLeaseMeetingDecisionsSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordLeaseMeetingDecisionsMutation, RecordLeaseMeetingDecisionsMutationVariables>;
export const LeaseUnitsDocument = new TypedDocumentString(`
    query LeaseUnits($filter: LeaseUnitFilter, $page: Int, $perPage: Int) {
  leaseUnits(
    filter: $filter
    page: $page
    perPage: $perPage
    sortField: building
    sortOrder: ASC
  ) {
    total
    items {
      id
      label
      kind
      area
      state
      condition
      permittedUse
      currentContract {
        id
        contractNo
        tenantName
        endDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeaseUnitsQuery, LeaseUnitsQueryVariables>;
export const LeaseUnitDocument = new TypedDocumentString(`
    query LeaseUnit($id: ID!) {
  leaseUnit(id: $id) {
    id
    label
    building
    floor
    room
    kind
    area
    state
    condition
    permittedUse
    photos
    agencyDuties
    tenantDuties
    availableActions {
      action
      available
      reason
    }
    meters {
      id
      code
      kind
      priceFen
    }
    currentContract {
      id
      contractNo
      tenantName
      startDate
      endDate
      state
    }
  }
  tenders(filter: {unitId: $id}, sortField: createdAt, sortOrder: DESC) {
    items {
      id
      opensOn
      closesOn
      state
      referenceRentFen
    }
  }
}
    `) as unknown as TypedDocumentString<LeaseUnitQuery, LeaseUnitQueryVariables>;
export const ListLeaseUnitDocument = new TypedDocumentString(`
    mutation ListLeaseUnit($input: LeaseUnitInput!) {
  listLeaseUnit(input: $input) {
    __typename
    ... on MutationListLeaseUnitSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ListLeaseUnitMutation, ListLeaseUnitMutationVariables>;
export const PublishTenderDocument = new TypedDocumentString(`
    mutation PublishTender($input: TenderInput!) {
  publishTender(input: $input) {
    __typename
    ... on MutationPublishTenderSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PublishTenderMutation, PublishTenderMutationVariables>;
export const TendersDocument = new TypedDocumentString(`
    query Tenders($filter: TenderFilter, $page: Int, $perPage: Int) {
  tenders(
    filter: $filter
    page: $page
    perPage: $perPage
    sortField: createdAt
    sortOrder: DESC
  ) {
    total
    items {
      id
      opensOn
      closesOn
      state
      referenceRentFen
      resultPublishedOn
      unit {
        id
        label
      }
      bids {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TendersQuery, TendersQueryVariables>;
export const TenderDocument = new TypedDocumentString(`
    query Tender($id: ID!) {
  tender(id: $id) {
    id
    opensOn
    closesOn
    state
    referenceRentFen
    referenceSources {
      description
      annualRentFen
    }
    resultPublishedOn
    withdrawnOn
    withdrawalReason
    awardedBidId
    availableActions {
      action
      available
      reason
    }
    unit {
      id
      label
      area
      state
      permittedUse
      currentContract {
        id
        contractNo
        bidId
      }
    }
    bids {
      id
      bidderName
      bidderContact
      trade
      annualRentFen
      months
      placedAt
      state
    }
  }
}
    `) as unknown as TypedDocumentString<TenderQuery, TenderQueryVariables>;
export const PlaceBidDocument = new TypedDocumentString(`
    mutation PlaceBid($input: BidInput!) {
  placeBid(input: $input) {
    __typename
    ... on MutationPlaceBidSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PlaceBidMutation, PlaceBidMutationVariables>;
export const AwardTenderDocument = new TypedDocumentString(`
    mutation AwardTender($tenderId: ID!) {
  awardTender(tenderId: $tenderId) {
    __typename
    ... on MutationAwardTenderSuccess {
      data {
        id
        bidderName
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AwardTenderMutation, AwardTenderMutationVariables>;
export const RecordLeaseConsentDocument = new TypedDocumentString(`
    mutation RecordLeaseConsent($input: LeaseConsentInput!) {
  recordLeaseConsent(input: $input) {
    __typename
    ... on MutationRecordLeaseConsentSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordLeaseConsentMutation, RecordLeaseConsentMutationVariables>;
export const WithdrawTenderDocument = new TypedDocumentString(`
    mutation WithdrawTender($tenderId: ID!, $reason: String!) {
  withdrawTender(tenderId: $tenderId, reason: $reason) {
    __typename
    ... on MutationWithdrawTenderSuccess {
      data {
        id
        state
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<WithdrawTenderMutation, WithdrawTenderMutationVariables>;
export const SignLeaseContractDocument = new TypedDocumentString(`
    mutation SignLeaseContract($input: LeaseContractInput!) {
  signLeaseContract(input: $input) {
    __typename
    ... on MutationSignLeaseContractSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SignLeaseContractMutation, SignLeaseContractMutationVariables>;
export const LeaseContractsDocument = new TypedDocumentString(`
    query LeaseContracts($filter: LeaseContractFilter, $page: Int, $perPage: Int) {
  leaseContracts(
    filter: $filter
    page: $page
    perPage: $perPage
    sortField: signedOn
    sortOrder: DESC
  ) {
    total
    items {
      id
      contractNo
      tenantName
      trade
      annualRentFen
      startDate
      endDate
      state
      overdueFen
      unit {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeaseContractsQuery, LeaseContractsQueryVariables>;
export const LeaseContractDocument = new TypedDocumentString(`
    query LeaseContract($id: ID!) {
  leaseContract(id: $id) {
    id
    contractNo
    tenantName
    tenantContact
    trade
    months
    annualRentFen
    depositFen
    depositHeldFen
    consents {
      id
      kind
      description
      grantedOn
      approvedByName
    }
    signedOn
    startDate
    endDate
    state
    flaggedOn
    terminatedOn
    terminationReason
    terminationNote
    owedFen
    overdueFen
    previousId
    renewedById
    policyVersion
    unit {
      id
      label
    }
    availableActions {
      action
      available
      reason
    }
    instalments {
      id
      seq
      periodStart
      periodEnd
      dueDate
      amountFen
      paidFen
      owedFen
      state
      overdue
    }
    payments {
      id
      kind
      amountFen
      paidOn
      receiptNo
      instalmentId
    }
  }
}
    `) as unknown as TypedDocumentString<LeaseContractQuery, LeaseContractQueryVariables>;
export const LeaseReceiptDocument = new TypedDocumentString(`
    query LeaseReceipt($id: ID!) {
  leaseContract(id: $id) {
    id
    contractNo
    tenantName
    unit {
      id
      label
    }
    instalments {
      id
      seq
      periodStart
      periodEnd
    }
    payments {
      id
      kind
      amountFen
      paidOn
      receiptNo
      instalmentId
    }
  }
  me {
    agencyName
  }
}
    `) as unknown as TypedDocumentString<LeaseReceiptQuery, LeaseReceiptQueryVariables>;
export const RecordRentPaymentDocument = new TypedDocumentString(`
    mutation RecordRentPayment($input: RentPaymentInput!) {
  recordRentPayment(input: $input) {
    __typename
    ... on MutationRecordRentPaymentSuccess {
      data {
        id
        receiptNo
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordRentPaymentMutation, RecordRentPaymentMutationVariables>;
export const RenewLeaseContractDocument = new TypedDocumentString(`
    mutation RenewLeaseContract($input: LeaseRenewalInput!) {
  renewLeaseContract(input: $input) {
    __typename
    ... on MutationRenewLeaseContractSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RenewLeaseContractMutation, RenewLeaseContractMutationVariables>;
export const TerminateLeaseForPolicyDocument = new TypedDocumentString(`
    mutation TerminateLeaseForPolicy($input: LeasePolicyTerminationInput!) {
  terminateLeaseForPolicy(input: $input) {
    __typename
    ... on MutationTerminateLeaseForPolicySuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<TerminateLeaseForPolicyMutation, TerminateLeaseForPolicyMutationVariables>;
export const ConfirmLeaseTerminationDocument = new TypedDocumentString(`
    mutation ConfirmLeaseTermination($contractId: ID!) {
  confirmLeaseTermination(contractId: $contractId) {
    __typename
    ... on MutationConfirmLeaseTerminationSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<ConfirmLeaseTerminationMutation, ConfirmLeaseTerminationMutationVariables>;
export const RentInstalmentsDocument = new TypedDocumentString(`
    query RentInstalments($filter: RentInstalmentFilter, $page: Int, $perPage: Int) {
  rentInstalments(
    filter: $filter
    page: $page
    perPage: $perPage
    sortField: dueDate
    sortOrder: ASC
  ) {
    total
    items {
      id
      seq
      dueDate
      periodStart
      periodEnd
      amountFen
      paidFen
      owedFen
      state
      overdue
      contract {
        id
        contractNo
        tenantName
        unit {
          label
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RentInstalmentsQuery, RentInstalmentsQueryVariables>;
export const LeaseArrearsDocument = new TypedDocumentString(`
    query LeaseArrears($asOf: Date) {
  leaseArrears(asOf: $asOf) {
    asOf
    total {
      bucketLabels
      bucketsFen
      overdueFen
      notDueFen
    }
    rows {
      contractId
      contractNo
      tenantName
      state
      daysPastDue
      oldestDueDate
      overdueFen
      unit {
        label
      }
      ageing {
        bucketsFen
      }
    }
  }
  rentRoll(asOf: $asOf) {
    contractId
    contractNo
    tenantName
    trade
    state
    annualRentFen
    startDate
    endDate
    depositHeldFen
    dueFen
    paidFen
    nextDueDate
    unit {
      label
    }
    ageing {
      overdueFen
    }
  }
}
    `) as unknown as TypedDocumentString<LeaseArrearsQuery, LeaseArrearsQueryVariables>;
export const MetersDocument = new TypedDocumentString(`
    query Meters($period: String!) {
  meters {
    id
    code
    kind
    isMaster
    masterId
    priceFen
    unit {
      id
      label
    }
    lastReading {
      period
      value
      readOn
    }
  }
  meterLosses(period: $period) {
    id
    meterId
    lossCenti
    lossFen
    state
  }
  utilityStatements(filter: {period: $period}, perPage: 200) {
    total
    items {
      id
      period
      issuedOn
      usageFen
      lossShareFen
      totalFen
      contract {
        id
        tenantName
        unit {
          label
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetersQuery, MetersQueryVariables>;
export const AddMeterDocument = new TypedDocumentString(`
    mutation AddMeter($input: MeterInput!) {
  addMeter(input: $input) {
    __typename
    ... on MutationAddMeterSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AddMeterMutation, AddMeterMutationVariables>;
export const RecordMeterReadingDocument = new TypedDocumentString(`
    mutation RecordMeterReading($input: MeterReadingInput!) {
  recordMeterReading(input: $input) {
    __typename
    ... on MutationRecordMeterReadingSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordMeterReadingMutation, RecordMeterReadingMutationVariables>;
export const IssueUtilityStatementsDocument = new TypedDocumentString(`
    mutation IssueUtilityStatements($period: String!) {
  issueUtilityStatements(period: $period) {
    __typename
    ... on MutationIssueUtilityStatementsSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<IssueUtilityStatementsMutation, IssueUtilityStatementsMutationVariables>;
export const UtilityStatementDocument = new TypedDocumentString(`
    query UtilityStatement($id: ID!) {
  utilityStatement(id: $id) {
    id
    period
    issuedOn
    usageFen
    lossShareFen
    totalFen
    paidFen
    owedFen
    availableActions {
      action
      available
      reason
    }
    contract {
      id
      contractNo
      tenantName
      unit {
        label
      }
    }
    lines {
      meterId
      kind
      usageCenti
      priceFen
      amountFen
      lossShareFen
      meter {
        code
      }
    }
  }
  me {
    agencyName
  }
}
    `) as unknown as TypedDocumentString<UtilityStatementQuery, UtilityStatementQueryVariables>;
export const RecordUtilityPaymentDocument = new TypedDocumentString(`
    mutation RecordUtilityPayment($input: UtilityPaymentInput!) {
  recordUtilityPayment(input: $input) {
    __typename
    ... on MutationRecordUtilityPaymentSuccess {
      data {
        id
        paidFen
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordUtilityPaymentMutation, RecordUtilityPaymentMutationVariables>;
export const LeaseIncomesDocument = new TypedDocumentString(`
    query LeaseIncomes($filter: LeaseIncomeFilter, $page: Int, $perPage: Int) {
  leaseIncomes(
    filter: $filter
    page: $page
    perPage: $perPage
    sortField: receivedOn
    sortOrder: DESC
  ) {
    total
    items {
      id
      source
      amountFen
      taxRateBp
      taxFen
      receivedOn
      payment {
        receiptNo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeaseIncomesQuery, LeaseIncomesQueryVariables>;
export const SpendingRequestsDocument = new TypedDocumentString(`
    query SpendingRequests($filter: SpendingRequestFilter, $page: Int, $perPage: Int) {
  approvalsInbox {
    ...SpendingRequestFields
  }
  spendingRequests(
    filter: $filter
    page: $page
    perPage: $perPage
    sortField: createdAt
    sortOrder: DESC
  ) {
    total
    items {
      ...SpendingRequestFields
    }
  }
}
    fragment SpendingRequestFields on SpendingRequest {
  id
  title
  purpose
  amountFen
  state
  pendingStep
  rejectionReason
  createdAt
  availableActions {
    action
    available
    reason
  }
  steps {
    id
    step
    decision
    userName
    at
    note
  }
}`) as unknown as TypedDocumentString<SpendingRequestsQuery, SpendingRequestsQueryVariables>;
export const RequestSpendingDocument = new TypedDocumentString(`
    mutation RequestSpending($input: SpendingRequestInput!) {
  requestSpending(input: $input) {
    __typename
    ... on MutationRequestSpendingSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RequestSpendingMutation, RequestSpendingMutationVariables>;
export const SignSpendingStepDocument = new TypedDocumentString(`
    mutation SignSpendingStep($requestId: ID!, $note: String) {
  signSpendingStep(requestId: $requestId, note: $note) {
    __typename
    ... on MutationSignSpendingStepSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SignSpendingStepMutation, SignSpendingStepMutationVariables>;
export const RejectSpendingStepDocument = new TypedDocumentString(`
    mutation RejectSpendingStep($requestId: ID!, $reason: String!) {
  rejectSpendingStep(requestId: $requestId, reason: $reason) {
    __typename
    ... on MutationRejectSpendingStepSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RejectSpendingStepMutation, RejectSpendingStepMutationVariables>;
export const PublishedTenderResultsDocument = new TypedDocumentString(`
    query PublishedTenderResults {
  publishedTenderResults(limit: 200) {
    tenderId
    agencyName
    unitLabel
    unitKind
    area
    opensOn
    closesOn
    referenceRentFen
    bidCount
    winnerName
    winningRentFen
    winningTrade
    winningMonths
    resultPublishedOn
  }
}
    `) as unknown as TypedDocumentString<PublishedTenderResultsQuery, PublishedTenderResultsQueryVariables>;
export const PublicRandomDrawsDocument = new TypedDocumentString(`
    query PublicRandomDraws {
  randomDraws {
    id
    title
    status
    seed
    dueBy
    drawnAt
    publishedAt
    communityCount
    teamSize
    policy {
      code
      version
      label
    }
    communities {
      id
      position
      weight
      communityName
      townshipName
      enterpriseName
      inspectors {
        id
        name
        unitName
      }
      result {
        date
        score
        grade
        findingCount
        refusedToCooperate
      }
    }
    reproduction {
      matches
      problems
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRandomDrawsQuery, PublicRandomDrawsQueryVariables>;
export const BureauRandomDrawsDocument = new TypedDocumentString(`
    query BureauRandomDraws {
  randomInspectionPolicies {
    code
    version
    label
    teamSize
  }
  poolInspectors {
    id
    name
    badgeNo
    unitName
    active
  }
  randomDraws {
    id
    title
    status
    seed
    dueBy
    drawnAt
    publishedAt
    communityCount
    teamSize
    policy {
      code
      version
      label
    }
    availableActions {
      action
      available
      reason
    }
    communities {
      id
      position
      weight
      communityName
      townshipName
      enterpriseName
      inspectors {
        id
        name
        unitName
      }
      result {
        date
        score
        grade
        findingCount
        refusedToCooperate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BureauRandomDrawsQuery, BureauRandomDrawsQueryVariables>;
export const PoolUnitsDocument = new TypedDocumentString(`
    query PoolUnits {
  townships(page: 1, perPage: 100) {
    items {
      id
      name
    }
  }
  departments(page: 1, perPage: 100) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PoolUnitsQuery, PoolUnitsQueryVariables>;
export const AddPoolInspectorDocument = new TypedDocumentString(`
    mutation AddPoolInspector($input: PoolInspectorInput!) {
  addPoolInspector(input: $input) {
    __typename
    ... on MutationAddPoolInspectorSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AddPoolInspectorMutation, AddPoolInspectorMutationVariables>;
export const SetPoolInspectorActiveDocument = new TypedDocumentString(`
    mutation SetPoolInspectorActive($id: ID!, $active: Boolean!) {
  setPoolInspectorActive(id: $id, active: $active) {
    __typename
    ... on MutationSetPoolInspectorActiveSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<SetPoolInspectorActiveMutation, SetPoolInspectorActiveMutationVariables>;
export const CreateRandomDrawDocument = new TypedDocumentString(`
    mutation CreateRandomDraw($input: RandomDrawInput!) {
  createRandomDraw(input: $input) {
    __typename
    ... on MutationCreateRandomDrawSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateRandomDrawMutation, CreateRandomDrawMutationVariables>;
export const PerformRandomDrawDocument = new TypedDocumentString(`
    mutation PerformRandomDraw($id: ID!, $seed: String) {
  performRandomDraw(id: $id, seed: $seed) {
    __typename
    ... on MutationPerformRandomDrawSuccess {
      data {
        id
        seed
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PerformRandomDrawMutation, PerformRandomDrawMutationVariables>;
export const PublishRandomDrawDocument = new TypedDocumentString(`
    mutation PublishRandomDraw($id: ID!) {
  publishRandomDraw(id: $id) {
    __typename
    ... on MutationPublishRandomDrawSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PublishRandomDrawMutation, PublishRandomDrawMutationVariables>;
export const RecordRandomDrawResultDocument = new TypedDocumentString(`
    mutation RecordRandomDrawResult($input: RandomDrawResultInput!) {
  recordRandomDrawResult(input: $input) {
    __typename
    ... on MutationRecordRandomDrawResultSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordRandomDrawResultMutation, RecordRandomDrawResultMutationVariables>;
export const CommunityListDocument = new TypedDocumentString(`
    query CommunityList($page: Int, $perPage: Int, $sortField: CommunitySortField, $sortOrder: SortOrder, $filter: CommunityFilter) {
  communities(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...CommunityFields
    }
    total
    totalCapped
  }
}
    fragment CommunityFields on Community {
  id
  name
  townshipId
  township {
    id
    name
  }
  address
  type
  households
  floorArea
  deliveryDate
  serviceMode
  enterpriseId
  enterprise {
    id
    name
  }
  contractStart
  contractEnd
  officeArea
  maintenanceFundBalance
  handoverDeadline
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CommunityListQuery, CommunityListQueryVariables>;
export const CommunityOneDocument = new TypedDocumentString(`
    query CommunityOne($id: ID!) {
  community(id: $id) {
    ...CommunityFields
    history {
      id
      validFrom
      validTo
      type
      serviceMode
      enterpriseId
      enterpriseName
      townshipName
    }
  }
}
    fragment CommunityFields on Community {
  id
  name
  townshipId
  township {
    id
    name
  }
  address
  type
  households
  floorArea
  deliveryDate
  serviceMode
  enterpriseId
  enterprise {
    id
    name
  }
  contractStart
  contractEnd
  officeArea
  maintenanceFundBalance
  handoverDeadline
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CommunityOneQuery, CommunityOneQueryVariables>;
export const CommunityCreateDocument = new TypedDocumentString(`
    mutation CommunityCreate($input: CommunityInput!) {
  createCommunity(input: $input) {
    __typename
    ... on MutationCreateCommunitySuccess {
      data {
        ...CommunityFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment CommunityFields on Community {
  id
  name
  townshipId
  township {
    id
    name
  }
  address
  type
  households
  floorArea
  deliveryDate
  serviceMode
  enterpriseId
  enterprise {
    id
    name
  }
  contractStart
  contractEnd
  officeArea
  maintenanceFundBalance
  handoverDeadline
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CommunityCreateMutation, CommunityCreateMutationVariables>;
export const CommunityUpdateDocument = new TypedDocumentString(`
    mutation CommunityUpdate($id: ID!, $input: CommunityUpdateInput!) {
  updateCommunity(id: $id, input: $input) {
    __typename
    ... on MutationUpdateCommunitySuccess {
      data {
        ...CommunityFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment CommunityFields on Community {
  id
  name
  townshipId
  township {
    id
    name
  }
  address
  type
  households
  floorArea
  deliveryDate
  serviceMode
  enterpriseId
  enterprise {
    id
    name
  }
  contractStart
  contractEnd
  officeArea
  maintenanceFundBalance
  handoverDeadline
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CommunityUpdateMutation, CommunityUpdateMutationVariables>;
export const DepartmentListDocument = new TypedDocumentString(`
    query DepartmentList($page: Int, $perPage: Int, $sortField: DepartmentSortField, $sortOrder: SortOrder, $filter: DepartmentFilter) {
  departments(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...DepartmentFields
    }
    total
  }
}
    fragment DepartmentFields on Department {
  id
  name
  code
  remit
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DepartmentListQuery, DepartmentListQueryVariables>;
export const DepartmentOneDocument = new TypedDocumentString(`
    query DepartmentOne($id: ID!) {
  department(id: $id) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  code
  remit
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DepartmentOneQuery, DepartmentOneQueryVariables>;
export const DepartmentCreateDocument = new TypedDocumentString(`
    mutation DepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    __typename
    ... on MutationCreateDepartmentSuccess {
      data {
        ...DepartmentFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment DepartmentFields on Department {
  id
  name
  code
  remit
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DepartmentCreateMutation, DepartmentCreateMutationVariables>;
export const DepartmentUpdateDocument = new TypedDocumentString(`
    mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {
  updateDepartment(id: $id, input: $input) {
    __typename
    ... on MutationUpdateDepartmentSuccess {
      data {
        ...DepartmentFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment DepartmentFields on Department {
  id
  name
  code
  remit
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DepartmentUpdateMutation, DepartmentUpdateMutationVariables>;
export const EnterpriseListDocument = new TypedDocumentString(`
    query EnterpriseList($page: Int, $perPage: Int, $sortField: EnterpriseSortField, $sortOrder: SortOrder, $filter: EnterpriseFilter) {
  enterprises(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...EnterpriseFields
    }
    total
  }
}
    fragment EnterpriseFields on Enterprise {
  id
  name
  uscc
  legalRepresentative
  contactPerson
  contactPhone
  address
  townshipId
  township {
    id
    name
  }
  status
  score
  grade
  listStatus
  listUntil
  communityCount
  managerCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EnterpriseListQuery, EnterpriseListQueryVariables>;
export const EnterpriseOneDocument = new TypedDocumentString(`
    query EnterpriseOne($id: ID!) {
  enterprise(id: $id) {
    ...EnterpriseFields
  }
}
    fragment EnterpriseFields on Enterprise {
  id
  name
  uscc
  legalRepresentative
  contactPerson
  contactPhone
  address
  townshipId
  township {
    id
    name
  }
  status
  score
  grade
  listStatus
  listUntil
  communityCount
  managerCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EnterpriseOneQuery, EnterpriseOneQueryVariables>;
export const EnterpriseCreateDocument = new TypedDocumentString(`
    mutation EnterpriseCreate($input: EnterpriseInput!) {
  createEnterprise(input: $input) {
    __typename
    ... on MutationCreateEnterpriseSuccess {
      data {
        ...EnterpriseFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment EnterpriseFields on Enterprise {
  id
  name
  uscc
  legalRepresentative
  contactPerson
  contactPhone
  address
  townshipId
  township {
    id
    name
  }
  status
  score
  grade
  listStatus
  listUntil
  communityCount
  managerCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EnterpriseCreateMutation, EnterpriseCreateMutationVariables>;
export const EnterpriseUpdateDocument = new TypedDocumentString(`
    mutation EnterpriseUpdate($id: ID!, $input: EnterpriseUpdateInput!) {
  updateEnterprise(id: $id, input: $input) {
    __typename
    ... on MutationUpdateEnterpriseSuccess {
      data {
        ...EnterpriseFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment EnterpriseFields on Enterprise {
  id
  name
  uscc
  legalRepresentative
  contactPerson
  contactPhone
  address
  townshipId
  township {
    id
    name
  }
  status
  score
  grade
  listStatus
  listUntil
  communityCount
  managerCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EnterpriseUpdateMutation, EnterpriseUpdateMutationVariables>;
export const ProjectManagerListDocument = new TypedDocumentString(`
    query ProjectManagerList($page: Int, $perPage: Int, $sortField: ProjectManagerSortField, $sortOrder: SortOrder, $filter: ProjectManagerFilter) {
  projectManagers(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...ProjectManagerListFields
    }
    total
  }
}
    fragment ProjectManagerListFields on ProjectManager {
  id
  name
  enterpriseId
  enterprise {
    id
    name
  }
  certificateNo
  phone
  score
  grade
  createdAt
}`) as unknown as TypedDocumentString<ProjectManagerListQuery, ProjectManagerListQueryVariables>;
export const ProjectManagerOneDocument = new TypedDocumentString(`
    query ProjectManagerOne($id: ID!) {
  projectManager(id: $id) {
    ...ProjectManagerFields
  }
}
    fragment ProjectManagerListFields on ProjectManager {
  id
  name
  enterpriseId
  enterprise {
    id
    name
  }
  certificateNo
  phone
  score
  grade
  createdAt
}
fragment ProjectManagerFields on ProjectManager {
  ...ProjectManagerListFields
  appointments {
    id
    communityId
    community {
      id
      name
    }
    startDate
    endDate
    registeredOn
  }
}`) as unknown as TypedDocumentString<ProjectManagerOneQuery, ProjectManagerOneQueryVariables>;
export const ProjectManagerCreateDocument = new TypedDocumentString(`
    mutation ProjectManagerCreate($input: ProjectManagerInput!) {
  createProjectManager(input: $input) {
    __typename
    ... on MutationCreateProjectManagerSuccess {
      data {
        ...ProjectManagerFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment ProjectManagerListFields on ProjectManager {
  id
  name
  enterpriseId
  enterprise {
    id
    name
  }
  certificateNo
  phone
  score
  grade
  createdAt
}
fragment ProjectManagerFields on ProjectManager {
  ...ProjectManagerListFields
  appointments {
    id
    communityId
    community {
      id
      name
    }
    startDate
    endDate
    registeredOn
  }
}`) as unknown as TypedDocumentString<ProjectManagerCreateMutation, ProjectManagerCreateMutationVariables>;
export const ProjectManagerUpdateDocument = new TypedDocumentString(`
    mutation ProjectManagerUpdate($id: ID!, $input: ProjectManagerUpdateInput!) {
  updateProjectManager(id: $id, input: $input) {
    __typename
    ... on MutationUpdateProjectManagerSuccess {
      data {
        ...ProjectManagerFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment ProjectManagerListFields on ProjectManager {
  id
  name
  enterpriseId
  enterprise {
    id
    name
  }
  certificateNo
  phone
  score
  grade
  createdAt
}
fragment ProjectManagerFields on ProjectManager {
  ...ProjectManagerListFields
  appointments {
    id
    communityId
    community {
      id
      name
    }
    startDate
    endDate
    registeredOn
  }
}`) as unknown as TypedDocumentString<ProjectManagerUpdateMutation, ProjectManagerUpdateMutationVariables>;
export const ManagerCreditDocument = new TypedDocumentString(`
    query ManagerCredit($id: ID!, $from: Date, $to: Date) {
  projectManager(id: $id) {
    id
    name
    credit {
      asOf
      score
      grade
      positivePoints
      negativePoints
      veto
      standardVersion
      breakdown {
        recordId
        itemCode
        points
        effectiveFrom
        expiresOn
        inherited
        record {
          id
          itemLabel
          reason
          community {
            id
            name
          }
        }
      }
      history(from: $from, to: $to) {
        date
        score
        grade
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerCreditQuery, ManagerCreditQueryVariables>;
export const ManagerRankingDocument = new TypedDocumentString(`
    query ManagerRanking($enterpriseId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {
  managerRanking(
    enterpriseId: $enterpriseId
    grade: $grade
    worstFirst: $worstFirst
    page: $page
    perPage: $perPage
  ) {
    total
    items {
      rank
      managerId
      name
      certificateNo
      enterpriseId
      enterpriseName
      score
      grade
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerRankingQuery, ManagerRankingQueryVariables>;
export const TownshipListDocument = new TypedDocumentString(`
    query TownshipList($page: Int, $perPage: Int, $sortField: TownshipSortField, $sortOrder: SortOrder, $filter: TownshipFilter) {
  townships(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    items {
      ...TownshipFields
    }
    total
  }
}
    fragment TownshipFields on Township {
  id
  name
  code
  communityCount
  enterpriseCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TownshipListQuery, TownshipListQueryVariables>;
export const TownshipOneDocument = new TypedDocumentString(`
    query TownshipOne($id: ID!) {
  township(id: $id) {
    ...TownshipFields
  }
}
    fragment TownshipFields on Township {
  id
  name
  code
  communityCount
  enterpriseCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TownshipOneQuery, TownshipOneQueryVariables>;
export const TownshipCreateDocument = new TypedDocumentString(`
    mutation TownshipCreate($input: TownshipInput!) {
  createTownship(input: $input) {
    __typename
    ... on MutationCreateTownshipSuccess {
      data {
        ...TownshipFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment TownshipFields on Township {
  id
  name
  code
  communityCount
  enterpriseCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TownshipCreateMutation, TownshipCreateMutationVariables>;
export const TownshipUpdateDocument = new TypedDocumentString(`
    mutation TownshipUpdate($id: ID!, $input: TownshipUpdateInput!) {
  updateTownship(id: $id, input: $input) {
    __typename
    ... on MutationUpdateTownshipSuccess {
      data {
        ...TownshipFields
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}
fragment TownshipFields on Township {
  id
  name
  code
  communityCount
  enterpriseCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TownshipUpdateMutation, TownshipUpdateMutationVariables>;
export const PublicCommunitiesDocument = new TypedDocumentString(`
    query PublicCommunities {
  publicCommunities {
    id
    name
    townshipName
  }
}
    `) as unknown as TypedDocumentString<PublicCommunitiesQuery, PublicCommunitiesQueryVariables>;
export const PublicComplaintDocument = new TypedDocumentString(`
    query PublicComplaint($code: String!) {
  publicComplaint(code: $code) {
    trackingCode
    status
    category
    communityName
    townshipName
    departmentName
    receivedAt
    respondedAt
    handledAt
    closedAt
    answer
    rejectionReasons
    photoCount
  }
}
    `) as unknown as TypedDocumentString<PublicComplaintQuery, PublicComplaintQueryVariables>;
export const SatisfactionSurveysDocument = new TypedDocumentString(`
    query SatisfactionSurveys {
  satisfactionSurveys {
    ...SurveyFields
  }
}
    fragment SurveyFields on SatisfactionSurvey {
  id
  title
  communityId
  communityName
  enterpriseName
  sampleSize
  opensOn
  closesOn
  status
  answers
  satisfied
  basicallySatisfied
  dissatisfied
  rate
  counts
  g6Proposed
}`) as unknown as TypedDocumentString<SatisfactionSurveysQuery, SatisfactionSurveysQueryVariables>;
export const SatisfactionSurveyDocument = new TypedDocumentString(`
    query SatisfactionSurvey($id: ID!, $withCodes: Boolean!) {
  satisfactionSurvey(id: $id) {
    ...SurveyFields
    codes @include(if: $withCodes) {
      position
      code
      used
      channel
    }
  }
}
    fragment SurveyFields on SatisfactionSurvey {
  id
  title
  communityId
  communityName
  enterpriseName
  sampleSize
  opensOn
  closesOn
  status
  answers
  satisfied
  basicallySatisfied
  dissatisfied
  rate
  counts
  g6Proposed
}`) as unknown as TypedDocumentString<SatisfactionSurveyQuery, SatisfactionSurveyQueryVariables>;
export const CreateSatisfactionSurveyDocument = new TypedDocumentString(`
    mutation CreateSatisfactionSurvey($input: SatisfactionSurveyInput!) {
  createSatisfactionSurvey(input: $input) {
    __typename
    ... on MutationCreateSatisfactionSurveySuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateSatisfactionSurveyMutation, CreateSatisfactionSurveyMutationVariables>;
export const CloseSatisfactionSurveyDocument = new TypedDocumentString(`
    mutation CloseSatisfactionSurvey($id: ID!) {
  closeSatisfactionSurvey(id: $id) {
    __typename
    ... on MutationCloseSatisfactionSurveySuccess {
      data {
        id
        g6Proposed
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CloseSatisfactionSurveyMutation, CloseSatisfactionSurveyMutationVariables>;
export const EnterSatisfactionSurveyAnswerDocument = new TypedDocumentString(`
    mutation EnterSatisfactionSurveyAnswer($code: String!, $answer: SurveyAnswer!, $comment: String) {
  enterSatisfactionSurveyAnswer(code: $code, answer: $answer, comment: $comment) {
    __typename
    ... on MutationEnterSatisfactionSurveyAnswerSuccess {
      data {
        surveyTitle
        communityName
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<EnterSatisfactionSurveyAnswerMutation, EnterSatisfactionSurveyAnswerMutationVariables>;
export const AnswerSatisfactionSurveyDocument = new TypedDocumentString(`
    mutation AnswerSatisfactionSurvey($code: String!, $answer: SurveyAnswer!, $comment: String) {
  answerSatisfactionSurvey(code: $code, answer: $answer, comment: $comment) {
    __typename
    ... on MutationAnswerSatisfactionSurveySuccess {
      data {
        surveyTitle
        communityName
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<AnswerSatisfactionSurveyMutation, AnswerSatisfactionSurveyMutationVariables>;
export const SpecialInspectionsDocument = new TypedDocumentString(`
    query SpecialInspections($type: SpecialInspectionType, $status: SpecialInspectionStatus) {
  specialInspections(type: $type, status: $status) {
    ...SpecialInspectionFields
  }
}
    fragment SpecialInspectionFields on SpecialInspection {
  id
  type
  typeLabel
  policyVersion
  status
  plannedOn
  startedOn
  completedOn
  inspectors
  note
  department {
    id
    name
  }
  community {
    id
    name
  }
  township {
    id
    name
  }
  enterprise {
    id
    name
  }
  progress {
    total
    recorded
    failed
  }
  availableActions {
    action
    available
    reason
  }
}`) as unknown as TypedDocumentString<SpecialInspectionsQuery, SpecialInspectionsQueryVariables>;
export const SpecialInspectionDocument = new TypedDocumentString(`
    query SpecialInspection($id: ID!) {
  specialInspection(id: $id) {
    ...SpecialInspectionFields
    items {
      itemId
      text
      category
      passed
      note
    }
    issues {
      id
      title
      category
      state
      department {
        id
        name
      }
    }
  }
}
    fragment SpecialInspectionFields on SpecialInspection {
  id
  type
  typeLabel
  policyVersion
  status
  plannedOn
  startedOn
  completedOn
  inspectors
  note
  department {
    id
    name
  }
  community {
    id
    name
  }
  township {
    id
    name
  }
  enterprise {
    id
    name
  }
  progress {
    total
    recorded
    failed
  }
  availableActions {
    action
    available
    reason
  }
}`) as unknown as TypedDocumentString<SpecialInspectionQuery, SpecialInspectionQueryVariables>;
export const SpecialInspectionTemplatesDocument = new TypedDocumentString(`
    query SpecialInspectionTemplates {
  specialInspectionTemplates {
    type
    label
    version
    items {
      id
      text
      category
    }
  }
}
    `) as unknown as TypedDocumentString<SpecialInspectionTemplatesQuery, SpecialInspectionTemplatesQueryVariables>;
export const SpecialInspectionCommunitiesDocument = new TypedDocumentString(`
    query SpecialInspectionCommunities($q: String) {
  communities(filter: {q: $q}, perPage: 20) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SpecialInspectionCommunitiesQuery, SpecialInspectionCommunitiesQueryVariables>;
export const PlanSpecialInspectionDocument = new TypedDocumentString(`
    mutation PlanSpecialInspection($type: SpecialInspectionType!, $communityId: ID!, $plannedOn: Date!, $inspectors: String!, $note: String) {
  planSpecialInspection(
    type: $type
    communityId: $communityId
    plannedOn: $plannedOn
    inspectors: $inspectors
    note: $note
  ) {
    __typename
    ... on MutationPlanSpecialInspectionSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<PlanSpecialInspectionMutation, PlanSpecialInspectionMutationVariables>;
export const StartSpecialInspectionDocument = new TypedDocumentString(`
    mutation StartSpecialInspection($id: ID!) {
  startSpecialInspection(id: $id) {
    __typename
    ... on MutationStartSpecialInspectionSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<StartSpecialInspectionMutation, StartSpecialInspectionMutationVariables>;
export const RecordSpecialInspectionItemDocument = new TypedDocumentString(`
    mutation RecordSpecialInspectionItem($id: ID!, $itemId: String!, $passed: Boolean!, $note: String) {
  recordSpecialInspectionItem(
    id: $id
    itemId: $itemId
    passed: $passed
    note: $note
  ) {
    __typename
    ... on MutationRecordSpecialInspectionItemSuccess {
      data {
        id
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<RecordSpecialInspectionItemMutation, RecordSpecialInspectionItemMutationVariables>;
export const CompleteSpecialInspectionDocument = new TypedDocumentString(`
    mutation CompleteSpecialInspection($id: ID!) {
  completeSpecialInspection(id: $id) {
    __typename
    ... on MutationCompleteSpecialInspectionSuccess {
      data {
        id
        issues {
          id
        }
      }
    }
    ...MutationErrorFields
  }
}
    fragment MutationErrorFields on Error {
  message
  ... on ValidationError {
    fieldErrors {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<CompleteSpecialInspectionMutation, CompleteSpecialInspectionMutationVariables>;