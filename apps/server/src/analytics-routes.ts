import type { Writable } from 'node:stream';
import { Router, type Request, type Response } from 'express';
import ExcelJS from 'exceljs';
import type { MikroORM } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import { ListFilterError, dataScopeOf, listRowsSql, localeFromHeader, principalOf, visibleBulletinStatuses, type Context } from '@wuye/api';
import {
  Bulletin,
  EXPORT_LISTS,
  LEASING_EXPORTS,
  RANKING_EXPORT_COLUMNS,
  clock,
  countExportRows,
  exportBatches,
  exportColumns,
  exportPermission,
  leasingExportColumns,
  leasingExportRows,
  parseId,
  rankingExportBatches,
  type Em,
  type ExportFilter,
  type ExportList,
  type LeasingExport,
  type ReplicaMonitor,
} from '@wuye/db';
import {
  CREDIT_GRADES,
  ISSUE_CATEGORIES,
  can,
  type CreditGrade,
  csvLine,
  isIsoDate,
  text,
  type IssueCategory,
  type Locale,
  type MessageCode,
} from '@wuye/domain';
import { authenticate, bearer } from './auth.js';
import { bulletinHtml, bulletinWorkbook } from './bulletin-page.js';
import { readEmFor } from './read-replica.js';

/**
 * Streamed exports and the bulletin's printable page:
 *
 *   GET /export/<list>.csv | .xlsx   lists: issues, complaints, enterprises, communities, credit-records, inspections,
 *                                    project-managers, objections, repair-applications
 *        query: filter=<JSON>: the list's GraphQL filter, exactly as the list query takes it (quick filters, search
 *               text, channel, grade…), applied by the list's own WHERE (@wuye/api listRowsSql): the export holds the
 *               rows the list shows;
 *               townshipId enterpriseId departmentId category state from to (same meaning as the GraphQL filters)
 *        file name: <list>-<today in Asia/Shanghai>.<format>
 *        auth:  Authorization: Bearer <session or API token>; scoped exactly like GraphQL (export:read and the
 *               list's own read permission, e.g. inspection:read)
 *        progress: `X-Total-Rows` header (counted before streaming); rows follow in id order, written batch by
 *        batch (5,000 rows) and only after the socket has drained, so memory stays flat whatever the size.
 *   GET /export/leasing/<rent-roll|lease-arrears>.csv | .xlsx   the caller's agency's rent roll or arrears with their
 *        ageing (lease:read: only an agency's working group), query: asOf=YYYY-MM-DD (default today in Asia/Shanghai);
 *        file name: <list>-<asOf>.<format>; the same headers catalogue (zh-CN / en by Accept-Language)
 *   GET /export/ranking.csv | .xlsx   the whole credit ranking in rank order (export:read and credit:read), scoped
 *        like the `ranking` query; query: townshipId grade asOf worstFirst; read in pages of 5,000 through the ranking
 *   GET /bulletins/<id>/print          A4 HTML page with print CSS (published: anyone; drafts: bulletin:read)
 *   GET /bulletins/<id>/download       the same page as a file; ?format=xlsx for an Excel workbook
 */
export interface AnalyticsRouteOptions {
  orm: MikroORM;
  /** Puts an unexpected error on the request's log line. */
  report: (err: unknown, res: Response) => void;
  /** The GraphQL schema: a list's `filter` is coerced by its input type, as the list query would. */
  schema: GraphQLSchema;
  /** Rows read per batch (default 5,000). */
  batchSize?: number;
  /** Exports read from this replica when it serves the caller (read-replica.ts). */
  replica?: ReplicaMonitor | undefined;
}

const BATCH = 5000;

/** What an export is refused with: `auth.UNAUTHENTICATED` or `exports.<code>` in the catalogue. */
type FailCode = 'UNAUTHENTICATED' | MessageCode<'exports'>;

function fail(res: Response, status: number, code: FailCode, locale: Locale, field?: string) {
  res
    .status(status)
    .json({ error: { code, message: text(code === 'UNAUTHENTICATED' ? 'auth.UNAUTHENTICATED' : `exports.${code}`, locale), ...(field ? { field } : {}) } });
}

