import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { localeFromHeader } from '@wuye/api';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '@wuye/db';
import { text, type Locale, type MessageCode } from '@wuye/domain';

/**
 * Errors raised before a request reaches a route (body parsing, URI decoding, unknown paths) and the unexpected
 * ones after it, answered in the shape of a GraphQL error — `{ errors: [{ message, extensions: { code } }] }` — with
 * a localised message and the right status. Express's own error pages (HTML, with stack traces and absolute paths
 * outside production) are never reached.
 */
/** The answers this module gives: each code's message is `http.errors.<code>` in the catalogue. */
export type HttpErrorCode = MessageCode<'http.errors'>;

export function sendError(res: Response, status: number, code: HttpErrorCode, locale: Locale): void {
  res.status(status).json({ errors: [{ message: text(`http.errors.${code}`, locale), extensions: { code } }] });
}

/**
 * The database is down, restarting or locked: 503 with Retry-After and the code DATABASE_UNAVAILABLE, so a client
 * (and the load balancer) can tell an outage from a bug and retry.
 */
export function sendDatabaseUnavailable(res: Response, locale: Locale): void {
  const seconds = DATABASE_RETRY_AFTER_SECONDS;
  res.setHeader('Retry-After', String(seconds));
  res.status(503).json({
    errors: [{ message: text('http.errors.DATABASE_UNAVAILABLE', locale, { seconds }), extensions: { code: 'DATABASE_UNAVAILABLE', retryAfter: seconds } }],
  });
}

const localeOf = (req: Request) => localeFromHeader(req.headers['accept-language']);

/** What an error from body-parser, the router or serve-static means for the client (null: our fault, a 500). */
function clientError(err: unknown): { status: number; code: HttpErrorCode } | null {
  const e = err as { type?: string; status?: number; statusCode?: number; expose?: boolean };
  switch (e?.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'MALFORMED_JSON' };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE' };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' };
  }
  const status = e?.status ?? e?.statusCode;
  // The router marks a path parameter it cannot percent-decode as a URIError with status 400.
  if (err instanceof URIError) return { status: 400, code: 'BAD_URI' };
  if (typeof status === 'number' && status >= 400 && status < 500)
    return { status, code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST' };
  return null;
}

/** Headers that mark a GraphQL GET as preflighted (Apollo's csrfPrevention is given the same list). */
export const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];
/** Content types a browser sends cross-site without a preflight. */
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/** Apollo's CSRF rule: a request a browser would send cross-site without a preflight may not run an operation. */
function preflighted(req: Request): boolean {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type && !SIMPLE_TYPES.includes(type)) return true;
  return PREFLIGHT_HEADERS.some((h) => (req.headers[h] ?? '').length > 0);
}

/**
 * A GraphQL POST must be a JSON object and a GET must be preflighted: anything else is answered here, in the
 * reader's language, before Apollo (which would answer the same cases in English only).
 */
export const graphqlBodyCheck: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return preflighted(req) ? next() : sendError(res, 400, 'CSRF_BLOCKED', localeOf(req));
  if (!req.is('application/json')) return sendError(res, 415, 'NOT_JSON', localeOf(req));
  const body: unknown = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body) || Object.keys(body).length === 0)
    return sendError(res, 400, 'NO_OPERATION', localeOf(req));
  next();
};

/** After every route: an address nothing answers. */
export const notFound: RequestHandler = (req, res) => sendError(res, 404, 'NOT_FOUND', localeOf(req));

/**
 * The last resort: a client mistake gets its 4xx; the database being unavailable a 503 with Retry-After; anything else
 * is reported (on the request's log line) and answered 500 for this request only.
 */
export function lastResortErrors(report: (err: unknown, res: Response) => void): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const known = clientError(err);
    if (!known) report(err, res);
    if (res.headersSent) {
      // Part of a response is out (a stream that failed midway): all we can do is cut it short.
      res.destroy();
      return;
    }
    if (!known && isDatabaseUnavailable(err)) return sendDatabaseUnavailable(res, localeOf(req));
    if (known?.status === 413) res.setHeader('Connection', 'close');
    sendError(res, known?.status ?? 500, known?.code ?? 'INTERNAL_SERVER_ERROR', localeOf(req));
  };
}
