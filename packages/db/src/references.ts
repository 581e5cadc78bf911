import type { EntityManager, EntityName } from '@mikro-orm/core';
import { parseIdKey, type FieldIssue } from '@wuye/domain';

/** Parses an id as given (a GraphQL ID, a CLI argument) into a key, or null: only the canonical decimal form ("16", never "0x10" or "1e3"). */
export const parseId = parseIdKey;

/** Resolves a referenced row by id, recording UNKNOWN_REFERENCE on the field when it does not exist; no id, no row. */
export async function reference<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  field: string,
  id: string | number | null | undefined,
  issues: FieldIssue[],
): Promise<T | null> {
  if (id == null || id === '') return null;
  const key = parseId(id);
  const found = key ? await em.findOne(entity, { id: key } as never) : null;
  if (!found) issues.push({ field, code: 'UNKNOWN_REFERENCE', params: { id: String(id) } });
  return found as T | null;
}

/** Records DUPLICATE when another row already holds the value of a unique field. */
export async function checkUnique<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  field: string,
  value: string | null | undefined,
  exceptId: number | null,
  issues: FieldIssue[],
): Promise<void> {
  if (!value) return;
  const where = { [field]: value, ...(exceptId ? { id: { $ne: exceptId } } : {}) };
  if ((await em.count(entity, where as never)) > 0) issues.push({ field, code: 'DUPLICATE', params: { value } });
}
