import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { MAX_TOKENS, buildSchema, localeFromHeader, principalOf, type Context } from '@wuye/api';
import type { DriverName, Em } from '@wuye/db';
import { clock } from '@wuye/db';
import { bilingual } from '@wuye/domain';
import { PREFLIGHT_HEADERS, graphqlBodyCheck, lastResortErrors, notFound } from './http-errors.js';
import { DEFAULT_UPLOAD_DIR, DEFAULT_UPLOAD_MAX_BYTES, evidenceFiles } from './files.js';
import { costReportPlugin, documentSizeGuard, noSchemaHintsForAnonymousPlugin, operationGuardPlugin } from './graphql-guards.js';
import { authenticate, bearer } from './auth.js';
import { analyticsRoutes } from './analytics-routes.js';
import { DEFAULT_RATE_LIMITS, loginLimiters, requestLimiters, type RateLimits } from './rate-limits.js';

export interface AppOptions {
  orm: MikroORM;
  databaseKind: DriverName;
  dashboardDir?: string | null;
  bodyLimit?: string;
  trustProxy?: string | false;
  /** Where evidence files are stored (default data/uploads) and the size limit of one file (default 10 MB). */
  uploadDir?: string;
  uploadMaxBytes?: number;
  /** Requests per address and per token, login attempts per address (default DEFAULT_RATE_LIMITS). */
  rateLimits?: RateLimits;
  /** Receives unexpected errors (their details never reach the client). */
  logError?: (err: unknown) => void;
}

/** Keeps GraphQL errors as they are and hides anything unexpected behind a generic, localised message. */
function maskUnexpected(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const original = (error as { originalError?: unknown }).originalError;
  if (code === 'INTERNAL_SERVER_ERROR' && original && !(original instanceof GraphQLError)) {
    log(original);
    return { message: bilingual('http.errors.INTERNAL_SERVER_ERROR'), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return formatted;
}

export async function createApp(opts: AppOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const log = opts.logError ?? ((e) => console.error(e));
  const app = express();
  app.disable('x-powered-by');
  if (opts.trustProxy) app.set('trust proxy', opts.trustProxy);
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
    try {
      await opts.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: opts.databaseKind, now: clock.now().toISOString() });
    } catch (e) {
      log(e);
      res.status(503).json({ status: 'error', database: 'unreachable', now: clock.now().toISOString() });
    }
  });

  const schema = buildSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      costReportPlugin(schema),
      operationGuardPlugin(schema),
      noSchemaHintsForAnonymousPlugin(),
    ],
    // Batched requests stay off (Apollo's default): every limit is per operation, one operation per request.
    allowBatchedHttpRequests: false,
    // graphqlBodyCheck answers unpreflighted requests first, in the reader's language; Apollo's check stays behind it.
    csrfPrevention: { requestHeaders: PREFLIGHT_HEADERS },
    // documentSizeGuard refuses long documents first, with a localised error; this bounds any other path.
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: (formatted, error) => maskUnexpected(formatted, error, log),
  });
  await apollo.start();

  const limits = opts.rateLimits ?? DEFAULT_RATE_LIMITS;
  const limiters = requestLimiters(limits);
  if (limiters.length > 0) app.use(['/graphql', '/files', '/export', '/bulletins'], ...limiters);

  app.use(
    '/graphql',
    express.json({ limit: opts.bodyLimit ?? '1mb' }),
    graphqlBodyCheck,
    documentSizeGuard(),
    ...loginLimiters(limits),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = opts.orm.em.fork() as Em;
        const caller = await authenticate(em, bearer(req));
        return {
          em,
          principal: caller ? principalOf(caller.user) : null,
          user: caller?.user ?? null,
          sessionId: caller?.sessionId ?? null,
          apiTokenId: caller?.apiTokenId ?? null,
          locale: localeFromHeader(req.headers['accept-language']),
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
        } satisfies Context;
      },
    }),
  );

  app.use(analyticsRoutes({ orm: opts.orm, schema, logError: log }));
  app.use(evidenceFiles({ orm: opts.orm, uploadDir: opts.uploadDir ?? DEFAULT_UPLOAD_DIR, maxBytes: opts.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES, logError: log }));

  const dir = opts.dashboardDir;
  if (dir && existsSync(join(dir, 'index.html'))) {
    app.use(express.static(dir, { index: false, maxAge: '1h' }));
    app.get('/graphiql', (_req, res) => res.sendFile(join(dir, 'graphiql.html')));
    // Client-side routes of the dashboard all load its single page.
    app.get('/{*path}', (_req, res) => res.sendFile(join(dir, 'index.html')));
  } else {
    app.get('/', (_req, res) =>
      res.status(503).type('text/plain; charset=utf-8').send('控制台尚未构建：请先运行 pnpm --filter @wuye/dashboard build\nDashboard not built yet.'),
    );
  }
  app.use(notFound);
  app.use(lastResortErrors(log));
  return { app, apollo };
}
