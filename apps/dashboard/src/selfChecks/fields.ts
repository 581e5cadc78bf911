import type { ResourceConfig } from '../dataProvider/types';

const base = `id date communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }
  score grade note createdAt`;

export const selfCheckFields = `${base}
  deductions { itemId points note item { id section sectionLabel text maxDeduction } }
  issues { id title state deadline }`;

/** 自查自纠: a firm checks its own communities against the inspection checklist; findings enter the ledger (source SELF_CHECK). */
export const selfChecksResource: ResourceConfig = {
  resource: 'selfChecks',
  single: 'selfCheck',
  createPermission: 'selfCheck:submit',
  createMutation: { field: 'submitSelfCheck', inputType: 'SelfCheckInput' },
  fields: selfCheckFields,
  listFields: base,
  createInput: ['communityId', 'date', 'deductions', 'note'],
  filters: ['communityId', 'townshipId', 'enterpriseId', 'grade', 'dateFrom', 'dateTo'],
  noSearch: true,
  sortFields: ['date', 'score', 'createdAt', 'id'],
};
