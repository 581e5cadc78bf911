import type { ResourceConfig } from '../dataProvider/types';

export const userFields = `id username displayName role townshipId departmentId enterpriseId active lastLoginAt createdAt`;

export const usersResource: ResourceConfig = {
  resource: 'users',
  single: 'user',
  fields: userFields,
  createInput: ['username', 'displayName', 'password', 'role', 'townshipId', 'departmentId', 'enterpriseId', 'active'],
  // `password` is optional on update: sent only when a new one was typed.
  updateInput: ['displayName', 'role', 'townshipId', 'departmentId', 'enterpriseId', 'active', 'password'],
  filters: ['role', 'active'],
  sortFields: ['username', 'displayName', 'role', 'lastLoginAt', 'createdAt', 'id'],
};
