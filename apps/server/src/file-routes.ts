import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import busboy, { type BusboyConfig, type FileInfo } from 'busboy';
import type { NextFunction, Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import { localeFromHeader, principalOf, sessionForToken } from '@wuye/api';
import type { Em, User } from '@wuye/db';
import { can, messageFor, text, type FieldIssue, type Locale, type MessageCode, type MessageKey, type Permission, type Principal } from '@wuye/domain';
import { extensionOf, nameForType, type SniffedType } from './file-types.js';

/**
 * What the routes that take and hand back files (evidence `files.ts`, unit photos `lease-unit-photos.ts`, article
 * images `publicity-images.ts`) share: who is asking (bearer token, as for GraphQL), their refusals in one JSON shape
 * (`{ error: { code, field, message } }`, localised), reading a multipart upload with its size cap, the name checked
 * against the content's type, and the headers a served file goes out with.
 */
export interface Caller {
  em: Em;
  principal: Principal;
  user: User;
  locale: Locale;
}

/** What an upload or download is refused with: who may ask (`auth.*`) or what was wrong with it (`files.*`). */
export type TextCode = MessageCode<'auth'> | MessageCode<'files'>;
const keyOf = (code: TextCode): MessageKey => (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? `auth.${code}` : `files.${code}`);

/** Answers the refusal; null, so that a helper can `return fail(…)` where it answers with nothing to go on with. */
export function fail(res: Response, status: number, code: string, message: string, field: string | null = null): null {
  res.status(status).json({ error: { code, field, message } });
  return null;
}
export const failText = (res: Response, status: number, code: TextCode, locale: Locale, field: string | null = null) =>
  fail(res, status, code, text(keyOf(code), locale), field);
export const failIssue = (res: Response, status: number, issue: FieldIssue, locale: Locale) =>
  fail(res, status, issue.code, messageFor(issue, locale), issue.field);

/** A service's refusal (RuleError issues): the first issue's code and field, every issue's message, and each issue. */
export function failIssues(res: Response, status: number, issues: FieldIssue[], locale: Locale): null {
  const first = issues[0]!;
  res.status(status).json({
    error: {
      code: first.code,
      field: first.field,
      message: issues.map((i) => messageFor(i, locale)).join('；'),
      fields: issues.map((i) => ({ ...i, message: messageFor(i, locale) })),
    },
  });
  return null;
}

/** The signed-in caller, or only the reader's language when the request carries no live session. */
export async function callerOf(orm: MikroORM, req: Request): Promise<Caller | { locale: Locale }> {
  const locale = localeFromHeader(req.headers['accept-language']);
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return { locale };
  const em = orm.em.fork() as Em;
  const live = await sessionForToken(em, m[1]!);
  return live ? { em, principal: principalOf(live.user), user: live.user, locale } : { locale };
}

/** The signed-in caller holding `permission`; otherwise 401 (no session) or 403 is answered and null returned. */
export async function callerWith(orm: MikroORM, req: Request, res: Response, permission: Permission): Promise<Caller | null> {
  const c = await callerOf(orm, req);
  if (!('principal' in c)) return failText(res, 401, 'UNAUTHENTICATED', c.locale);
  if (!can(c.principal, permission)) return failText(res, 403, 'FORBIDDEN', c.locale);
  return c;
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

type Busboy = ReturnType<typeof busboy>;
type FilePart = [name: string, stream: Readable, info: FileInfo];

/**
 * Parses a multipart body with busboy under `limits`, handing each field and file part to the caller, and settles
 * once: with `out` when the parser closes, or with MalformedUpload. Every stream involved (request, parser, file
 * part) has an error listener: a broken body rejects instead of an unhandled 'error' event stopping the process.
 * Shared by the signed-in uploads (one file) and the public complaint form (several photos).
 */
export function parseMultipart<T>(
  req: Request,
  limits: NonNullable<BusboyConfig['limits']>,
  out: T,
  on: { field?: (name: string, value: string) => void; file: (...part: FilePart) => void; filesLimit?: () => void },
): Promise<T> {
  return new Promise((resolve, reject) => {
    let bb: Busboy;
    try {
      bb = busboy({ headers: req.headers, limits, defParamCharset: 'utf8' });
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
    if (on.field) bb.on('field', on.field);
    if (on.filesLimit) bb.on('filesLimit', on.filesLimit);
    bb.on('file', (name, stream, info) => {
      stream.on('error', fail);
      on.file(name, stream, info);
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

/** Reads the multipart body into memory, at most `maxBytes` of one file (the rest is drained and flagged). */
export function readUpload(req: Request, maxBytes: number, fieldSize = 200): Promise<Upload> {
  const out: Upload = { fields: Object.create(null) as Record<string, string>, file: null, tooLarge: false };
  return parseMultipart(req, { files: 1, fields: 5, fileSize: maxBytes, fieldSize }, out, {
    field: (name, value) => {
      out.fields[name] = value;
    },
    file: (_name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        out.tooLarge = true;
      });
      stream.on('end', () => {
        if (!out.tooLarge) out.file = { name: basename(info.filename ?? 'file').slice(0, 200) || 'file', data: Buffer.concat(chunks) };
      });
    },
  });
}

export interface UploadLimits {
  maxBytes: number;
  /** The longest text field (busboy's fieldSize). */
  fieldSize?: number;
  /** The refusal of a body that is not multipart, naming the form's fields. */
  notMultipart: Extract<TextCode, 'NOT_MULTIPART' | 'IMAGE_NOT_MULTIPART'>;
}

/**
 * The multipart upload of the request, read with its size cap; or null once the refusal is answered: not multipart
 * (400), declared or found larger than `maxBytes` (413 FILE_TOO_LARGE on `file`), or unreadable (400 MALFORMED_UPLOAD).
 * The form's fields and whether a file came are the route's to check.
 */
export async function receiveUpload(req: Request, res: Response, locale: Locale, limits: UploadLimits): Promise<Upload | null> {
  if (!req.is('multipart/form-data')) return failText(res, 400, limits.notMultipart, locale);
  const tooLarge = () => failIssue(res, 413, { field: 'file', code: 'FILE_TOO_LARGE', params: { max: megabytes(limits.maxBytes) } }, locale);
  // Refuse an obviously oversized body before reading it (multipart overhead allowed for).
  if (Number(req.headers['content-length'] ?? 0) > limits.maxBytes + 64 * 1024) {
    res.setHeader('Connection', 'close');
    res.on('finish', () => req.destroy());
    return tooLarge();
  }
  const upload = await readUpload(req, limits.maxBytes, limits.fieldSize).catch((e: unknown) => {
    if (e instanceof MalformedUpload) return null;
    throw e;
  });
  if (!upload) return failText(res, 400, 'MALFORMED_UPLOAD', locale, 'file');
  if (upload.tooLarge) return tooLarge();
  return upload;
}

/**
 * The name to keep for an upload of the sniffed type (`nameForType`); or null once 415 FILE_TYPE_MISMATCH is
 * answered, for a name that claims another type than the content (JPEG bytes named `a.html`).
 */
export function nameMatchingType(res: Response, name: string, type: SniffedType, locale: Locale): string | null {
  const kept = nameForType(name, type);
  if (kept) return kept;
  const params = { ext: `.${extensionOf(name)}`, actual: type.ext.toUpperCase() };
  return failIssue(res, 415, { field: 'file', code: 'FILE_TYPE_MISMATCH', params }, locale);
}

/** `inline` (shown in the page) or `attachment` (downloaded), under the original name in any script. */
export const dispositionOf = (kind: 'inline' | 'attachment', name: string) => `${kind}; filename*=UTF-8''${encodeURIComponent(name)}`;

export interface ServedFile {
  mime: string;
  /** Content-Length; left out where the body is written whole (Node then sets it). */
  size?: number;
  disposition: string;
  /** Cache-Control; none when left out. */
  cache?: string;
}

/** The headers a stored file is served with: its type (never sniffed by the browser), size, name and caching. */
export function setFileHeaders(res: Response, file: ServedFile): void {
  res.setHeader('Content-Type', file.mime);
  if (file.size !== undefined) res.setHeader('Content-Length', String(file.size));
  res.setHeader('Content-Disposition', file.disposition);
  if (file.cache) res.setHeader('Cache-Control', file.cache);
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/**
 * The end of a file sent with `pipeline`: a client that goes away mid-download is not an error; a read failure
 * before any byte is sent is a 500 (`next`), after the headers it can only be reported on the request's log line.
 */
export const afterSending = (res: Response, next: NextFunction, report: (err: unknown, res: Response) => void) => (err: NodeJS.ErrnoException | null) => {
  if (!err || err.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
  if (res.headersSent) report(err, res);
  else next(err);
};
