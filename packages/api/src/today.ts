import { clock } from '@wuye/db';
import type { Context } from './context.js';

/** Today (YYYY-MM-DD, Asia/Shanghai) on the platform clock, or the fixed date a test put in the context. */
export function todayOf(ctx: Pick<Context, 'today'>): string {
  return ctx.today ?? clock.today();
}

/** "Now": noon of the fixed test day when one is set, otherwise the platform clock. */
export function nowOf(ctx: Pick<Context, 'today'>): Date {
  return ctx.today ? new Date(`${ctx.today}T12:00:00+08:00`) : clock.now();
}
