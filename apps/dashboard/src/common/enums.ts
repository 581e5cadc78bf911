import {
  COMMUNITY_TYPES,
  CREDIT_GRADES,
  ENTERPRISE_STATUSES,
  ISSUE_CATEGORIES,
  LIST_STATUSES,
  ROLES,
  SERVICE_MODES,
} from '@wuye/domain';

/** Enum lists come from @wuye/domain; their labels live in i18n under `enums.<Enum>.<VALUE>`. */
export const ENUMS = {
  Role: ROLES,
  EnterpriseStatus: ENTERPRISE_STATUSES,
  ListStatus: LIST_STATUSES,
  CreditGrade: CREDIT_GRADES,
  CommunityType: COMMUNITY_TYPES,
  ServiceMode: SERVICE_MODES,
  IssueCategory: ISSUE_CATEGORIES,
} as const;

export type EnumName = keyof typeof ENUMS;

export const enumLabelKey = (name: EnumName, value: string): string => `enums.${name}.${value}`;

/** Choices for SelectInput / SelectArrayInput (react-admin translates the names). */
export const enumChoices = (name: EnumName): { id: string; name: string }[] =>
  ENUMS[name].map((value) => ({ id: value, name: enumLabelKey(name, value) }));

/** Translated label of one value, or '' for none; unknown values are shown as they are. */
export const enumLabel = (translate: (key: string, options?: object) => string, name: EnumName, value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  return translate(enumLabelKey(name, String(value)), { _: String(value) });
};
