import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit, ipKeyGenerator, MemoryStore, type IncrementResponse, type Options, type Store } from 'express-rate-limit';
import type { MikroORM } from '@mikro-orm/core';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { parse, type DocumentNode } from 'graphql';
import { MAX_TOKENS, localeFromHeader, operationToRun, rootFieldCounts } from '@wuye/api';
import { text } from '@wuye/domain';

/**
 * Request limits per client address and per bearer token, and a stricter one on login attempts per address.
 * Where the counters live is the `RateLimitStore`: on PostgreSQL they are rows of the `rate_limit` table shared by
 * every instance (rate-limiter-flexible's RateLimiterPostgres, one atomic upsert per hit), so N instances behind a
 * load balancer still give a client the limit once, not N times; on SQLite (one instance) they stay in this
 * process's memory. Per-account lockout after failed logins is kept in the user's row and holds across instances
 * (packages/db/src/accounts/login-attempts.ts).
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

/** Makes the counter store of one limiter: each limiter (`identifier`) counts in its own window. */
export type RateLimitStore = (identifier: string, windowMs: number) => Store;

/** One process's memory (SQLite, a single instance). */
export const memoryStore: RateLimitStore = () => new MemoryStore();

/**
 * express-rate-limit's Store over rate-limiter-flexible's RateLimiterPostgres: a hit is one upsert of the row
 * `<identifier>:<key>` in `rate_limit` (created by the migrations), which starts a new window when the last one has
 * expired. Only digests or addresses are keys, never a token. A database error reaches the error handler (503 when
 * the database is unavailable): limits are not silently lifted.
 */
class PostgresStore implements Store {
  readonly localKeys = false;
  private readonly limiter: RateLimiterPostgres;
  constructor(
    knex: unknown,
    readonly prefix: string,
    windowMs: number,
  ) {
    this.limiter = new RateLimiterPostgres({
      storeClient: knex,
      storeType: 'knex',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix: prefix,
      // The limit itself is express-rate-limit's; this only counts.
      points: Number.MAX_SAFE_INTEGER,
      duration: Math.ceil(windowMs / 1000),
    });
  }
  init(_options: Options): void {}
  async increment(key: string): Promise<IncrementResponse> {
    const res = await this.limiter.penalty(key, 1);
    // Windows run on real elapsed time (as in the library and express-rate-limit's headers), not the platform clock.
    // eslint-disable-next-line no-restricted-syntax
    return { totalHits: res.consumedPoints, resetTime: new Date(Date.now() + res.msBeforeNext) };
  }
  async decrement(key: string): Promise<void> {
    await this.limiter.reward(key, 1);
  }
  async resetKey(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

/** Counters in the PostgreSQL database of `orm`, shared by every instance on it. */
export function postgresStore(orm: MikroORM): RateLimitStore {
  const knex = (orm.em.getConnection() as unknown as { getKnex(): unknown }).getKnex();
  return (identifier, windowMs) => new PostgresStore(knex, identifier, windowMs);
}

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
export function requestLimiters(limits: RateLimits, store: RateLimitStore = memoryStore): RequestHandler[] {
  const out: RequestHandler[] = [];
  if (limits.perAddressPerMinute > 0) {
    out.push(
      rateLimit({
        ...common,
        windowMs: 60_000,
        limit: limits.perAddressPerMinute,
        keyGenerator: addressKey,
        identifier: 'address',
        store: store('address', 60_000),
      }),
    );
  }
  if (limits.perTokenPerMinute > 0) {
    out.push(
      rateLimit({
        ...common,
        windowMs: 60_000,
        limit: limits.perTokenPerMinute,
        identifier: 'token',
        store: store('token', 60_000),
        skip: (req) => bearerOf(req) === null,
        // Only a digest of the token is kept (in memory or in rate_limit), as in the sessions table.
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
export function loginLimiters(limits: RateLimits, store: RateLimitStore = memoryStore): RequestHandler[] {
  const windows: [number, number, string][] = [
    [60_000, limits.loginPerMinute, 'login-minute'],
    [3600_000, limits.loginPerHour, 'login-hour'],
  ];
  const active = windows.filter(([, limit]) => limit > 0);
  if (active.length === 0) return [];
  const stores = active.map(([windowMs, , identifier]) => store(identifier, windowMs));
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
