import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type Response } from 'express';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { MAX_TOKENS, buildSchema, localeFromHeader, principalOf, type Context } from '@wuye/api';
import type { DriverName, Em, ReplicaMonitor } from '@wuye/db';
import { DATABASE_RETRY_AFTER_SECONDS, clock, isDatabaseUnavailable } from '@wuye/db';
import { bilingual, text } from '@wuye/domain';
import { PREFLIGHT_HEADERS, graphqlBodyCheck, lastResortErrors, notFound } from './http-errors.js';
import { ErrorLog, createLogger, requestLogger, type Logger } from './logging.js';
import type { TrustProxy } from './env.js';
import { DEFAULT_UPLOAD_DIR, DEFAULT_UPLOAD_MAX_BYTES, evidenceFiles, type FileStorage } from './files.js';
import { costReportPlugin, documentSizeGuard, noSchemaHintsForAnonymousPlugin, operationGuardPlugin } from './graphql-guards.js';
import { authenticate, bearer } from './auth.js';
import { analyticsRoutes } from './analytics-routes.js';
import { mayReadFromReplica, replicaFallbackPlugin, replicaReadsPlugin, replicaWritesPlugin } from './read-replica.js';
import { dashboardAssets, sendPage } from './dashboard-assets.js';
import { DEFAULT_RATE_LIMITS, loginLimiters, memoryStore, postgresStore, requestLimiters, type RateLimits, type RateLimitStore } from './rate-limits.js';
import { DEFAULT_PUBLIC_COMPLAINT_LIMITS, publicComplaints } from './public-complaints.js';
import { publicityImages } from './publicity-images.js';
import { leaseUnitPhotos } from './lease-unit-photos.js';
import { responseCache, type ResponseCache } from './response-cache.js';

export interface AppOptions {
  orm: MikroORM;
  databaseKind: DriverName;
  /** PostgreSQL: a streaming replica for reads that can lag (read-replica.ts); absent, everything reads the primary. */
  replica?: ReplicaMonitor;
  dashboardDir?: string | null;
  bodyLimit?: string;
  /** Which proxies' X-Forwarded-For is believed for the client's address (env.ts parseTrustProxy); default none. */
  trustProxy?: TrustProxy;
  /** Where evidence files are stored (default data/uploads) and the size limit of one file (default 10 MB). */
  uploadDir?: string;
  uploadMaxBytes?: number;
  /** Where evidence bytes are kept (files.ts): default `database` on PostgreSQL, `directory` (uploadDir) on SQLite. */
  fileStorage?: FileStorage;
  /** Requests per address and per token, login attempts per address (default DEFAULT_RATE_LIMITS). */
  rateLimits?: RateLimits;
  /**
   * Where the rate-limit counters live: default the `rate_limit` table on PostgreSQL (shared by every instance) and
   * this process's memory on SQLite.
   */
  rateLimitStore?: RateLimitStore;
  /** Public complaints per client address per hour and per day (default DEFAULT_PUBLIC_COMPLAINT_LIMITS; 0 disables). */
  publicComplaintLimits?: { perHour: number; perDay: number };
  /** Where the request lines and errors go (logging.ts); default: JSON lines on stdout at level info. */
  logger?: Logger;
  /** Also receives every unexpected error as it is (tests); its details never reach the client or the log. */
  logError?: (err: unknown) => void;
  /** Rows an export reads per batch (default 5,000); tests lower it to cross batch boundaries with few rows. */
  exportBatchSize?: number;
}

const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
/** The HTTP response of a GraphQL request, kept on its context (Apollo copies the context's own properties). */
const RESPONSE = Symbol('response');
const responseOf = (ctx: Context): Response | undefined => (ctx as Context & { [RESPONSE]?: Response })[RESPONSE];

/**
 * Keeps GraphQL errors as they are; the database being unavailable becomes DATABASE_UNAVAILABLE (worded in the
 * reader's language by databaseUnavailablePlugin); anything else unexpected hides behind a generic message.
 */
