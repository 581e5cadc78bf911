import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { databaseUnavailableReason } from '@wuye/db';

/**
 * Structured JSON logs (pino), one object a line, fit to keep:
 * - every request is one line with its id (X-Request-Id, taken from the proxy when well-formed), method, path without
 *   query string, GraphQL operation name, status and time; a failed request carries its error on that same line;
 * - an error's stack is written once per kind of error and window (REPEAT_WINDOW_MS); repeats within the window carry
 *   only the error's kind and a count, and a summary line counts them when the window closes — an outage of
 *   thousands of failed requests costs one line per request, not one stack trace each;
 * - nothing a client sent is written: no headers (bearer tokens), no bodies or GraphQL variables (passwords, names,
 *   phones), no query strings, no client addresses (the proxy's access log holds those), and no SQL — a driver's
 *   message carries the statement with its parameter values inlined (token hashes, audit payloads), so only the
 *   database's own message after it is kept, with quoted values blanked.
 */

export type { Logger } from 'pino';

/** Repeats of one kind of error within this window are counted, not written out. */
export const REPEAT_WINDOW_MS = 10_000;

/** Keys that never reach a line even if some future call site passes them (pino redact, a second safety net). */
const REDACT = [
  'req.headers',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.tokenHash',
  '*.passwordHash',
  '*.variables',
  '*.parameters',
  '*.bindings',
  '*.sql',
];

export interface LoggerOptions {
  /** pino level: fatal, error, warn, info (default), debug, trace or silent. */
  level?: string;
  /** Where lines go (default stdout). Tests pass a stream to read them. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'wuye-server', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: errorForLog },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}

/** An error as written to the log: never the raw object (its fields may hold SQL, parameters, row values). */
export interface LoggedError {
  type: string;
  message: string;
  code?: string;
  /** Set when the database is unavailable (see @wuye/db unavailable.ts): ECONNREFUSED, 57P01, SQLITE_BUSY, … */
  databaseUnavailable?: string;
  stack?: string[];
  /** Errors of this kind within the current window so far, this one included (from the second on). */
  repeat?: number;
}

const LOGGED = Symbol('logged error');
type Marked = LoggedError & { [LOGGED]: true };

/**
 * The database's message without the SQL statement the query builder puts in front of it (`<sql> - <message>`), with
 * quoted values blanked (`'…'`), at most 300 characters.
 */
export function safeMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : (error as { message?: unknown })?.message;
  // MikroORM appends the server's detail ("Key (username)=(zhang) already exists") on new lines: keep the first line.
  const text = typeof raw === 'string' ? raw : '';
  let m = text.split('\n')[0]!;
  // A statement written over several lines (a hand-written query) puts `<sql> - <message>` across them: join first.
  if (looksLikeSql(m) && !m.includes(' - ')) {
    const lines = text.split('\n');
    const end = lines.findIndex((l) => l.includes(' - '));
    if (end > 0)
      m = lines
        .slice(0, end + 1)
        .map((l) => l.trim())
        .join(' ');
  }
  const cut = m.lastIndexOf(' - ');
  if (cut >= 0 && looksLikeSql(m.slice(0, cut))) m = m.slice(cut + 3);
  else if (looksLikeSql(m)) m = '(SQL statement)';
  m = m.replace(/'(?:[^']|'')*'/g, "'…'").replace(/\((?:[^()]*)\)=\((?:[^()]*)\)/g, '(…)=(…)');
  return m.length > 300 ? `${m.slice(0, 300)}…` : m;
}

function looksLikeSql(s: string): boolean {
  return /^\s*(select|insert|update|delete|with|begin|commit|rollback|savepoint|release|create|alter|drop|set|pragma|copy|lock|truncate)\b/i.test(s);
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(code) ? code : undefined;
}

/** The code's own frames only ("at fn (file:line:col)"), never the first line, which repeats the message. */
function framesOf(error: unknown, max = 12): string[] | undefined {
  const stack = (error as { stack?: unknown })?.stack;
  if (typeof stack !== 'string') return undefined;
  const frames = stack
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('at '));
  return frames.length > 0 ? frames.slice(0, max) : undefined;
}

