import { CreditRuleError, clock, type AuditEvent, type CreditActor, type Em } from '@wuye/db';
import type { Context } from './context.js';
import { ValidationError } from './errors.js';
import { auditedWrite } from './write.js';

/** Today in Asia/Shanghai, or the fixed date a test put in the context. */
export function todayOf(ctx: Context): string {
  return ctx.today ?? clock.today();
}

export function actorOf(ctx: Context): CreditActor {
  return { userId: ctx.user?.id ?? null, name: ctx.user?.displayName ?? null };
}

/** auditedWrite for credit operations: a refused rule (CreditRuleError) comes back as a localised ValidationError. */
export async function creditWrite<T>(ctx: Context, fn: (em: Em) => Promise<{ result: T; audit: AuditEvent }>): Promise<T> {
  try {
    return await auditedWrite(ctx, fn);
  } catch (e) {
    if (e instanceof CreditRuleError) throw ValidationError.fromIssues(e.issues, ctx.locale);
    throw e;
  }
}