function maskUnexpected(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const original = (error as { originalError?: unknown }).originalError;
  if (code === 'INTERNAL_SERVER_ERROR' && original && !(original instanceof GraphQLError)) {
    if (isDatabaseUnavailable(original)) {
      const seconds = DATABASE_RETRY_AFTER_SECONDS;
      return {
        message: bilingual('http.errors.DATABASE_UNAVAILABLE', { seconds }),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: DATABASE_UNAVAILABLE, retryAfter: seconds },
      };
    }
    return { message: bilingual('http.errors.INTERNAL_SERVER_ERROR'), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return formatted;
}

/**
 * A GraphQL answer with a DATABASE_UNAVAILABLE error is an HTTP 503 with Retry-After (Apollo would answer 200), its
 * message in the reader's language; unexpected errors go on the request's log line.
 */
function databaseUnavailablePlugin(report: (err: unknown, ctx: Context) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            if (e.originalError && !(e.originalError instanceof GraphQLError)) report(e.originalError, contextValue);
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((e) => e.extensions?.code === DATABASE_UNAVAILABLE)) return;
          const seconds = DATABASE_RETRY_AFTER_SECONDS;
          response.body.singleResult.errors = errors.map((e) =>
            e.extensions?.code === DATABASE_UNAVAILABLE ? { ...e, message: text('http.errors.DATABASE_UNAVAILABLE', contextValue.locale, { seconds }) } : e,
          );
          response.http.status = 503;
          response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
}

/** Every GraphQL answer is personal or live: no proxy or browser may keep it. */
const noStorePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  errorLog: ErrorLog;
  /** The ranking's response cache, keyed by the credit version (response-cache.ts). */
  responseCache: ResponseCache;
  /** Shutdown has begun: /healthz answers 503 "stopping" and every answer closes its connection. */
  beginShutdown: () => void;
}