function innermost(error: unknown): unknown {
  const original = (error as { originalError?: unknown })?.originalError;
  return original && original !== error ? innermost(original) : error;
}

/** The serializer of `err`: an error that went through ErrorLog.describe is kept, anything else described afresh. */
export function errorForLog(error: unknown): LoggedError {
  if (error && typeof error === 'object' && LOGGED in error) {
    const { [LOGGED]: _mark, ...rest } = error as Marked;
    return rest;
  }
  return describeError(error, true);
}

function describeError(error: unknown, withStack: boolean): LoggedError {
  const e = innermost(error);
  const out: LoggedError = {
    type: e instanceof Error ? e.constructor.name : typeof e,
    message: safeMessage(e),
  };
  const code = codeOf(e);
  if (code) out.code = code;
  const reason = databaseUnavailableReason(error);
  if (reason) out.databaseUnavailable = reason;
  const frames = withStack ? framesOf(e) : undefined;
  if (frames) out.stack = frames;
  return out;
}

/**
 * Counts errors by kind (type, code, message) within REPEAT_WINDOW_MS. The first of a kind is described with its
 * stack; later ones get a repeat count and no stack; when a window with repeats closes, one summary line is written.
 */
export class ErrorLog {
  private readonly windows = new Map<string, { opened: number; count: number; sample: LoggedError }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly logger: Logger,
    private readonly windowMs = REPEAT_WINDOW_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.timer = setInterval(() => this.flush(false), windowMs);
    this.timer.unref();
  }

  /** The error as the request's log line should carry it. */
  describe(error: unknown): LoggedError {
    const brief = describeError(error, false);
    const key = `${brief.type}|${brief.code ?? ''}|${brief.databaseUnavailable ?? ''}|${brief.message}`;
    const at = this.now();
    const open = this.windows.get(key);
    if (open && at - open.opened < this.windowMs) {
      open.count += 1;
      return mark({ ...brief, repeat: open.count });
    }
    if (open) this.summarise(open);
    const full = describeError(error, true);
    this.windows.set(key, { opened: at, count: 1, sample: brief });
    return mark(full);
  }

  /** Writes the summaries of closed windows (all windows when `all`, e.g. at shutdown). */
  flush(all = true): void {
    const at = this.now();
    for (const [key, w] of this.windows) {
      if (all || at - w.opened >= this.windowMs) {
        this.summarise(w);
        this.windows.delete(key);
      }
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.flush(true);
  }

  private summarise(w: { opened: number; count: number; sample: LoggedError }): void {
    if (w.count <= 1) return;
    this.logger.warn({ err: mark(w.sample), repeats: w.count, windowSeconds: Math.round(this.windowMs / 1000) }, 'errors repeated');
  }
}

function mark(e: LoggedError): Marked {
  return Object.assign(e, { [LOGGED]: true as const });
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

type Req = IncomingMessage & { id?: unknown; body?: { operationName?: unknown }; originalUrl?: string };

/** The request line: one per request, silent for a healthy /healthz (the load balancer asks every few seconds). */
export function requestLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    wrapSerializers: false,
    quietReqLogger: true,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: Req) => ({ method: req.method, path: (req.originalUrl ?? req.url ?? '').split('?')[0]!.slice(0, 200) }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
      err: errorForLog,
    },
    customProps: (req: Req) => {
      const name = req.body?.operationName;
      return typeof name === 'string' && OPERATION_NAME.test(name) ? { operation: name } : {};
    },
    customLogLevel: (req, res, err) => {
      if (res.statusCode === 503) return 'warn';
      if (err || res.statusCode >= 500) return 'error';
      if ((req as Req).url?.startsWith('/healthz')) return 'silent';
      return 'info';
    },
    // A 5xx with no error reported (e.g. a 503 answered on purpose) needs no made-up error and stack on its line.
    customErrorObject: (_req, res, error, value: Record<string, unknown>) =>
      !(res as { err?: unknown }).err && error instanceof Error && error.message.startsWith('failed with status code') ? { ...value, err: undefined } : value,
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customAttributeKeys: { reqId: 'reqId', responseTime: 'ms' },
  });
}
