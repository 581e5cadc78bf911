import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import { issueScope, localeFromHeader, principalOf, sessionForToken, type Context } from '@wuye/api';
import {
  EvidenceFile,
  Issue,
  User,
  clock,
  evidenceChunk,
  moveEvidenceIntoDatabase,
  recordAudit,
  removeUnattachedEvidence,
  storeEvidenceBytes,
  type EvidenceMoveResult,
  type Em,
} from '@wuye/db';
import { can, messageFor, text, type FieldIssue, type Locale, type MessageCode, type MessageKey, type Principal } from '@wuye/domain';
import { ALLOWED_TYPES_LABEL, extensionOf, nameForType, sniffEvidenceType } from './file-types.js';

/**
 * Evidence files of issues (docs/product.md §4): `POST /files` (multipart: `issueId` and one `file`) stores an upload
 * under the upload directory and answers its id, to be named in `submitIssueFeedback(fileIds)`; `GET /files/:id`
 * serves it to those who may see the issue. Bearer token as for GraphQL.
 *
 * The type is judged by the content (JPG, PNG, PDF, DOCX, XLSX), the size is capped, and nothing is stored
 * unless everything checks out.
 *
 * Where the bytes live (`FileStorage`): `database` — in `evidence_chunk`, in the same transaction as the row and its
 * audit line, so every instance of a multi-instance deployment serves every file (the default on PostgreSQL);
 * `directory` — under the upload directory, written before the row is committed and removed if the commit fails (the
 * default on SQLite; several instances then need UPLOAD_DIR on a shared mount). Files uploaded before the switch to
 * `database` are still served from the directory until `main.ts files-to-database` copies them in.
 */
export type FileStorage = 'database' | 'directory';

/** data/uploads at the repository root, beside the default SQLite file. */
export const DEFAULT_UPLOAD_DIR = fileURLToPath(new URL('../../../data/uploads', import.meta.url));
export const DEFAULT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** Demo evidence rows (seed) are named demo/…; a 1×1 grey PNG is served for them. */
const DEMO_PREFIX = 'demo/';
const DEMO_PLACEHOLDER = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export interface FileOptions {
  orm: MikroORM;
  uploadDir: string;
  storage: FileStorage;
  maxBytes: number;
  /** Puts an unexpected error on the request's log line. */
  report: (err: unknown, res: Response) => void;
}

export interface Caller {
  em: Em;
  principal: Principal;
  user: User;
  locale: Locale;
}

/** What an upload or download is refused with: who may ask (`auth.*`) or what was wrong with it (`files.*`). */
export type TextCode = MessageCode<'auth'> | MessageCode<'files'>;
const keyOf = (code: TextCode): MessageKey => (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? `auth.${code}` : `files.${code}`);

export function fail(res: Response, status: number, code: string, message: string, field: string | null = null) {
  res.status(status).json({ error: { code, field, message } });
}
export const failText = (res: Response, status: number, code: TextCode, locale: Locale, field: string | null = null) =>
  fail(res, status, code, text(keyOf(code), locale), field);
export const failIssue = (res: Response, status: number, issue: FieldIssue, locale: Locale) =>
  fail(res, status, issue.code, messageFor(issue, locale), issue.field);

export async function callerOf(orm: MikroORM, req: Request): Promise<Caller | { locale: Locale }> {
  const locale = localeFromHeader(req.headers['accept-language']);
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return { locale };
  const em = orm.em.fork() as Em;
  const live = await sessionForToken(em, m[1]!);
  return live ? { em, principal: principalOf(live.user), user: live.user, locale } : { locale };
}

/** The issue if the caller may see it (the GraphQL scoping rules, reused). */
async function visibleIssue(c: Caller, id: number): Promise<Issue | null> {
  const scope = issueScope({ principal: c.principal, em: c.em } as Context);
  return c.em.findOne(Issue, { $and: [{ id }, scope] });
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
}

export interface Upload {
  /** The form's text fields (`issueId` for evidence; `articleId`, `caption` for an article's image). */
  fields: Record<string, string>;
  file: { name: string; data: Buffer } | null;
  tooLarge: boolean;
}

/** A multipart body that cannot be read: no boundary, cut off before its end, or broken part headers. */
export class MalformedUpload extends Error {}

/**
 * Reads the multipart body into memory, at most `maxBytes` of file (the rest is drained and flagged). Every stream
 * involved (request, parser, file part) has an error listener: a broken body rejects with MalformedUpload instead
 * of an unhandled 'error' event stopping the process.
 */
