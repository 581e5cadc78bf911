import type { ResourceConfig } from '../dataProvider/types';

export const repairApplicationFields = `id status commitment openIssues appliedAt appliedById decidedAt decidedById reasons
  enterpriseId enterprise { id name } recordId availableActions { action available reason }
  record { id itemCode itemLabel points status reason effectiveFrom expiresOn confirmedOn }`;

export const repairApplicationsResource: ResourceConfig = {
  resource: 'repairApplications',
  single: 'repairApplication',
  permissionPrefix: 'credit',
  // The API has no `objection(id)` / `repairApplication(id)` field.
  oneViaList: true,
  fields: repairApplicationFields,
  filters: ['status', 'enterpriseId', 'recordId'],
  sortFields: ['appliedAt', 'status', 'id'],
};
