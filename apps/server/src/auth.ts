import { isApiToken, sessionForToken, userForApiToken } from '@wuye/api';
import type { Em, User } from '@wuye/db';
import type { Request } from 'express';

/**
 * Who is calling: a bearer token is either a login session or, when it starts with `wuye_`, an analyst's personal
 * API token. An API token acts as its owner but read-only: every mutation is refused (guardOperation in @wuye/api).
 */
export interface Caller {
  user: User;
  sessionId: number | null;
  apiTokenId: number | null;
  /** The credit version's token, read in the same statement (response-cache.ts); null: not to be used. */
  creditToken: string | null;
}

export function bearer(req: Request): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

export async function authenticate(em: Em, token: string | null): Promise<Caller | null> {
  if (!token) return null;
  if (isApiToken(token)) {
    const found = await userForApiToken(em, token);
    return found ? { user: found.user, sessionId: null, apiTokenId: found.token.id, creditToken: found.creditToken } : null;
  }
  const live = await sessionForToken(em, token);
  return live ? { user: live.user, sessionId: live.session.id, apiTokenId: null, creditToken: live.creditToken } : null;
}
