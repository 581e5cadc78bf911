import { randomBytes } from 'node:crypto';
import type { SqlEntityManager as Em } from '@mikro-orm/knex';
import { clock } from '../clock.js';
import { ApiToken, type User } from '../entities/index.js';
import { CREDIT_TOKEN_SQL } from '../credit/version.js';
import { creditTokenOf, hashToken, mergeRequestUser, userColumnsSql } from './sessions.js';

/**
 * Personal, read-only API tokens for analysts' scripts. A token is `wuye_` + 32 random bytes (base64url), so the
 * server can tell it from a session token at a glance; only its SHA-256 is stored, the token is shown once.
 */
export const API_TOKEN_PREFIX = 'wuye_';
/** Tokens per user, so a leaked script cannot mint thousands. */
export const MAX_API_TOKENS = 20;

export function isApiToken(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}

export function newApiToken(): { token: string; hash: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

/**
 * The owner behind an API token, or null when unknown, revoked, or its owner is disabled or no longer may hold
 * tokens. Records the last use (at most once a minute, so a busy script does not write on every request).
 */
export async function userForApiToken(em: Em, token: string, now = clock.now()): Promise<{ token: ApiToken; user: User; creditToken: string | null } | null> {
  if (!isApiToken(token) || token.length > 200) return null;
  // One indexed statement (the unique token_hash) for the token and the lean columns of its owner, as for sessions.
  const rows = (await em.execute(
    `select t.*, ${userColumnsSql('u')}, ${CREDIT_TOKEN_SQL} as credit_token from api_token t join app_user u on u.id = t.user_id where t.token_hash = ?`,
    [hashToken(token)],
  )) as Record<string, unknown>[];
  const found = rows[0];
  if (!found || found.revoked_at != null) return null;
  const user = mergeRequestUser(em, found);
  if (!user.active || user.role !== 'ANALYST') return null;
  const tokenData = Object.fromEntries(Object.entries(found).filter(([k]) => !k.startsWith('u_') && k !== 'credit_token'));
  const row = em.map(ApiToken, tokenData);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiToken, { id: row.id }, { lastUsedAt: now });
    row.lastUsedAt = now;
  }
  return { token: row, user, creditToken: creditTokenOf(em, found) };
}
