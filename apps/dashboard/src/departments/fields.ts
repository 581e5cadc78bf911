import type { ResourceConfig } from '../dataProvider/types';

export const departmentFields = `id name code remit createdAt updatedAt`;

export const departmentsResource: ResourceConfig = {
  resource: 'departments',
  single: 'department',
  fields: departmentFields,
  createInput: ['name', 'code', 'remit'],
  updateInput: ['name', 'code', 'remit'],
  filters: ['category'],
  sortFields: ['name', 'code', 'createdAt', 'id'],
};
