/**
 * Server-side exports (`GET /export/<list>.csv|.xlsx`, docs/kpi.md "Exports and progress"): the list's filter passed
 * as `?filter=<JSON>`, the response read as a stream with progress, and the file saved under its name.
 * No React here; `ServerExport.tsx` is the dialog around it.
 */
import { errorOf } from './httpError';

export const EXPORT_LISTS = [
  'issues',
  'complaints',
  'enterprises',
  'communities',
  'credit-records',
  'inspections',
  'project-managers',
  'objections',
  'repair-applications',
] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
export type ExportFormat = 'csv' | 'xlsx';

/** The react-admin resource of an export list (its name and field labels). */
export const EXPORT_RESOURCE: Readonly<Record<ExportList, string>> = {
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

/** Rough size of one zipped xlsx row, for a byte-based estimate (docs/kpi.md). */
export const XLSX_BYTES_PER_ROW = 110;

/** The export's query parameters (apps/server/src/analytics-routes.ts): the list's filter as the list query sends it. */
export type ExportParams = { filter?: string };

/**
 * The list's current filter → the export's `?filter=<JSON>`: exactly the filter the data provider sends the list query
 * (quick filters, search text and all), which the server applies through the list's own WHERE.
 */
export function exportParams(listFilter: Record<string, unknown>): ExportParams {
  return Object.keys(listFilter).length ? { filter: JSON.stringify(listFilter) } : {};
}

export function exportUrl(list: ExportList, format: ExportFormat, params: ExportParams): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined) as [string, string][]).toString();
  return `/export/${list}.${format}${query ? `?${query}` : ''}`;
}

/** `attachment; filename="issues-2026-11-15.csv"` (or RFC 5987 `filename*=UTF-8''…`) → the name, if any. */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // malformed escape: fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = plain ? (plain[2] ?? plain[1]!).trim() : '';
  return name || null;
}

/**
 * The name to save under: the server's name (`issues-2026-11-15.csv`) with the list's code replaced by its name in the
 * UI language (`问题台账-2026-11-15.csv`); `<title>-<date>.<format>` when the server gave none.
 */
export function exportFilename(list: ExportList, format: ExportFormat, disposition: string | null | undefined, title: string, today: string): string {
  const server = filenameFromDisposition(disposition)?.replace(/[/\\]/g, '_');
  if (server?.startsWith(`${list}-`)) return `${title}${server.slice(list.length)}`;
  return server ?? `${title}-${today}.${format}`;
}

export interface ExportProgress {
  /** Bytes received so far. */
  bytes: number;
  /** Data rows received so far (CSV only; the header line is not counted). */
  rows: number;
  /** `X-Total-Rows`, when the server sent it. */
  total: number | null;
  /** 0…1, or null when it cannot be told (indeterminate bar). */
  fraction: number | null;
}

/**
 * Counts CSV records (line ends outside quotes) across chunk boundaries. Works on bytes: in UTF-8 neither `"` nor `\n`
 * occurs inside a multi-byte character, and a doubled `""` flips the quote state twice.
 */
export function csvLineCounter() {
  let quoted = false;
  let lines = 0;
  return {
    push(chunk: Uint8Array): number {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (b === 0x22) quoted = !quoted;
        else if (b === 0x0a && !quoted) lines++;
      }
      return lines;
    },
    get lines() {
      return lines;
    },
  };
}

export function progressOf(format: ExportFormat, bytes: number, lines: number, total: number | null, done = false): ExportProgress {
  const rows = format === 'csv' ? Math.max(0, lines - 1) : 0;
  let fraction: number | null = null;
  if (done) fraction = 1;
  else if (total === 0) fraction = null;
  else if (total !== null && format === 'csv') fraction = Math.min(1, rows / total);
  // A zipped workbook's size is only an estimate: never claim to be finished before the stream ends.
  else if (total !== null) fraction = Math.min(0.99, bytes / (total * XLSX_BYTES_PER_ROW));
  return { bytes, rows, total, fraction };
}

/** Reads a response body to the end, reporting progress after every chunk; rejects with an AbortError when aborted. */
export async function readWithProgress(
  body: ReadableStream<Uint8Array>,
  format: ExportFormat,
  total: number | null,
  onProgress: (p: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<{ chunks: Uint8Array[]; progress: ExportProgress }> {
  const reader = body.getReader();
  const counter = csvLineCounter();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const abort = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) throw abortError();
      const { done, value } = await reader.read();
      if (signal?.aborted) throw abortError();
      if (done) break;
      chunks.push(value);
      bytes += value.length;
      if (format === 'csv') counter.push(value);
      onProgress(progressOf(format, bytes, counter.lines, total));
    }
  } finally {
    signal?.removeEventListener('abort', abort);
  }
  const progress = progressOf(format, bytes, counter.lines, total, true);
  onProgress(progress);
  return { chunks, progress };
}

const abortError = () => new DOMException('The export was cancelled', 'AbortError');

export const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

export interface ExportRequest {
  list: ExportList;
  format: ExportFormat;
  params: ExportParams;
  headers: Record<string, string>;
  /** Called once the headers are in: the row count the server announced. */
  onStart?: (total: number | null) => void;
  onProgress: (p: ExportProgress) => void;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

export interface ExportResult {
  blob: Blob;
  disposition: string | null;
  progress: ExportProgress;
}

/** Fetches one export with the caller's headers (bearer token), streaming it with progress into a Blob. */
export async function fetchExport(req: ExportRequest): Promise<ExportResult> {
  const fetchImpl = req.fetchImpl ?? fetch;
  const response = await fetchImpl(exportUrl(req.list, req.format, req.params), { headers: req.headers, signal: req.signal });
  if (!response.ok) throw await errorOf(response);
  const header = response.headers.get('X-Total-Rows');
  const total = header !== null && /^\d+$/.test(header) ? Number(header) : null;
  req.onStart?.(total);
  const type = response.headers.get('Content-Type') ?? (req.format === 'csv' ? 'text/csv' : 'application/octet-stream');
  const disposition = response.headers.get('Content-Disposition');
  if (!response.body) {
    const blob = await response.blob();
    const progress = progressOf(req.format, blob.size, 0, total, true);
    req.onProgress(progress);
    return { blob, disposition, progress };
  }
  const { chunks, progress } = await readWithProgress(response.body, req.format, total, req.onProgress, req.signal);
  return { blob: new Blob(chunks as BlobPart[], { type }), disposition, progress };
}
