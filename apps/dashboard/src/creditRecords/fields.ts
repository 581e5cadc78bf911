import type { ResourceConfig } from '../dataProvider/types';

const base = `id subjectType enterpriseId enterprise { id name } managerId manager { id name } communityId community { id name }
  itemCode itemLabel points termMonths serious veto commendation standardVersion effectiveFrom expiresOn status
  proposedById proposedAt reason sourceType sourceId publicizedOn objectionDeadline objectionDaysLeft confirmedOn repairedOn correctsId createdAt
  availableActions { action available reason }`;

export const creditRecordFields = `${base}
  evidence reviewerId decision decisionNote decidedAt revokedById revokedAt revokeReason blacklistMonths
  events { id fromStatus toStatus at actorName note }
  objections { id status statement evidence filedAt decisionNote decidedAt }`;

export const creditRecordsResource: ResourceConfig = {
  resource: 'creditRecords',
  single: 'creditRecord',
  permissionPrefix: 'credit',
  createPermission: 'credit:propose',
  createMutation: { field: 'proposeCreditRecord', inputType: 'ProposeCreditRecordInput' },
  fields: creditRecordFields,
  // The pending objection is the one a reviewer decides from a list row.
  listFields: `${base} objections { id status }`,
  createInput: ['subjectType', 'enterpriseId', 'managerId', 'communityId', 'itemCode', 'effectiveFrom', 'reason', 'evidence', 'sourceType', 'sourceId'],
  filters: ['enterpriseId', 'managerId', 'subjectType', 'status', 'statuses', 'itemCode', 'sourceType', 'sourceId', 'negative'],
  sortFields: ['effectiveFrom', 'expiresOn', 'points', 'status', 'itemCode', 'createdAt', 'id'],
};
