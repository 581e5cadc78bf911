import type { EntityManager } from '@mikro-orm/core';
import { Department } from '../entities/index.js';

/** Every department, in the order they were set up (a county has a handful). */
export function allDepartments(em: EntityManager): Promise<Department[]> {
  return em.find(Department, {}, { orderBy: { id: 'asc' } });
}
