import type { ResourceConfig } from '../dataProvider/types';

export const communityFields = `
  id name townshipId township { id name } address type households floorArea deliveryDate
  serviceMode enterpriseId enterprise { id name } contractStart contractEnd officeArea maintenanceFundBalance
  createdAt updatedAt`;

const input = [
  'name',
  'townshipId',
  'address',
  'type',
  'households',
  'floorArea',
  'deliveryDate',
  'serviceMode',
  'enterpriseId',
  'contractStart',
  'contractEnd',
  'officeArea',
  'maintenanceFundBalance',
] as const;

export const communitiesResource: ResourceConfig = {
  resource: 'communities',
  single: 'community',
  fields: communityFields,
  createInput: input,
  updateInput: input,
  filters: ['townshipId', 'enterpriseId', 'type', 'serviceMode'],
  sortFields: ['name', 'households', 'floorArea', 'deliveryDate', 'contractEnd', 'createdAt', 'id'],
};
