import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { Router, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import { localeFromHeader } from '@wuye/api';
import { LeaseUnit, RuleError, addUnitPhoto, removeUnitPhoto, type LeasingActor } from '@wuye/db';
import { UNIT_PHOTO_LIMITS, isUnitPhotoName, type Locale } from '@wuye/domain';
import { afterSending, callerWith, failIssue, failIssues, failText, nameMatchingType, receiveUpload, setFileHeaders, type Caller } from './file-routes.js';
import { extensionOf, sniffEvidenceType } from './file-types.js';

/**
 * Photos of the agency's lettable units (issue 14 §2, docs/leasing.md): the evidence upload pipeline of `files.ts`
 * (the same multipart reader, type judged by the content, size capped, nothing kept unless everything checks out),
 * with the leasing service's named commands for the writes:
 *
 * - `POST /files/lease-units/:unitId/photos` (multipart `file`, JPG or PNG, UNIT_PHOTO_LIMITS.maxBytes) →
 *   `addUnitPhoto` (one transaction with its audit row), 201 `{ unitId, name, url, photos }`;
 * - `GET /files/lease-units/:unitId/photos/:name` — the image, to the unit's own agency's working group;
 * - `DELETE /files/lease-units/:unitId/photos/:name` → `removeUnitPhoto`, then the bytes go.
 *
 * The bytes live under the upload directory (`leasing/<unitId>/<name>`), like the photos of public complaints; several
 * instances need UPLOAD_DIR on a shared mount. Another agency's unit reads as not found, as in GraphQL.
 */
export interface LeaseUnitPhotoOptions {
  orm: MikroORM;
  uploadDir: string;
  /** Puts an unexpected error on the request's log line (a read failing after the headers were sent). */
  report: (err: unknown, res: Response) => void;
}

const MIME: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png' };

const unitIdOf = (req: Request): number | null => {
  const id = Number(req.params.unitId);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

const actorOf = (c: Caller, req: Request): LeasingActor => ({ principal: c.principal, name: c.user.displayName, ip: req.ip ?? null });

/** A refusal of the leasing service: another agency's or a missing unit is not found; the rest names its fields. */
function refuse(res: Response, e: RuleError, locale: Locale) {
  if (e.issues.some((i) => i.code === 'LEASE_AGENCY_MISMATCH' || (i.code === 'UNKNOWN_REFERENCE' && i.field === 'unitId')))
    return failText(res, 404, 'FILE_NOT_FOUND', locale, 'unitId');
  return failIssues(res, e.issues[0]!.code === 'UNKNOWN_REFERENCE' ? 404 : 400, e.issues, locale);
}

export function leaseUnitPhotos(opts: LeaseUnitPhotoOptions): Router {
  const router = Router();
  const pathOf = (unitId: number, name: string) => join(opts.uploadDir, 'leasing', String(unitId), name);

  router.post('/files/lease-units/:unitId/photos', async (req, res, next) => {
    let written: string | null = null;
    try {
      const c = await callerWith(opts.orm, req, res, 'lease:manage');
      if (!c) return;
      const unitId = unitIdOf(req);
      if (!unitId) return failText(res, 404, 'FILE_NOT_FOUND', c.locale, 'unitId');
      const upload = await receiveUpload(req, res, c.locale, { maxBytes: UNIT_PHOTO_LIMITS.maxBytes, notMultipart: 'NOT_MULTIPART' });
      if (!upload) return;
      if (!upload.file || upload.file.data.length === 0) return failText(res, 400, 'NO_FILE', c.locale, 'file');
      const type = sniffEvidenceType(upload.file.data);
      if (!type || !MIME[type.ext])
        return failIssue(res, 415, { field: 'file', code: 'FILE_TYPE_NOT_ALLOWED', params: { allowed: UNIT_PHOTO_LIMITS.allowedLabel } }, c.locale);
      if (!nameMatchingType(res, upload.file.name, type, c.locale)) return;
      // Only an existing unit of the caller's agency gets a directory: the command below checks it again, in its transaction.
      const unit = await c.em.findOne(LeaseUnit, { id: unitId });
      if (!unit || String(unit.agency.id) !== String(c.principal.agencyId)) return failText(res, 404, 'FILE_NOT_FOUND', c.locale, 'unitId');

      const name = `${randomUUID()}.${type.ext}`;
      const path = pathOf(unitId, name);
      await mkdir(join(opts.uploadDir, 'leasing', String(unitId)), { recursive: true });
      await writeFile(path, upload.file.data, { flag: 'wx' });
      written = path;
      const done = await addUnitPhoto(c.em, actorOf(c, req), unitId, { name, mime: type.mime, bytes: upload.file.data.length, originalName: upload.file.name });
      written = null;
      res.status(201).json({ unitId: String(unitId), name, url: `/files/lease-units/${unitId}/photos/${name}`, photos: done.photos.length });
    } catch (e) {
      if (written) await rm(written, { force: true });
      if (e instanceof RuleError) return refuse(res, e, localeFromHeader(req.headers['accept-language']));
      next(e);
    }
  });

  router.get('/files/lease-units/:unitId/photos/:name', async (req, res, next) => {
    try {
      const c = await callerWith(opts.orm, req, res, 'lease:read');
      if (!c) return;
      const unitId = unitIdOf(req);
      const name = String(req.params.name);
      const unit = unitId && isUnitPhotoName(name) ? await c.em.findOne(LeaseUnit, { id: unitId }) : null;
      if (!unit || String(unit.agency.id) !== String(c.principal.agencyId) || !unit.photos.includes(name))
        return failText(res, 404, 'FILE_NOT_FOUND', c.locale);
      const path = pathOf(unit.id, name);
      const info = await stat(path).catch(() => null);
      if (!info) return failText(res, 404, 'FILE_NOT_FOUND', c.locale);
      // The name is ours (a UUID and the extension), so it goes as it is, without RFC 5987 encoding.
      setFileHeaders(res, { mime: MIME[extensionOf(name)!]!, size: info.size, disposition: `inline; filename="${name}"`, cache: 'private, no-store' });
      pipeline(createReadStream(path), res, afterSending(res, next, opts.report));
    } catch (e) {
      next(e);
    }
  });

  router.delete('/files/lease-units/:unitId/photos/:name', async (req, res, next) => {
    try {
      const c = await callerWith(opts.orm, req, res, 'lease:manage');
      if (!c) return;
      const unitId = unitIdOf(req);
      if (!unitId) return failText(res, 404, 'FILE_NOT_FOUND', c.locale, 'unitId');
      const name = String(req.params.name);
      let done;
      try {
        done = await removeUnitPhoto(c.em, actorOf(c, req), unitId, name);
      } catch (e) {
        if (e instanceof RuleError) return refuse(res, e, c.locale);
        throw e;
      }
      // The row no longer names it: the bytes go (a name that is not ours never reaches the file system).
      if (isUnitPhotoName(name)) await rm(pathOf(unitId, name), { force: true });
      res.json({ unitId: String(unitId), photos: done.photos.length });
    } catch (e) {
      next(e);
    }
  });

  return router;
}
