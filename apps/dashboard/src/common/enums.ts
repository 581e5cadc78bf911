import {
  CHECKLIST_SECTIONS,
  COMMUNITY_TYPES,
  COMPLAINT_ACTIONS,
  COMPLAINT_CHANNELS,
  COMPLAINT_STATES,
  CREDIT_GRADES,
  CREDIT_RECORD_STATUSES,
  CREDIT_SUBJECT_TYPES,
  ENTERPRISE_STATUSES,
  FOLLOW_UP_RATINGS,
  INSPECTION_GRADES,
  INSPECTION_KINDS,
  ISSUE_ACTIONS,
  ISSUE_CATEGORIES,
  ISSUE_SOURCES,
  ISSUE_STATES,
  JOB_RUN_STATES,
  LIST_STATUSES,
  RECOMMENDATION_STATUSES,
  ROLES,
  SERVICE_MODES,
  WARRANTY_ELEMENTS,
} from '@wuye/domain';

/** API enums @wuye/domain has no list of (schema.graphql is the source). */
export const CREDIT_SOURCE_TYPES = ['APPOINTMENT', 'ISSUE', 'COMPLAINT', 'INSPECTION', 'RATING', 'MANUAL', 'SURVEY'] as const;
export const OBJECTION_STATUSES = ['PENDING', 'REJECTED', 'ACCEPTED'] as const;
export const REPAIR_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export const RATING_STATUSES = ['PREPARED', 'REVIEWED', 'PUBLISHED'] as const;
export const LIST_KINDS = ['RED', 'BLACK'] as const;

/** Enum lists come from @wuye/domain; their labels live in i18n under `enums.<Enum>.<VALUE>`. */
export const ENUMS = {
  Role: ROLES,
  EnterpriseStatus: ENTERPRISE_STATUSES,
  ListStatus: LIST_STATUSES,
  CreditGrade: CREDIT_GRADES,
  CommunityType: COMMUNITY_TYPES,
  ServiceMode: SERVICE_MODES,
  IssueCategory: ISSUE_CATEGORIES,
  IssueState: ISSUE_STATES,
  IssueAction: ISSUE_ACTIONS,
  IssueSource: ISSUE_SOURCES,
  ComplaintState: COMPLAINT_STATES,
  ComplaintAction: COMPLAINT_ACTIONS,
  ComplaintChannel: COMPLAINT_CHANNELS,
  FollowUpRating: FOLLOW_UP_RATINGS,
  InspectionKind: INSPECTION_KINDS,
  InspectionGrade: INSPECTION_GRADES,
  ChecklistSection: CHECKLIST_SECTIONS,
  CreditRecordStatus: CREDIT_RECORD_STATUSES,
  CreditSubjectType: CREDIT_SUBJECT_TYPES,
  CreditSourceType: CREDIT_SOURCE_TYPES,
  ObjectionStatus: OBJECTION_STATUSES,
  RepairStatus: REPAIR_STATUSES,
  RatingStatus: RATING_STATUSES,
  ListKind: LIST_KINDS,
  JobRunState: JOB_RUN_STATES,
  WarrantyElement: WARRANTY_ELEMENTS,
  RecommendationStatus: RECOMMENDATION_STATUSES,
} as const;

export type EnumName = keyof typeof ENUMS;

export const enumLabelKey = (name: EnumName, value: string): string => `enums.${name}.${value}`;

/** Choices for SelectInput / SelectArrayInput (react-admin translates the names). */
export const enumChoices = (name: EnumName): { id: string; name: string }[] => ENUMS[name].map((value) => ({ id: value, name: enumLabelKey(name, value) }));

/** Translated label of one value, or '' for none; unknown values are shown as they are. */
export const enumLabel = (translate: (key: string, options?: object) => string, name: EnumName, value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  return translate(enumLabelKey(name, String(value)), { _: String(value) });
};
