import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit, ipKeyGenerator, MemoryStore } from 'express-rate-limit';
import { parse, type DocumentNode } from 'graphql';
import { MAX_TOKENS, localeFromHeader, operationToRun, rootFieldCounts } from '@wuye/api';
import { text } from '@wuye/domain';

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
  const retryAfter = Number(res.getHeader('retry-after')) || 60;
  const message = text('http.errors.RATE_LIMITED', localeFromHeader(req.headers['accept-language']), { seconds: retryAfter });
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

/**
 * How many login attempts a GraphQL request body makes: the `login` fields of the operation it runs, under any alias,
 * inside inline or named fragments. Run after the document-size check, so the parse below is bounded; a body that
 * does not parse or names no runnable operation runs nothing (Apollo refuses it) and makes none.
 */
export function loginAttempts(body: unknown): number {
  const b = body as { query?: unknown; operationName?: unknown } | null | undefined;
  const query = b?.query;
  if (typeof query !== 'string' || !query.includes('login')) return 0;
  let doc: DocumentNode;
  try {
    doc = parse(query, { maxTokens: MAX_TOKENS });
  } catch {
    return 0;
  }
  const operation = operationToRun(doc, typeof b?.operationName === 'string' ? b.operationName : null);
  return operation ? (rootFieldCounts(doc, operation).get('Mutation.login') ?? 0) : 0;
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
        keyGenerator: (req) =>
          createHash('sha256')
            .update(bearerOf(req) ?? '')
            .digest('hex'),
      }),
    );
  }
  return out;
}

/**
 * After body parsing (it needs the document): login attempts per address, per minute and per hour. Each `login` field
 * of the operation counts as one attempt (the operation guard then refuses more than one per request).
 */
export function loginLimiters(limits: RateLimits): RequestHandler[] {
  const windows: [number, number, string][] = [
    [60_000, limits.loginPerMinute, 'login-minute'],
    [3600_000, limits.loginPerHour, 'login-hour'],
  ];
  const active = windows.filter(([, limit]) => limit > 0);
  if (active.length === 0) return [];
  const stores = active.map(() => new MemoryStore());
  const count: RequestHandler = (req, res, next) => {
    const n = loginAttempts(req.body);
    res.locals.loginAttempts = n;
    if (n <= 1) return next();
    // The limiter adds one hit itself; the attempts beyond the first are added here.
    const key = addressKey(req);
    Promise.all(
      stores.map(async (store) => {
        for (let i = 1; i < n; i++) await store.increment(key);
      }),
    ).then(() => next(), next);
  };
  return [
    count,
    ...active.map(([windowMs, limit, identifier], i) =>
      rateLimit({ ...common, windowMs, limit, identifier, store: stores[i], keyGenerator: addressKey, skip: (_req, res) => !res.locals.loginAttempts }),
    ),
  ];
}
