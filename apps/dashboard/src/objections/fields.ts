import type { ResourceConfig } from '../dataProvider/types';

export const objectionFields = `id status statement evidence filedAt filedById decidedAt decidedById decisionNote
  enterpriseId enterprise { id name } recordId availableActions { action available reason }
  record { id itemCode itemLabel points status reason effectiveFrom objectionDeadline proposedById enterpriseId }`;

export const objectionsResource: ResourceConfig = {
  resource: 'objections',
  single: 'objection',
  permissionPrefix: 'credit',
  // The API has no `objection(id)` / `repairApplication(id)` field.
  oneViaList: true,
  fields: objectionFields,
  filters: ['status', 'enterpriseId', 'recordId'],
  sortFields: ['filedAt', 'status', 'id'],
};
