import type { ResourceConfig } from '../dataProvider/types';

export const enterpriseFields = `
  id name uscc legalRepresentative contactPerson contactPhone address
  townshipId township { id name }
  status score grade listStatus listUntil
  communityCount managerCount createdAt updatedAt`;

const input = ['name', 'uscc', 'legalRepresentative', 'contactPerson', 'contactPhone', 'address', 'townshipId', 'status'] as const;

export const enterprisesResource: ResourceConfig = {
  resource: 'enterprises',
  single: 'enterprise',
  fields: enterpriseFields,
  createInput: input,
  updateInput: input,
  filters: ['townshipId', 'status', 'listStatus', 'grade'],
  sortFields: ['name', 'uscc', 'score', 'status', 'createdAt', 'id'],
};
