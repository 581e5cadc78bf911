import type { ResourceConfig } from '../dataProvider/types';

const base = `id name enterpriseId enterprise { id name } certificateNo phone createdAt`;

export const projectManagerFields = `${base}
  appointments { id communityId community { id name } startDate endDate registeredOn }`;

const input = ['name', 'enterpriseId', 'certificateNo', 'phone'] as const;

export const projectManagersResource: ResourceConfig = {
  resource: 'projectManagers',
  single: 'projectManager',
  fields: projectManagerFields,
  // Appointment history is a nested list: only loaded on the detail page to keep list queries cheap.
  listFields: base,
  createInput: input,
  updateInput: input,
  filters: ['enterpriseId'],
  sortFields: ['name', 'certificateNo', 'createdAt', 'id'],
};