export async function createApp(opts: AppOptions): Promise<App> {
  const logger = opts.logger ?? createLogger();
  const errorLog = new ErrorLog(logger);
  /** An unexpected error goes on its request's log line (pino-http writes `res.err` when the response ends). */
  const report = (err: unknown, res: Response | undefined) => {
    opts.logError?.(err);
    const described = errorLog.describe(err);
    if (res) Object.assign(res, { err: described });
    else logger.error({ err: described }, 'unexpected error');
  };
  const app = express();
  app.disable('x-powered-by');
  if (opts.trustProxy !== undefined && opts.trustProxy !== false) app.set('trust proxy', opts.trustProxy);
  app.use(requestLogger(logger));
  // Once shutdown has begun, every answer closes its connection, so keep-alive clients (the proxy) reconnect elsewhere.
  let stopping = false;
  app.use((_req, res, next) => {
    // Decided when the headers go out: a request that began before the shutdown and ends after it closes too.
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      if (stopping && !this.headersSent) this.setHeader('Connection', 'close');
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as typeof res.writeHead;
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Plain-HTTP intranets are common; do not force HTTPS for sub-resources.
          upgradeInsecureRequests: null,
          workerSrc: ["'self'", 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          fontSrc: ["'self'", 'data:'],
          imgSrc: ["'self'", 'data:', 'blob:'],
        },
      },
      strictTransportSecurity: false,
    }),
  );

  app.get('/healthz', async (_req, res) => {
    if (stopping) {
      // The load balancer stops sending new requests here while the ones in flight finish.
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503).json({ status: 'stopping', database: opts.databaseKind, now: clock.now().toISOString() });
      return;
    }
    try {
      await opts.orm.em.getConnection().execute('select 1');
      // A replica that is down or behind is bypassed, not an outage: the instance still serves from the primary.
      const replica = opts.replica ? { replica: opts.replica.state } : {};
      res.json({ status: 'ok', database: opts.databaseKind, now: clock.now().toISOString(), ...replica });
    } catch (e) {
      report(e, res);
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503).json({ status: 'error', database: 'unreachable', now: clock.now().toISOString() });
    }
  });

  const schema = buildSchema();
  const cache = responseCache(schema);
  const apollo: ApolloServer<Context> = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT (graceful shutdown). Apollo's own handlers (installed unless NODE_ENV=test) would stop
    // Apollo and then re-raise the signal, killing the process with status 143 mid-shutdown and cutting the requests in
    // flight — found by the cluster drill (scripts/cluster-drill.sh), tested in test/shutdown.test.ts.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // Apollo's cache hints are not used: its plugin would watch every field of every execution only to answer
      // `Cache-Control: no-store`, which noStorePlugin says outright.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      noStorePlugin,
      costReportPlugin(schema),
      operationGuardPlugin(schema),
      noSchemaHintsForAnonymousPlugin(),
      cache.plugin,
      databaseUnavailablePlugin((err, ctx) => report(err, responseOf(ctx))),
      ...(opts.replica
        ? [
            replicaReadsPlugin(opts.replica),
            replicaWritesPlugin(opts.replica, (e) => report(e, undefined)),
            replicaFallbackPlugin(
              opts.replica,
              () => apollo,
              (code) => code === DATABASE_UNAVAILABLE,
              responseOf,
            ),
          ]
        : []),
    ],
    // Batched requests stay off (Apollo's default): every limit is per operation, one operation per request.
    allowBatchedHttpRequests: false,
    // graphqlBodyCheck answers unpreflighted requests first, in the reader's language; Apollo's check stays behind it.
    csrfPrevention: { requestHeaders: PREFLIGHT_HEADERS },
    // documentSizeGuard refuses long documents first, with a localised error; this bounds any other path.
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: (formatted, error) => maskUnexpected(formatted, error),
  });
  await apollo.start();

  const limits = opts.rateLimits ?? DEFAULT_RATE_LIMITS;
  const limitStore = opts.rateLimitStore ?? (opts.databaseKind === 'postgresql' ? postgresStore(opts.orm) : memoryStore);
  const limiters = requestLimiters(limits, limitStore);
  if (limiters.length > 0) app.use(['/graphql', '/files', '/export', '/bulletins', '/public', '/publicity-images'], ...limiters);

  app.use(
    '/graphql',
    express.json({ limit: opts.bodyLimit ?? '1mb' }),
    graphqlBodyCheck,
    documentSizeGuard(),
    ...loginLimiters(limits, limitStore),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = opts.orm.em.fork() as Em;
        const locale = localeFromHeader(req.headers['accept-language']);
        let caller: Awaited<ReturnType<typeof authenticate>>;
        try {
          caller = await authenticate(em, bearer(req));
        } catch (e) {
          report(e, res);
          if (!isDatabaseUnavailable(e)) throw e;
          // Apollo answers a failed context with this error's status and headers.
          const seconds = DATABASE_RETRY_AFTER_SECONDS;
          throw new GraphQLError(text('http.errors.DATABASE_UNAVAILABLE', locale, { seconds }), {
            extensions: { code: DATABASE_UNAVAILABLE, retryAfter: seconds, http: { status: 503, headers: new Map([['retry-after', String(seconds)]]) } },
          });
        }
        const context = {
          // With a replica, replicaReadsPlugin may send the reads to it once Apollo has parsed and chosen the operation.
          em,
          principal: caller ? principalOf(caller.user) : null,
          user: caller?.user ?? null,
          sessionId: caller?.sessionId ?? null,
          apiTokenId: caller?.apiTokenId ?? null,
          // Read from the primary with the session: good only for reads from the primary.
          // Cleared by replicaReadsPlugin when the reads go to the replica: a lagging answer is never kept.
          creditToken: caller?.creditToken ?? null,
          locale,
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
        } satisfies Context;
        return Object.assign(opts.replica ? mayReadFromReplica(context, req.body, res) : context, { [RESPONSE]: res });
      },
    }),
  );

  app.use(
    publicComplaints({
      orm: opts.orm,
      uploadDir: opts.uploadDir ?? DEFAULT_UPLOAD_DIR,
      ...(opts.publicComplaintLimits ?? DEFAULT_PUBLIC_COMPLAINT_LIMITS),
    }),
  );
  app.use(publicityImages({ orm: opts.orm }));
  app.use(analyticsRoutes({ orm: opts.orm, schema, report, batchSize: opts.exportBatchSize, replica: opts.replica }));
  app.use(
    evidenceFiles({
      orm: opts.orm,
      uploadDir: opts.uploadDir ?? DEFAULT_UPLOAD_DIR,
      storage: opts.fileStorage ?? (opts.databaseKind === 'postgresql' ? 'database' : 'directory'),
      maxBytes: opts.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES,
      report,
    }),
  );

  app.use(leaseUnitPhotos({ orm: opts.orm, uploadDir: opts.uploadDir ?? DEFAULT_UPLOAD_DIR, report }));

  const dir = opts.dashboardDir;
  if (dir && existsSync(join(dir, 'index.html'))) {
    app.use(dashboardAssets(dir));
    // A missing hashed asset (a tab left open across a deploy) is a 404, not the single page parsed as script.
    app.use('/assets', notFound);
    app.get('/graphiql', (_req, res) => sendPage(res, join(dir, 'graphiql.html')));
    // Client-side routes of the dashboard all load its single page.
    app.get('/{*path}', (_req, res) => sendPage(res, join(dir, 'index.html')));
  } else {
    app.get('/', (_req, res) =>
      res.status(503).type('text/plain; charset=utf-8').send('控制台尚未构建：请先运行 pnpm --filter @wuye/dashboard build\nDashboard not built yet.'),
    );
  }
  app.use(notFound);
  app.use(lastResortErrors(report));
  return {
    app,
    apollo,
    errorLog,
    responseCache: cache,
    beginShutdown: () => {
      stopping = true;
    },
  };
}
