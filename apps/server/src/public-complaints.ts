import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { MikroORM } from '@mikro-orm/core';
import { localeFromHeader } from '@wuye/api';
import { PublicComplaint, RuleError, clock, recordAudit, submitPublicComplaint, type Em } from '@wuye/db';
import { PUBLIC_COMPLAINT_LIMITS, messageFor, text, type Locale } from '@wuye/domain';
import { MalformedUpload, parseMultipart } from './file-routes.js';
import { sniffEvidenceType } from './file-types.js';

/**
 * 网上投诉 (docs/residents.md): `POST /public/complaints` takes a resident's complaint without an account —
 * multipart fields `category`, `communityId`, `content`, optional `contactName`, `contactPhone`, the hidden honeypot
 * `website`, and up to three `photos` (JPG or PNG by content, 5 MB each). It answers the tracking code; the status is
 * read with the GraphQL query `publicComplaint(code)`. Limited per client address (per hour and per day) on top
 * of the server's general per-address limit.
 */
export interface PublicComplaintOptions {
  orm: MikroORM;
  uploadDir: string;
  /** Complaints per client address per hour and per day; 0 disables. */
  perHour: number;
  perDay: number;
}

export const DEFAULT_PUBLIC_COMPLAINT_LIMITS = { perHour: 5, perDay: 20 };

interface Form {
  fields: Record<string, string>;
  photos: { data: Buffer; tooLarge: boolean }[];
  tooMany: boolean;
}

const FIELDS = ['category', 'communityId', 'content', 'contactName', 'contactPhone', 'website'];

function readForm(req: Request): Promise<Form> {
  const out: Form = { fields: {}, photos: [], tooMany: false };
  const limits = { files: PUBLIC_COMPLAINT_LIMITS.photosMax, fields: 10, fileSize: PUBLIC_COMPLAINT_LIMITS.photoMaxBytes, fieldSize: 8 * 1024 };
  return parseMultipart(req, limits, out, {
    field: (name, value) => {
      if (FIELDS.includes(name)) out.fields[name] = value;
    },
    filesLimit: () => {
      out.tooMany = true;
    },
    file: (_name, stream) => {
      const photo = { data: Buffer.alloc(0), tooLarge: false };
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        photo.tooLarge = true;
      });
      stream.on('end', () => {
        photo.data = photo.tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks);
        if (photo.tooLarge || photo.data.length > 0) out.photos.push(photo);
      });
    },
  });
}

function refuse(res: Response, status: number, locale: Locale, issues: { field: string; code: string; params?: Record<string, string | number> }[]) {
  res.status(status).json({
    error: {
      code: 'VALIDATION',
      message: issues.map((i) => messageFor(i, locale)).join('；'),
      fields: issues.map((i) => ({ ...i, message: messageFor(i, locale) })),
    },
  });
}

export function publicComplaints(opts: PublicComplaintOptions): Router {
  const router = Router();
  const limiters: RequestHandler[] = [];
  const addressKey = (req: Request) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');
  const tooMany = (req: Request, res: Response) => {
    const retryAfter = Number(res.getHeader('retry-after')) || 3600;
    const message = text('http.errors.RATE_LIMITED', localeFromHeader(req.headers['accept-language']), { seconds: retryAfter });
    res.status(429).json({ error: { code: 'RATE_LIMITED', message, retryAfter } });
  };
  for (const [windowMs, limit, identifier] of [
    [3600_000, opts.perHour, 'public-complaint-hour'],
    [86_400_000, opts.perDay, 'public-complaint-day'],
  ] as const) {
    if (limit > 0)
      limiters.push(
        rateLimit({
          windowMs,
          limit,
          identifier,
          keyGenerator: addressKey,
          handler: tooMany,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          validate: { xForwardedForHeader: false },
        }),
      );
  }

  router.post('/public/complaints', ...limiters, async (req, res, next) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    const written: string[] = [];
    try {
      if (!req.is('multipart/form-data')) return refuse(res, 400, locale, [{ field: 'content', code: 'REQUIRED' }]);
      const form = await readForm(req).catch((e: unknown) => {
        if (e instanceof MalformedUpload) return null;
        throw e;
      });
      if (!form) return refuse(res, 400, locale, [{ field: 'photos', code: 'INVALID_FORMAT' }]);
      if (form.tooMany) return refuse(res, 400, locale, [{ field: 'photos', code: 'TOO_MANY_PHOTOS', params: { max: PUBLIC_COMPLAINT_LIMITS.photosMax } }]);
      const photos = form.photos.map((p) => {
        const type = p.tooLarge ? { mime: 'image/jpeg', ext: 'jpg' } : sniffEvidenceType(p.data);
        return { data: p.data, type, bytes: p.tooLarge ? PUBLIC_COMPLAINT_LIMITS.photoMaxBytes + 1 : p.data.length };
      });
      const f = form.fields;
      const input = {
        category: f.category ?? '',
        communityId: f.communityId || null,
        content: f.content ?? '',
        contactName: f.contactName ?? null,
        contactPhone: f.contactPhone ?? null,
        website: f.website ?? null,
        photos: photos.map((p) => ({ key: null as string | null, mime: p.type?.mime ?? null, bytes: p.bytes })),
      };
      const now = clock.now();
      const receipt = await opts.orm.em.fork().transactional(async (tx) => {
        // Photo bytes are written inside the transaction once the form is known good, and removed if it rolls back.
        const checked = await submitPublicComplaint(tx as Em, { ...input, photos: input.photos.map((p) => ({ ...p, key: 'pending' })) }, now, () =>
          randomBytes(10),
        );
        if (!checked.stored) return checked;
        const row = await tx.findOneOrFail(PublicComplaint, { trackingCode: checked.trackingCode });
        const dir = join(opts.uploadDir, 'public');
        if (photos.length) await mkdir(dir, { recursive: true });
        const refs = [];
        for (const p of photos) {
          const key = `public/${randomUUID()}.${p.type!.ext}`;
          await writeFile(join(opts.uploadDir, key), p.data, { flag: 'wx' });
          written.push(key);
          refs.push({ key, mime: p.type!.mime, bytes: p.bytes });
        }
        row.photos = refs;
        recordAudit(
          tx,
          { userId: null, name: '居民（网上投诉）', ip: req.ip ?? null },
          {
            action: 'publicComplaint.submit',
            entityType: 'Complaint',
            entityId: checked.complaintId,
            changes: { trackingCode: checked.trackingCode, photos: refs.length },
          },
        );
        return checked;
      });
      res.status(receipt.duplicate ? 200 : 201).json({ trackingCode: receipt.trackingCode, duplicate: receipt.duplicate });
    } catch (e) {
      for (const key of written) await rm(join(opts.uploadDir, key), { force: true });
      if (e instanceof RuleError) return refuse(res, 400, locale, e.issues);
      next(e);
    }
  });
  return router;
}
