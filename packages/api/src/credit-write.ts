import type { CreditActor } from '@wuye/db';
import type { Context } from './context.js';

export function actorOf(ctx: Context): CreditActor {
  return { userId: ctx.user?.id ?? null, name: ctx.user?.displayName ?? null };
}
