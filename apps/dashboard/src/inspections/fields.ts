import type { ResourceConfig } from '../dataProvider/types';

const base = `id kind date inspectors communityId community { id name } townshipId township { id name }
  enterpriseId enterprise { id name } score grade refusedToCooperate b10Proposed b14Proposed note createdAt`;

export const inspectionFields = `${base}
  deductions { itemId points note item { id section sectionLabel text maxDeduction } }
  findings { itemId section title category points note turned }
  issues { id title state deadline }`;

export const inspectionsResource: ResourceConfig = {
  resource: 'inspections',
  single: 'inspection',
  fields: inspectionFields,
  listFields: base,
  createInput: ['communityId', 'date', 'kind', 'inspectors', 'note', 'deductions', 'refusedToCooperate'],
  filters: ['communityId', 'townshipId', 'enterpriseId', 'kind', 'grade', 'refusedToCooperate', 'dateFrom', 'dateTo'],
  sortFields: ['date', 'score', 'grade', 'kind', 'createdAt', 'id'],
};
