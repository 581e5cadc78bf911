import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { Kind, parse, type DocumentNode } from 'graphql';

/**
 * Request limits per client address and per bearer token, and a stricter one on login attempts per address.
 * Counters live in this process's memory: right for one SQLite instance; several instances behind a load balancer
 * each count separately (a client gets up to N × the limit), so multi-instance PostgreSQL deployments should also
 * limit at the proxy or plug a shared store in here (express-rate-limit `store`). Per-account lockout after failed
 * logins is kept in the database and holds across instances (packages/api/src/schema/auth.ts).
 */
export interface RateLimits {
  /** Requests per minute per client address to /graphql, /files, /export and /bulletins; 0 disables. */
  perAddressPerMinute: number;
  /** Requests per minute per bearer token (a signed-in user's session); 0 disables. */
  perTokenPerMinute: number;
  /** Login attempts per client address per minute; 0 disables. */
  loginPerMinute: number;
  /** Login attempts per client address per hour; 0 disables. */
  loginPerHour: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perAddressPerMinute: 1200, perTokenPerMinute: 600, loginPerMinute: 20, loginPerHour: 200 };

function tooMany(req: Request, res: Response) {
  const en = /^\s*en\b/i.test(req.headers['accept-language'] ?? '');
  const retryAfter = Number(res.getHeader('retry-after')) || 60;
  const message = en ? `Too many requests: try again in ${retryAfter} s` : `请求过于频繁，请 ${retryAfter} 秒后再试`;
  res.status(429).json({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfter } }] });
}

const common = {
  standardHeaders: 'draft-7' as const,
  legacyHeaders: false,
  handler: tooMany,
  // TRUST_PROXY decides whether X-Forwarded-For is believed; the library need not warn about it on every request.
  validate: { xForwardedForHeader: false },
};

const addressKey = (req: Request) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');

function bearerOf(req: Request): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m ? m[1]! : null;
}

/** Whether a GraphQL request body runs the `login` mutation (under any alias, in any operation of the document). */
export function isLoginRequest(body: unknown): boolean {
  const query = (body as { query?: unknown } | null | undefined)?.query;
  if (typeof query !== 'string' || !query.includes('login')) return false;
  let doc: DocumentNode;
  try {
    doc = parse(query, { maxTokens: 2000 });
  } catch {
    // Unparseable: Apollo refuses it without running anything.
    return false;
  }
  return doc.definitions.some(
    (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation' && d.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'login'),
  );
}

/** Before body parsing: per address and per token. */
export function requestLimiters(limits: RateLimits): RequestHandler[] {
  const out: RequestHandler[] = [];
  if (limits.perAddressPerMinute > 0) {
    out.push(rateLimit({ ...common, windowMs: 60_000, limit: limits.perAddressPerMinute, keyGenerator: addressKey, identifier: 'address' }));
  }
  if (limits.perTokenPerMinute > 0) {
    out.push(
      rateLimit({
        ...common,
        windowMs: 60_000,
        limit: limits.perTokenPerMinute,
        identifier: 'token',
        skip: (req) => bearerOf(req) === null,
        // Only a digest of the token is kept in memory, as in the sessions table.
        keyGenerator: (req) => createHash('sha256').update(bearerOf(req) ?? '').digest('hex'),
      }),
    );
  }
  return out;
}

/** After body parsing (it needs the document): login attempts per address, per minute and per hour. */
export function loginLimiters(limits: RateLimits): RequestHandler[] {
  const windows: [number, number, string][] = [
    [60_000, limits.loginPerMinute, 'login-minute'],
    [3600_000, limits.loginPerHour, 'login-hour'],
  ];
  return windows
    .filter(([, limit]) => limit > 0)
    .map(([windowMs, limit, identifier]) =>
      rateLimit({ ...common, windowMs, limit, identifier, keyGenerator: addressKey, skip: (req) => !isLoginRequest(req.body) }),
    );
}