function id(v: unknown): number | null | undefined {
  if (v == null || v === '') return null;
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** Query parameters → export filter; the name of the first bad parameter otherwise. */
function filterOf(q: Request['query']): ExportFilter | string {
  const f: ExportFilter = {};
  for (const key of ['townshipId', 'enterpriseId', 'departmentId'] as const) {
    const v = id(q[key]);
    if (v === undefined) return key;
    f[key] = v;
  }
  if (q.category != null && q.category !== '') {
    if (!ISSUE_CATEGORIES.includes(q.category as IssueCategory)) return 'category';
    f.category = q.category as IssueCategory;
  }
  if (typeof q.state === 'string' && q.state) {
    if (!/^[A-Z_]{1,30}$/.test(q.state)) return 'state';
    f.state = q.state;
  }
  for (const key of ['from', 'to'] as const) {
    const v = q[key];
    if (v == null || v === '') continue;
    if (typeof v !== 'string' || !isIsoDate(v)) return key;
    f[key] = v;
  }
  return f;
}

/** Writes and waits for the socket to drain when its buffer is full (backpressure). */
async function write(out: Writable, chunk: string) {
  if (!out.write(chunk)) await drained(out);
}

/** The socket drained; rejects if the client went away first (no 'drain' would ever come, the export would hang). */
function drained(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('client closed the connection'));
  return new Promise((ok, fail) => {
    const onDrain = () => {
      out.off('close', onClose);
      ok();
    };
    const onClose = () => {
      out.off('drain', onDrain);
      fail(new Error('client closed the connection'));
    };
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}

/** The GraphQL list query behind each export. */
const GRAPHQL_LIST: Record<ExportList, string> = {
  issues: 'issues',
  complaints: 'complaints',
  enterprises: 'enterprises',
  communities: 'communities',
  'credit-records': 'creditRecords',
  inspections: 'inspections',
  'project-managers': 'projectManagers',
  objections: 'objections',
  'repair-applications': 'repairApplications',
};

/** `?filter=<JSON object>` → the JSON; undefined when absent; null when it is not a JSON object. */
function listFilterParam(v: unknown): Record<string, unknown> | null | undefined {
  if (v == null || v === '') return undefined;
  if (typeof v !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(v);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `?townshipId&grade&asOf&worstFirst` of the ranking export → the ranking's own filter; the first bad name otherwise. */
function rankingQueryOf(q: Request['query']): { townshipId: number | null; grade: CreditGrade | null; asOf: string | null; worstFirst: boolean } | string {
  const townshipId = id(q.townshipId);
  if (townshipId === undefined) return 'townshipId';
  let grade: CreditGrade | null = null;
  if (q.grade != null && q.grade !== '') {
    if (!CREDIT_GRADES.includes(q.grade as CreditGrade)) return 'grade';
    grade = q.grade as CreditGrade;
  }
  let asOf: string | null = null;
  if (q.asOf != null && q.asOf !== '') {
    if (typeof q.asOf !== 'string' || !isIsoDate(q.asOf)) return 'asOf';
    asOf = q.asOf;
  }
  if (q.worstFirst != null && q.worstFirst !== '' && q.worstFirst !== 'true' && q.worstFirst !== 'false') return 'worstFirst';
  return { townshipId, grade, asOf, worstFirst: q.worstFirst === 'true' };
}

type Cell = string | number | null;

/**
 * Writes an export as it is read: headers (file name, `X-Total-Rows`) once the total is known, then each batch as CSV
 * lines or committed worksheet rows, waiting for the socket to drain between batches so memory stays flat.
 */
async function streamExport<T extends number | { total: number }>(
  res: Response,
  opts: AnalyticsRouteOptions,
  e: {
    name: string;
    format: 'csv' | 'xlsx';
    /** The date in the file name: today unless the export is as of another day. */
    fileDate?: string;
    headers: { header: string; key: string; type: string }[];
    total: () => Promise<T>;
    batches: (first: T) => AsyncIterable<Cell[][]>;
  },
) {
  try {
    const first = await e.total();
    const total = typeof first === 'number' ? first : first.total;
    res.setHeader('Content-Type', e.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${e.name}-${e.fileDate ?? clock.today()}.${e.format}"`);
    res.setHeader('X-Total-Rows', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Rows');
    res.setHeader('Cache-Control', 'no-store');
    if (e.format === 'csv') {
      // BOM: Excel opens UTF-8 CSV with Chinese text correctly only with it.
      await write(res, `\uFEFF${csvLine(e.headers.map((h) => h.header))}\r\n`);
      for await (const batch of e.batches(first)) await write(res, batch.map(csvLine).join('\r\n') + '\r\n');
      res.end();
    } else {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: false });
      const sheet = workbook.addWorksheet(e.name);
      sheet.columns = e.headers.map((h) => ({ header: h.header, key: h.key, width: h.type === 'string' ? 24 : 14 }));
      for await (const batch of e.batches(first)) {
        for (const row of batch) sheet.addRow(row).commit();
        // Let the zip stream flush to the socket before reading the next batch.
        if (res.writableNeedDrain) await drained(res);
      }
      sheet.commit();
      await workbook.commit();
    }
  } catch (err) {
    // Before any byte: the last-resort handler logs it and answers 500. Midway: cut the download short.
    if (!res.headersSent) throw err;
    if (!res.destroyed) opts.report(err, res);
    res.destroy();
  }
}

export function analyticsRoutes(opts: AnalyticsRouteOptions): Router {
  const router = Router();

  // The whole credit ranking, scoped and filtered like the `ranking` query, read page by page through the ranking itself.
  router.get('/export/ranking.:format', async (req, res) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    const format = String(req.params.format);
    if (format !== 'csv' && format !== 'xlsx') return fail(res, 404, 'NOT_FOUND', locale);
    const em = opts.orm.em.fork() as Em;
    const caller = await authenticate(em, bearer(req));
    if (!caller) return fail(res, 401, 'UNAUTHENTICATED', locale);
    const principal = principalOf(caller.user);
    if (!can(principal, 'export:read') || !can(principal, 'credit:read')) return fail(res, 403, 'FORBIDDEN', locale);
    const q = rankingQueryOf(req.query);
    if (typeof q === 'string') return fail(res, 400, 'BAD_FILTER', locale, q);
    const query = { ...q, today: clock.today(), scope: dataScopeOf({ principal }) };
    // The first page is read before the headers go out (it carries the total), then handed to the writer.
    const pages = rankingExportBatches(readEmFor(opts.replica, em, caller.user, res), query, opts.batchSize ?? BATCH, locale);
    await streamExport(res, opts, {
      name: 'ranking',
      format,
      headers: RANKING_EXPORT_COLUMNS.map((c) => ({ header: text(c.header, locale), key: c.key, type: c.type })),
      total: async () => {
        const first = await pages.next();
        return first.done ? { total: 0, rows: [] } : first.value;
      },
      batches: async function* (first) {
        if (first.rows.length) yield first.rows;
        for await (const page of pages) yield page.rows;
      },
    });
  });

  router.get('/export/:file', async (req, res) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    const m = /^([a-z-]+)\.(csv|xlsx)$/.exec(String(req.params.file));
    if (!m || !EXPORT_LISTS.includes(m[1] as ExportList)) return fail(res, 404, 'NOT_FOUND', locale);
    const [list, format] = [m[1] as ExportList, m[2] as 'csv' | 'xlsx'];
    const em = opts.orm.em.fork() as Em;
    const caller = await authenticate(em, bearer(req));
    if (!caller) return fail(res, 401, 'UNAUTHENTICATED', locale);
    const principal = principalOf(caller.user);
    if (!can(principal, 'export:read') || !can(principal, exportPermission(list))) return fail(res, 403, 'FORBIDDEN', locale);
    const filter = filterOf(req.query);
    if (typeof filter === 'string') return fail(res, 400, 'BAD_FILTER', locale, filter);
    const listFilter = listFilterParam(req.query.filter);
    if (listFilter === null) return fail(res, 400, 'BAD_FILTER', locale, 'filter');
    if (listFilter) {
      const ctx: Context = { em, principal, user: caller.user, sessionId: null, locale, ip: null, userAgent: null };
      try {
        filter.rowsIn = listRowsSql(opts.schema, GRAPHQL_LIST[list], ctx, listFilter);
      } catch (e) {
        if (e instanceof ListFilterError) return fail(res, 400, 'BAD_FILTER', locale, e.field);
        throw e;
      }
    }
    const scope = dataScopeOf({ principal });
    const columns = exportColumns(list);
    const rows = readEmFor(opts.replica, em, caller.user, res);
    await streamExport(res, opts, {
      name: list,
      format,
      headers: columns.map((c) => ({ header: text(c.header, locale), key: c.key, type: c.type })),
      total: () => countExportRows(rows, list, filter, scope),
      batches: async function* () {
        for await (const batch of exportBatches(rows, list, filter, scope, opts.batchSize ?? BATCH, locale)) {
          yield batch;
          rows.clear();
        }
      },
    });
  });

  router.get('/export/leasing/:file', async (req, res) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    const m = /^([a-z-]+)\.(csv|xlsx)$/.exec(String(req.params.file));
    if (!m || !LEASING_EXPORTS.includes(m[1] as LeasingExport)) return fail(res, 404, 'NOT_FOUND', locale);
    const [list, format] = [m[1] as LeasingExport, m[2] as 'csv' | 'xlsx'];
    const em = opts.orm.em.fork() as Em;
    const caller = await authenticate(em, bearer(req));
    if (!caller) return fail(res, 401, 'UNAUTHENTICATED', locale);
    const principal = principalOf(caller.user);
    const agencyId = principal.role === 'AGENCY' && principal.agencyId ? parseId(principal.agencyId) : null;
    if (!can(principal, 'lease:read') || !agencyId) return fail(res, 403, 'FORBIDDEN', locale);
    const asOf = req.query.asOf == null || req.query.asOf === '' ? clock.today() : req.query.asOf;
    if (typeof asOf !== 'string' || !isIsoDate(asOf)) return fail(res, 400, 'BAD_FILTER', locale, 'asOf');
    const rows = await leasingExportRows(em, list, agencyId, asOf, locale);
    await streamExport(res, opts, {
      name: list,
      format,
      fileDate: asOf,
      headers: leasingExportColumns(list).map((c) => ({ header: text(c.header, locale), key: c.key, type: c.type })),
      total: async () => rows.length,
      batches: async function* () {
        yield rows;
      },
    });
  });

  const bulletinFor = async (req: Request): Promise<Bulletin | null> => {
    const em = opts.orm.em.fork() as Em;
    const caller = await authenticate(em, bearer(req));
    const principal = caller ? principalOf(caller.user) : null;
    const key = id(req.params.id);
    if (!key) return null;
    return em.findOne(Bulletin, { id: key, status: { $in: visibleBulletinStatuses({ principal }) } });
  };

  router.get('/bulletins/:id/print', async (req, res) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    const b = await bulletinFor(req);
    if (!b) return fail(res, 404, 'NOT_FOUND', locale);
    res.type('text/html; charset=utf-8').send(bulletinHtml(b, locale));
  });

  router.get('/bulletins/:id/download', async (req, res) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    const b = await bulletinFor(req);
    if (!b) return fail(res, 404, 'NOT_FOUND', locale);
    if (req.query.format === 'xlsx') {
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', `attachment; filename="bulletin-${b.month}.xlsx"`);
      await bulletinWorkbook(b, locale).xlsx.write(res);
      res.end();
      return;
    }
    res.setHeader('Content-Disposition', `attachment; filename="bulletin-${b.month}.html"`);
    res.type('text/html; charset=utf-8').send(bulletinHtml(b, locale));
  });

  return router;
}
