import type { ResourceConfig } from '../dataProvider/types';

export const townshipFields = `id name code communityCount enterpriseCount createdAt updatedAt`;

export const townshipsResource: ResourceConfig = {
  resource: 'townships',
  single: 'township',
  fields: townshipFields,
  createInput: ['name', 'code'],
  updateInput: ['name', 'code'],
  sortFields: ['name', 'code', 'createdAt', 'id'],
};
