import { describe, expect, it, vi } from 'vitest';
import {
  EXPORT_LISTS,
  EXPORT_RESOURCE,
  csvLineCounter,
  exportFilename,
  exportParams,
  exportUrl,
  fetchExport,
  filenameFromDisposition,
  isAbort,
  progressOf,
  readWithProgress,
  type ExportProgress,
} from './serverExport';

const encoder = new TextEncoder();
/** Bytes → text keeping the BOM (Blob.text() and a default TextDecoder drop it). */
const textOf = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

/** A stream that hands out the given chunks one by one. */
function streamOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i >= chunks.length) return controller.close();
      const c = chunks[i++]!;
      controller.enqueue(typeof c === 'string' ? encoder.encode(c) : c);
    },
  });
}

const CSV = '\uFEFF编号,标题,状态\r\n1,电梯停运,CLOSED\r\n2,"外墙脱落,危险",REGISTERED\r\n3,"多行\r\n说明 ""引号""",ASSIGNED\r\n';

describe('exportParams', () => {
  it('passes the list’s filter whole, quick filters and search text included', () => {
    const filter = { overdue: true, q: '电梯', townshipId: '3', states: ['ASSIGNED', 'RECTIFYING'] };
    const params = exportParams(filter);
    expect(JSON.parse(params.filter!)).toEqual(filter);
    expect(exportParams({})).toEqual({});
    const url = new URL(exportUrl('issues', 'csv', params), 'http://x');
    expect(url.pathname).toBe('/export/issues.csv');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual(filter);
    expect(exportUrl('repair-applications', 'csv', {})).toBe('/export/repair-applications.csv');
  });

  it('names the file after the list, dated by the server', () => {
    expect(EXPORT_RESOURCE).toMatchObject({
      inspections: 'inspections',
      'project-managers': 'projectManagers',
      objections: 'objections',
      'repair-applications': 'repairApplications',
    });
    expect(exportFilename('project-managers', 'xlsx', 'attachment; filename="project-managers-2026-11-15.xlsx"', '项目经理', '2026-11-16')).toBe(
      '项目经理-2026-11-15.xlsx',
    );
    expect(Object.keys(EXPORT_RESOURCE).sort()).toEqual([...EXPORT_LISTS].sort());
  });
});

describe('file names', () => {
  it('reads Content-Disposition, plain or RFC 5987', () => {
    expect(filenameFromDisposition('attachment; filename="issues-2026-11-15.csv"')).toBe('issues-2026-11-15.csv');
    expect(filenameFromDisposition('attachment; filename=a.xlsx')).toBe('a.xlsx');
    expect(filenameFromDisposition('attachment; filename="x.csv"; filename*=UTF-8\'\'%E9%97%AE%E9%A2%98.csv')).toBe('问题.csv');
    expect(filenameFromDisposition(null)).toBeNull();
    expect(filenameFromDisposition('attachment')).toBeNull();
  });

  it('puts the list’s name in the UI language in place of its code', () => {
    expect(exportFilename('issues', 'csv', 'attachment; filename="issues-2026-11-15.csv"', '问题台账', '2026-11-16')).toBe('问题台账-2026-11-15.csv');
    expect(exportFilename('credit-records', 'xlsx', 'attachment; filename="credit-records-2026-11-15.xlsx"', '信用记录', '2026-11-16')).toBe(
      '信用记录-2026-11-15.xlsx',
    );
    expect(exportFilename('issues', 'csv', null, '问题台账', '2026-11-16')).toBe('问题台账-2026-11-16.csv');
    expect(exportFilename('issues', 'csv', 'attachment; filename="../other.csv"', '问题台账', '2026-11-16')).toBe('.._other.csv');
  });
});

describe('counting CSV rows', () => {
  it('counts line ends outside quotes, across chunk boundaries', () => {
    const bytes = encoder.encode(CSV);
    for (const size of [1, 2, 3, 7, bytes.length]) {
      const counter = csvLineCounter();
      for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
      expect(counter.lines, `chunks of ${size}`).toBe(4);
    }
  });

  it('reports rows against X-Total-Rows for CSV and bytes against an estimate for xlsx', () => {
    expect(progressOf('csv', 100, 3, 4)).toEqual({ bytes: 100, rows: 2, total: 4, fraction: 0.5 });
    expect(progressOf('csv', 10, 1, null).fraction).toBeNull();
    expect(progressOf('csv', 10, 1, 0).fraction).toBeNull();
    expect(progressOf('xlsx', 110 * 5, 0, 10).fraction).toBeCloseTo(0.5);
    expect(progressOf('xlsx', 110 * 50, 0, 10).fraction).toBe(0.99);
    expect(progressOf('xlsx', 1, 0, 10, true).fraction).toBe(1);
  });
});

describe('readWithProgress', () => {
  it('calls back after every chunk and ends at the total', async () => {
    const seen: ExportProgress[] = [];
    const { chunks, progress } = await readWithProgress(
      streamOf(['\uFEFF编号,标题,状态\r\n1,电', '梯停运,CLOSED\r\n2,"外墙脱落,危险",REGISTERED\r', '\n3,"多行\r\n说明 ""引号""",ASSIGNED\r\n']),
      'csv',
      3,
      (p) => seen.push(p),
    );
    expect(seen.map((p) => p.rows)).toEqual([0, 1, 3, 3]);
    expect(seen.map((p) => p.fraction)).toEqual([0, 1 / 3, 1, 1]);
    expect(progress).toEqual({ bytes: encoder.encode(CSV).length, rows: 3, total: 3, fraction: 1 });
    expect(await textOf(new Blob(chunks as BlobPart[]))).toBe(CSV);
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    const onProgress = vi.fn(() => controller.abort());
    const error = await readWithProgress(streamOf(['a\n', 'b\n', 'c\n']), 'csv', 3, onProgress, controller.signal).catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(onProgress).toHaveBeenCalledTimes(1);
  });
});

describe('fetchExport', () => {
  it('sends the headers, reads X-Total-Rows and returns the file', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response(streamOf([CSV.slice(0, 20), CSV.slice(20)]), {
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="issues-2026-11-15.csv"', 'X-Total-Rows': '3' },
        }),
    );
    const onStart = vi.fn();
    const onProgress = vi.fn();
    const result = await fetchExport({
      list: 'issues',
      format: 'csv',
      params: { filter: '{"townshipId":"3"}' },
      headers: { Authorization: 'Bearer t' },
      onStart,
      onProgress,
      fetchImpl,
    });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/export/issues.csv?filter=%7B%22townshipId%22%3A%223%22%7D',
      expect.objectContaining({ headers: { Authorization: 'Bearer t' } }),
    );
    expect(onStart).toHaveBeenCalledWith(3);
    expect(result.progress.rows).toBe(3);
    expect(result.disposition).toContain('issues-2026-11-15.csv');
    expect(await textOf(result.blob)).toBe(CSV);
  });

  it('turns the server’s error body into the message', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ error: { code: 'BAD_FILTER', message: '筛选条件有误', field: 'from' } }, { status: 400 }));
    await expect(fetchExport({ list: 'issues', format: 'csv', params: {}, headers: {}, onProgress: () => undefined, fetchImpl })).rejects.toThrow(
      '筛选条件有误',
    );
  });
});
