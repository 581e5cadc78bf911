import { AGGREGATE_DIMENSIONS, AGGREGATE_SUBJECTS, CREDIT_SOURCE_TYPES } from '@wuye/db';
import {
  AGENCY_POSITIONS,
  ASSEMBLY_FORMS,
  ATTENDEE_KINDS,
  BULLETIN_ACTIONS,
  CHECKLIST_SECTIONS,
  COMMITTEE_POSITIONS,
  COMMITTEE_REGISTER_STATUSES,
  COMMUNITY_TYPES,
  COMPLAINT_ACTIONS,
  COMPLAINT_CHANNELS,
  COMPLAINT_STATES,
  COUNTER_ROLES,
  CREDIT_GRADES,
  CREDIT_RECORD_ACTIONS,
  CREDIT_RECORD_STATUSES,
  CREDIT_SUBJECT_TYPES,
  DUTY_RESULTS,
  ELECTION_ACTIONS,
  ELECTION_STATUSES,
  DRAW_METHODS,
  EXPULSION_ACTIONS,
  HANDOVER_ACTIONS,
  HANDOVER_ITEMS,
  HANDOVER_STATUSES,
  RECOMMENDATION_ACTIONS,
  RECOMMENDATION_STATUSES,
  WARRANTY_ELEMENTS,
  INSPECTION_DUE_STATUSES,
  RANDOM_DRAW_ACTIONS,
  RANDOM_DRAW_STATUSES,
  ENTERPRISE_STATUSES,
  FOLLOW_UP_RATINGS,
  INSPECTION_GRADES,
  INSPECTION_KINDS,
  ISSUE_ACTIONS,
  ISSUE_CATEGORIES,
  ISSUE_SOURCES,
  ISSUE_STATES,
  KPI_CODES,
  KPI_GROUPINGS,
  LIST_STATUSES,
  MILESTONE_ACTIONS,
  MILESTONE_STATUSES,
  NOMINATION_ROUTES,
  OBJECTION_ACTIONS,
  RATING_ACTIONS,
  INBOX_REASONS,
  REPAIR_ACTIONS,
  ROLES,
  SERVICE_MODES,
} from '@wuye/domain';
import { builder } from '../../builder.js';

/** Every enum of the schema, declared once here so that schema files share them without importing one another. */

// Analysts' aggregates
export const AggregateSubjectEnum = builder.enumType('AggregateSubject', { values: AGGREGATE_SUBJECTS });
export const AggregateDimensionEnum = builder.enumType('AggregateDimension', { values: AGGREGATE_DIMENSIONS });

// Accounts
export const RoleEnum = builder.enumType('Role', { values: ROLES });
export const AgencyPositionEnum = builder.enumType('AgencyPosition', { values: AGENCY_POSITIONS });

// Monthly bulletins
export const BulletinStatusEnum = builder.enumType('BulletinStatus', { values: ['DRAFT', 'REVIEWED', 'PUBLISHED'] as const });
export const BulletinActionEnum = builder.enumType('BulletinAction', { values: BULLETIN_ACTIONS });

// The campaign
export const MilestoneStatusEnum = builder.enumType('MilestoneStatus', { values: MILESTONE_STATUSES });
export const MilestoneStateEnum = builder.enumType('MilestoneState', { values: ['DONE_ON_TIME', 'DONE_LATE', 'OVERDUE', 'PENDING'] as const });
export const AttendeeKindEnum = builder.enumType('AttendeeKind', { values: ATTENDEE_KINDS });
export const MilestoneActionEnum = builder.enumType('MilestoneAction', { values: MILESTONE_ACTIONS });

// Owners' committees
export const ElectionStatusEnum = builder.enumType('ElectionStatus', { values: ELECTION_STATUSES });
export const CommitteeRegisterStatusEnum = builder.enumType('CommitteeRegisterStatus', { values: COMMITTEE_REGISTER_STATUSES });
export const NominationRouteEnum = builder.enumType('NominationRoute', { values: NOMINATION_ROUTES });
export const AssemblyFormEnum = builder.enumType('AssemblyForm', { values: ASSEMBLY_FORMS });
export const CounterRoleEnum = builder.enumType('CounterRole', { values: COUNTER_ROLES });
export const CommitteePositionEnum = builder.enumType('CommitteePosition', { values: COMMITTEE_POSITIONS });
export const OfficerPositionEnum = builder.enumType('OfficerPosition', { values: ['CHAIR', 'VICE_CHAIR'] as const });
export const ElectionActionEnum = builder.enumType('ElectionAction', { values: ELECTION_ACTIONS });
export const CommitteeTermStateEnum = builder.enumType('CommitteeTermState', { values: ['IN_TERM', 'ENDING_SOON', 'EXPIRED'] as const });
export const RecallOutcomeEnum = builder.enumType('RecallOutcome', { values: ['CARRIED', 'DEFEATED'] as const });
export const ElectionVoidReasonEnum = builder.enumType('ElectionVoidReason', { values: ['BALLOTS_EXCEED_VOTERS', 'QUORUM_NOT_MET'] as const });
export const DutyResultEnum = builder.enumType('DutyResult', { values: DUTY_RESULTS });

