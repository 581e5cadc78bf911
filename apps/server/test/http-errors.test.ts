import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrm, dropTestOrm } from '@wuye/db/testing';
import { backupSqlite } from '../src/backup.js';
import { startServer, type Running } from './harness.js';

/** One request over a raw HTTP client: any bytes, any headers, no help from fetch or FormData. */
function send(url: string, method: string, path: string, headers: Record<string, string>, body?: Buffer | string) {
  return new Promise<{ status: number; type: string; text: string }>((ok, fail) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** The body the issue reports: one file part cut off before its closing boundary. */
const CUT_OFF = Buffer.concat([Buffer.from('--B\r\nContent-Disposition: form-data; name="file"; filename="x.jpg"\r\n\r\n'), Buffer.from([0xff, 0xd8, 0xff])]);

describe('no request stops the server, and no error shows its internals', () => {
  let s: Running;
  let uploadDir: string;
  let firm: string;
  const logged: unknown[] = [];
  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'wuye-uploads-'));
    s = await startServer('sqlite', { uploadDir, logError: (e) => logged.push(e) });
    firm = await s.login('firm');
  });
  afterAll(async () => {
    await s?.stop();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  const healthy = async () => expect((await send(s.url, 'GET', '/healthz', {})).status).toBe(200);

  it('a multipart upload cut off before its closing boundary gets 400 and the server keeps answering', async () => {
    const r = await send(s.url, 'POST', '/files', { authorization: `Bearer ${firm}`, 'content-type': 'multipart/form-data; boundary=B' }, CUT_OFF);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toEqual({ error: { code: 'MALFORMED_UPLOAD', field: 'file', message: '上传内容不完整或格式不正确，请重新上传' } });
    await healthy();
    // Other broken shapes of the same body: no boundary at all, broken part headers, a field cut off midway.
    for (const [type, body] of [
      ['multipart/form-data', CUT_OFF],
      ['multipart/form-data; boundary=', CUT_OFF],
      ['multipart/form-data; boundary=B', Buffer.from('--B\r\nContent-Disposition: form-data; name="issueId"\r\n\r\n12')],
      ['multipart/form-data; boundary=B', Buffer.from('--B\r\n\r\n\r\n--B--')],
      ['multipart/form-data; boundary=B', Buffer.from('--B\r\nContent-Disposition: form-data; name="file"; filename="x.jpg"\r\nX'.repeat(2000))],
    ] as const) {
      const again = await send(s.url, 'POST', '/files', { authorization: `Bearer ${firm}`, 'content-type': type, 'accept-language': 'en' }, body);
      expect(again.status, `${type} ${String(body).slice(0, 40)}`).toBeGreaterThanOrEqual(400);
      expect(again.status).toBeLessThan(500);
      expect(JSON.parse(again.text).error.field).not.toBeUndefined();
      await healthy();
    }
    expect(logged).toEqual([]);
  });

  it('malformed JSON, oversized and badly typed bodies, bad URIs and unknown addresses: a GraphQL-shaped 4xx, localised', async () => {
    const json = { 'content-type': 'application/json' };
    const cases: [method: string, path: string, headers: Record<string, string>, body: string | undefined, status: number, code: string][] = [
      ['POST', '/graphql', json, '{"query": "{ me { id } }"', 400, 'MALFORMED_JSON'],
      ['POST', '/graphql', json, '"a string"', 400, 'MALFORMED_JSON'],
      ['POST', '/graphql', json, JSON.stringify({ query: '{ me { id } }', padding: 'x'.repeat(2 * 1024 * 1024) }), 413, 'PAYLOAD_TOO_LARGE'],
      ['POST', '/graphql', { 'content-type': 'application/json; charset=latin9' }, '{}', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['POST', '/graphql', { 'content-type': 'text/plain' }, '{"query":"{ me { id } }"}', 415, 'NOT_JSON'],
      ['POST', '/graphql', json, '{}', 400, 'NO_OPERATION'],
      ['GET', '/%E0%A4%A', {}, undefined, 400, 'BAD_URI'],
      ['GET', '/files/%E0%A4%A', { authorization: `Bearer ${firm}` }, undefined, 400, 'BAD_URI'],
      ['GET', '/export/%E0%A4%A.csv', {}, undefined, 400, 'BAD_URI'],
      ['GET', '/bulletins/%E0%A4%A/print', {}, undefined, 400, 'BAD_URI'],
      ['POST', '/no-such-address', {}, undefined, 404, 'NOT_FOUND'],
    ];
    for (const [method, path, headers, body, status, code] of cases) {
      for (const locale of ['zh-CN', 'en']) {
        const r = await send(s.url, method, path, { ...headers, 'accept-language': locale }, body);
        const what = `${method} ${path} ${headers['content-type'] ?? ''} (${locale})`;
        expect(r.status, what).toBe(status);
        expect(r.type, what).toMatch(/^application\/json/);
        const parsed = JSON.parse(r.text) as { errors: { message: string; extensions: { code: string } }[] };
        expect(parsed, what).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
        expect(parsed.errors[0]!.message, what).toMatch(locale === 'en' ? /^[ -~]+$/ : /[\u4e00-\u9fff]/);
        expect(r.text, what).not.toMatch(/\s{2,}at |node_modules|\/work\/|Error:/);
      }
    }
    // A GraphQL error has this very shape.
    const gql = await s.gql('{ nonexistentField }');
    expect(gql.body.errors![0]).toMatchObject({ message: expect.any(String), extensions: { code: expect.any(String) } });
    expect(logged).toEqual([]);
    await healthy();
  });
});

describe('backups', () => {
  it('are written readable by their owner only (mode 0600)', async () => {
    const orm = await createTestOrm({ driver: 'sqlite' });
    const dir = mkdtempSync(join(tmpdir(), 'wuye-backup-'));
    const umask = process.umask(0o022);
    try {
      const { file } = await backupSqlite(orm, join(dir, 'backup.sqlite'));
      expect(statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(umask);
      await dropTestOrm(orm);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
