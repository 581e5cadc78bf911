import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Router, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import { issueScope, type Context } from '@wuye/api';
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
} from '@wuye/db';
import { ALLOWED_TYPES_LABEL, sniffEvidenceType } from './file-types.js';
import { afterSending, callerWith, dispositionOf, failIssue, failText, nameMatchingType, receiveUpload, setFileHeaders, type Caller } from './file-routes.js';

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

/** The issue if the caller may see it (the GraphQL scoping rules, reused). */
async function visibleIssue(c: Caller, id: number): Promise<Issue | null> {
  const scope = issueScope({ principal: c.principal, em: c.em } as Context);
  return c.em.findOne(Issue, { $and: [{ id }, scope] });
}

export function evidenceFiles(opts: FileOptions): Router {
  const router = Router();

  router.post('/files', async (req, res, next) => {
    try {
      const c = await callerWith(opts.orm, req, res, 'issue:handle');
      if (!c) return;
      const upload = await receiveUpload(req, res, c.locale, { maxBytes: opts.maxBytes, notMultipart: 'NOT_MULTIPART' });
      if (!upload) return;
      const issueId = Number(upload.fields.issueId);
      if (!upload.fields.issueId || !Number.isSafeInteger(issueId) || issueId <= 0)
        return failIssue(res, 400, { field: 'issueId', code: 'REQUIRED' }, c.locale);
      if (!upload.file || upload.file.data.length === 0) return failText(res, 400, 'NO_FILE', c.locale, 'file');
      const issue = await visibleIssue(c, issueId);
      if (!issue) return failText(res, 404, 'ISSUE_NOT_FOUND', c.locale, 'issueId');
      if (issue.state === 'CLOSED') return failText(res, 409, 'ISSUE_CLOSED', c.locale, 'issueId');
      const type = sniffEvidenceType(upload.file.data);
      if (!type) return failIssue(res, 415, { field: 'file', code: 'FILE_TYPE_NOT_ALLOWED', params: { allowed: ALLOWED_TYPES_LABEL } }, c.locale);
      const originalName = nameMatchingType(res, upload.file.name, type, c.locale);
      if (!originalName) return;

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
      const c = await callerWith(opts.orm, req, res, 'issue:read');
      if (!c) return;
      const id = Number(req.params.id);
      const file = Number.isSafeInteger(id) && id > 0 ? await c.em.findOne(EvidenceFile, { id }) : null;
      if (!file || !(await visibleIssue(c, file.issue.id))) return failText(res, 404, 'FILE_NOT_FOUND', c.locale);
      const headers = (size: number) =>
        setFileHeaders(res, { mime: file.mime, size, disposition: dispositionOf('attachment', file.originalName), cache: 'private, no-store' });
      const sent = afterSending(res, next, opts.report);
      // In the database: streamed a chunk at a time (the first is read before answering, so a missing file is a 404).
      const first = opts.storage === 'database' ? await evidenceChunk(c.em, file.id, 0) : null;
      if (first) {
        headers(file.size);
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
        setFileHeaders(res, { mime: 'image/png', disposition: dispositionOf('inline', file.originalName) });
        return res.end(DEMO_PLACEHOLDER);
      }
      if (!info) return failText(res, 404, 'FILE_NOT_FOUND', c.locale);
      headers(info.size);
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