export function readUpload(req: Request, maxBytes: number, fieldSize = 200): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const out: Upload = { fields: Object.create(null) as Record<string, string>, file: null, tooLarge: false };
    let bb: ReturnType<typeof busboy>;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fields: 5, fileSize: maxBytes, fieldSize }, defParamCharset: 'utf8' });
    } catch (e) {
      // e.g. "Multipart: Boundary not found"; the unread body is drained.
      req.resume();
      return reject(new MalformedUpload(e instanceof Error ? e.message : String(e)));
    }
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(bb);
      req.resume();
      reject(new MalformedUpload(e instanceof Error ? e.message : String(e)));
    };
    bb.on('field', (name, value) => {
      out.fields[name] = value;
    });
    bb.on('file', (_name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('error', fail);
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        out.tooLarge = true;
      });
      stream.on('end', () => {
        if (!out.tooLarge) out.file = { name: basename(info.filename ?? 'file').slice(0, 200) || 'file', data: Buffer.concat(chunks) };
      });
    });
    bb.on('error', fail);
    req.on('error', fail);
    bb.on('close', () => {
      if (settled) return;
      settled = true;
      resolve(out);
    });
    req.pipe(bb);
  });
}

export function evidenceFiles(opts: FileOptions): Router {
  const router = Router();

  router.post('/files', async (req, res, next) => {
    try {
      const c = await callerOf(opts.orm, req);
      if (!('principal' in c)) return failText(res, 401, 'UNAUTHENTICATED', c.locale);
      if (!can(c.principal, 'issue:handle')) return failText(res, 403, 'FORBIDDEN', c.locale);
      if (!req.is('multipart/form-data')) return failText(res, 400, 'NOT_MULTIPART', c.locale);
      // Refuse an obviously oversized body before reading it (multipart overhead allowed for).
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > opts.maxBytes + 64 * 1024) {
        res.setHeader('Connection', 'close');
        res.on('finish', () => req.destroy());
        return failIssue(res, 413, { field: 'file', code: 'FILE_TOO_LARGE', params: { max: megabytes(opts.maxBytes) } }, c.locale);
      }
      const upload = await readUpload(req, opts.maxBytes).catch((e: unknown) => {
        if (e instanceof MalformedUpload) return null;
        throw e;
      });
      if (!upload) return failText(res, 400, 'MALFORMED_UPLOAD', c.locale, 'file');
      if (upload.tooLarge) return failIssue(res, 413, { field: 'file', code: 'FILE_TOO_LARGE', params: { max: megabytes(opts.maxBytes) } }, c.locale);
      const issueId = Number(upload.fields.issueId);
      if (!upload.fields.issueId || !Number.isSafeInteger(issueId) || issueId <= 0)
        return failIssue(res, 400, { field: 'issueId', code: 'REQUIRED' }, c.locale);
      if (!upload.file || upload.file.data.length === 0) return failText(res, 400, 'NO_FILE', c.locale, 'file');
      const issue = await visibleIssue(c, issueId);
      if (!issue) return failText(res, 404, 'ISSUE_NOT_FOUND', c.locale, 'issueId');
      if (issue.state === 'CLOSED') return failText(res, 409, 'ISSUE_CLOSED', c.locale, 'issueId');
      const type = sniffEvidenceType(upload.file.data);
      if (!type) return failIssue(res, 415, { field: 'file', code: 'FILE_TYPE_NOT_ALLOWED', params: { allowed: ALLOWED_TYPES_LABEL } }, c.locale);
      const originalName = nameForType(upload.file.name, type);
      if (!originalName) {
        const params = { ext: `.${extensionOf(upload.file.name)}`, actual: type.ext.toUpperCase() };
        return failIssue(res, 415, { field: 'file', code: 'FILE_TYPE_MISMATCH', params }, c.locale);
      }

      const storedName = `${randomUUID()}.${type.ext}`;
      const dir = join(opts.uploadDir, String(issue.id));
      const path = join(dir, storedName);
      const inDatabase = opts.storage === 'database';
      if (!inDatabase) {
        await mkdir(dir, { recursive: true });
        await writeFile(path, upload.file.data, { flag: 'wx' });
      }
      const sha256 = createHash('sha256').update(upload.file.data).digest('hex');
      const data = upload.file.data;
      try {
        const row = await c.em.transactional(async (tx) => {
          const file = tx.create(EvidenceFile, {
            issue: tx.getReference(Issue, issue.id),
            storedName: `${issue.id}/${storedName}`,
            originalName,
            mime: type.mime,
            size: data.length,
            sha256,
            uploadedBy: tx.getReference(User, c.user.id),
            uploadedAt: clock.now(),
          });
          await tx.flush();
          if (inDatabase) await storeEvidenceBytes(tx, file.id, data);
          recordAudit(
            tx,
            { userId: c.user.id, name: c.user.displayName, ip: req.ip ?? null },
            {
              action: 'evidenceFile.upload',
              entityType: 'EvidenceFile',
              entityId: file.id,
              changes: { issueId: issue.id, originalName, mime: type.mime, size: data.length, sha256 },
            },
          );
          return file;
        });
        res
          .status(201)
          .json({ id: String(row.id), issueId: String(issue.id), originalName, mime: type.mime, size: data.length, sha256, url: `/files/${row.id}` });
      } catch (e) {
        if (!inDatabase) await rm(path, { force: true });
        throw e;
      }
    } catch (e) {
      next(e);
    }
  });

  router.get('/files/:id', async (req, res, next) => {
    try {
      const c = await callerOf(opts.orm, req);
      if (!('principal' in c)) return failText(res, 401, 'UNAUTHENTICATED', c.locale);
      if (!can(c.principal, 'issue:read')) return failText(res, 403, 'FORBIDDEN', c.locale);
      const id = Number(req.params.id);
      const file = Number.isSafeInteger(id) && id > 0 ? await c.em.findOne(EvidenceFile, { id }) : null;
      if (!file || !(await visibleIssue(c, file.issue.id))) return failText(res, 404, 'FILE_NOT_FOUND', c.locale);
      const headers = () => {
        res.setHeader('Content-Type', file.mime);
        res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.originalName)}`);
        res.setHeader('Cache-Control', 'private, no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
      };
      const sent = (err: NodeJS.ErrnoException | null) => {
        // A client that goes away mid-download is not an error; a read failure before any byte is sent is a 500.
        if (!err || err.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
        if (res.headersSent) opts.report(err, res);
        else next(err);
      };
      // In the database: streamed a chunk at a time (the first is read before answering, so a missing file is a 404).
      const first = opts.storage === 'database' ? await evidenceChunk(c.em, file.id, 0) : null;
      if (first) {
        headers();
        res.setHeader('Content-Length', String(file.size));
        const em = c.em;
        const chunks = Readable.from(
          (async function* () {
            yield first;
            for (let seq = 1; ; seq++) {
              const chunk = await evidenceChunk(em, file.id, seq);
              if (!chunk) return;
              yield chunk;
            }
          })(),
        );
        return pipeline(chunks, res, sent);
      }
      const path = join(opts.uploadDir, file.storedName);
      const info = await stat(path).catch(() => null);
      if (!info && file.storedName.startsWith(DEMO_PREFIX)) {
        // Evidence of the seeded demo data has no bytes on disk: a placeholder image stands in for it.
        res.setHeader('Content-Type', 'image/png');
        res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        return res.end(DEMO_PLACEHOLDER);
      }
      if (!info) return failText(res, 404, 'FILE_NOT_FOUND', c.locale);
      headers();
      res.setHeader('Content-Length', String(info.size));
      pipeline(createReadStream(path), res, sent);
    } catch (e) {
      next(e);
    }
  });

  return router;
}

/**
 * The periodic cleanup: evidence uploaded over a day ago and never named in feedback loses its row, then its bytes
 * (those in the database go with the row; a file in the directory, if any, is removed after).
 */
export async function removeUnattachedUploads(orm: MikroORM, uploadDir: string, now: Date): Promise<number> {
  const names = await removeUnattachedEvidence(orm.em.fork(), now);
  for (const name of names) await rm(join(uploadDir, name), { force: true });
  return names.length;
}

/**
 * `main.ts files-to-database`: copies the evidence files of `uploadDir` into the database, checked against the SHA-256
 * recorded at upload; idempotent. The files stay in the directory (remove them once the copy is checked).
 */
export async function moveUploadsIntoDatabase(orm: MikroORM, uploadDir: string): Promise<EvidenceMoveResult> {
  const read = (storedName: string) => readFile(join(uploadDir, storedName)).catch(() => null);
  return moveEvidenceIntoDatabase(orm.em.fork(), read, (data) => createHash('sha256').update(data).digest('hex'));
}
