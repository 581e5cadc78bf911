import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { RuleError, recordAudit, type AuditEvent, type Em } from '@wuye/db';
import type { FieldIssue } from '@wuye/domain';
import type { Context } from './context.js';
import { ValidationError } from './errors.js';

/**
 * Runs a write and its audit row in one transaction: either both are stored or neither.
 * `fn` returns the result and the audit event describing what it changed; a command refused by a rule (RuleError)
 * comes back as a localised ValidationError naming its fields.
 */
export async function auditedWrite<T>(
  ctx: Context,
  fn: (em: Em) => Promise<{ result: T; audit: AuditEvent }>,
  uniqueFields: Record<string, string> = {},
): Promise<T> {
  try {
    return await ctx.em.transactional(async (em) => {
      const { result, audit } = await fn(em as Em);
      recordAudit(em, { userId: ctx.user?.id ?? null, name: ctx.user?.displayName ?? null, ip: ctx.ip }, audit);
      return result;
    });
  } catch (e) {
    if (e instanceof RuleError) throw ValidationError.fromIssues(e.issues, ctx.locale);
    // A concurrent insert can slip past the duplicate pre-check; the unique index still names the column.
    if (e instanceof UniqueConstraintViolationException) {
      const field = Object.keys(uniqueFields).find((col) => e.message.includes(col)) ?? 'id';
      throw ValidationError.fromIssues([{ field: uniqueFields[field] ?? field, code: 'DUPLICATE', params: { value: '' } }], ctx.locale);
    }
    throw e;
  }
}

export function failIf(issues: FieldIssue[], ctx: Context): void {
  if (issues.length > 0) throw ValidationError.fromIssues(issues, ctx.locale);
}

/** Ids and references are parsed the same way by the API and the db services. */
export { checkUnique, parseId, reference } from '@wuye/db';