// Consequences: expulsion and handover, risk-based inspection
export const HandoverStatusEnum = builder.enumType('HandoverStatus', { values: HANDOVER_STATUSES });
export const HandoverActionEnum = builder.enumType('HandoverAction', { values: HANDOVER_ACTIONS });
export const HandoverItemEnum = builder.enumType('HandoverItem', { values: HANDOVER_ITEMS });
export const ExpulsionActionEnum = builder.enumType('ExpulsionAction', { values: EXPULSION_ACTIONS });
export const InspectionDueStatusEnum = builder.enumType('InspectionDueStatus', { values: INSPECTION_DUE_STATUSES });

// Developers (建设单位) and warranty; credit-upgrade recommendations
export const WarrantyElementEnum = builder.enumType('WarrantyElement', { values: WARRANTY_ELEMENTS });
export const RecommendationStatusEnum = builder.enumType('RecommendationStatus', { values: RECOMMENDATION_STATUSES });
export const RecommendationActionEnum = builder.enumType('RecommendationAction', { values: RECOMMENDATION_ACTIONS });

// Random inspections (双随机一公开)
export const RandomDrawStatusEnum = builder.enumType('RandomDrawStatus', { values: RANDOM_DRAW_STATUSES });
export const RandomDrawActionEnum = builder.enumType('RandomDrawAction', { values: RANDOM_DRAW_ACTIONS });
export const DrawMethodEnum = builder.enumType('DrawMethod', { values: DRAW_METHODS });

// The registry
export const CommunityTypeEnum = builder.enumType('CommunityType', { values: COMMUNITY_TYPES });
export const ServiceModeEnum = builder.enumType('ServiceMode', { values: SERVICE_MODES });

// Issue and complaint categories
export const IssueCategoryEnum = builder.enumType('IssueCategory', {
  description: 'Issue and complaint categories (docs/product.md §4), each owned by one department',
  values: ISSUE_CATEGORIES,
});

// Firms and their credit standing
export const EnterpriseStatusEnum = builder.enumType('EnterpriseStatus', { values: ENTERPRISE_STATUSES });
export const ListStatusEnum = builder.enumType('ListStatus', { values: LIST_STATUSES });
export const CreditGradeEnum = builder.enumType('CreditGrade', { values: CREDIT_GRADES });

// KPIs
export const KpiCodeEnum = builder.enumType('KpiCode', { values: KPI_CODES });
export const KpiGroupingEnum = builder.enumType('KpiGrouping', { values: KPI_GROUPINGS });
export const KpiKindEnum = builder.enumType('KpiKind', { values: ['RATIO', 'COUNT', 'DISTRIBUTION'] as const });
export const KpiDirectionEnum = builder.enumType('KpiDirection', { values: ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'RISING', 'NONE'] as const });
export const KpiTargetStatusEnum = builder.enumType('KpiTargetStatus', { values: ['MET', 'MISSED', 'NO_TARGET', 'NO_DATA'] as const });

// Quarterly ratings
export const RatingStatusEnum = builder.enumType('RatingStatus', { values: ['PREPARED', 'REVIEWED', 'PUBLISHED'] as const });
export const ListKindEnum = builder.enumType('ListKind', { values: ['RED', 'BLACK'] as const });
export const RatingActionEnum = builder.enumType('RatingAction', { values: RATING_ACTIONS });

// The closed loop: issues, inspections, complaints
export const IssueStateEnum = builder.enumType('IssueState', { values: ISSUE_STATES });
export const IssueSourceEnum = builder.enumType('IssueSource', { values: ISSUE_SOURCES });
export const IssueActionEnum = builder.enumType('IssueAction', { values: ISSUE_ACTIONS });
export const InboxReasonEnum = builder.enumType('InboxReason', { values: INBOX_REASONS });
export const InspectionKindEnum = builder.enumType('InspectionKind', { values: INSPECTION_KINDS });
export const InspectionGradeEnum = builder.enumType('InspectionGrade', { values: INSPECTION_GRADES });
export const ChecklistSectionEnum = builder.enumType('ChecklistSection', { values: CHECKLIST_SECTIONS });
export const ComplaintChannelEnum = builder.enumType('ComplaintChannel', { values: COMPLAINT_CHANNELS });
export const ComplaintStateEnum = builder.enumType('ComplaintState', { values: COMPLAINT_STATES });
export const ComplaintActionEnum = builder.enumType('ComplaintAction', { values: COMPLAINT_ACTIONS });
export const FollowUpRatingEnum = builder.enumType('FollowUpRating', { values: FOLLOW_UP_RATINGS });

// Credit records, objections and repair
export const CreditSubjectTypeEnum = builder.enumType('CreditSubjectType', { values: CREDIT_SUBJECT_TYPES });
export const CreditRecordStatusEnum = builder.enumType('CreditRecordStatus', { values: CREDIT_RECORD_STATUSES });
export const CreditSourceTypeEnum = builder.enumType('CreditSourceType', { values: CREDIT_SOURCE_TYPES });
export const ObjectionStatusEnum = builder.enumType('ObjectionStatus', { values: ['PENDING', 'REJECTED', 'ACCEPTED'] as const });
export const RepairStatusEnum = builder.enumType('RepairStatus', { values: ['PENDING', 'APPROVED', 'REFUSED'] as const });
export const CreditRecordActionEnum = builder.enumType('CreditRecordAction', { values: CREDIT_RECORD_ACTIONS });
export const ObjectionActionEnum = builder.enumType('ObjectionAction', { values: OBJECTION_ACTIONS });
export const RepairActionEnum = builder.enumType('RepairAction', { values: REPAIR_ACTIONS });
