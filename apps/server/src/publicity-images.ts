import { createHash } from 'node:crypto';
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import { localeFromHeader } from '@wuye/api';
import { attachArticleImage, recordAudit, RuleError, servableArticleImage, type Em } from '@wuye/db';
import { ARTICLE_IMAGE_MAX_BYTES } from '@wuye/domain';
import { sniffEvidenceType } from './file-types.js';
import { callerOf, callerWith, dispositionOf, failIssue, failIssues, failText, nameMatchingType, receiveUpload, setFileHeaders } from './file-routes.js';

/**
 * Images of the publicity column's articles (docs/campaign-records.md), through the evidence upload's pipeline
 * (files.ts: bearer token, multipart read with a size cap, type judged by content, name checked against the type):
 *
 * - `POST /publicity-images` (multipart `articleId`, one `file`, optional `caption`): the bureau (`publicity:manage`)
 *   attaches a JPG or PNG to a draft through @wuye/db's `attachArticleImage`, with its audit row, in one transaction.
 * - `GET /publicity-images/:id`: anyone, signed in or not, while the article is published; the bureau whatever the
 *   article's status (to check a draft); everyone else gets 404 — a draft's or a withdrawn article's image is not
 *   public. The bytes are in the database, so every instance serves every image.
 */
export interface PublicityImageOptions {
  orm: MikroORM;
}

export function publicityImages(opts: PublicityImageOptions): Router {
  const router = Router();

  router.post('/publicity-images', async (req, res, next) => {
    try {
      const c = await callerWith(opts.orm, req, res, 'publicity:manage');
      if (!c) return;
      const upload = await receiveUpload(req, res, c.locale, { maxBytes: ARTICLE_IMAGE_MAX_BYTES, fieldSize: 1024, notMultipart: 'IMAGE_NOT_MULTIPART' });
      if (!upload) return;
      const articleId = upload.fields.articleId ?? '';
      if (!/^[1-9]\d{0,9}$/.test(articleId)) return failIssue(res, 400, { field: 'articleId', code: 'REQUIRED' }, c.locale);
      if (!upload.file || upload.file.data.length === 0) return failText(res, 400, 'NO_FILE', c.locale, 'file');
      const data = upload.file.data;
      const type = sniffEvidenceType(data);
      // The name must not claim another type than the content (a JPEG named .html is refused, as for evidence).
      const originalName = type ? nameMatchingType(res, upload.file.name, type, c.locale) : upload.file.name;
      if (!originalName) return;
      const sha256 = createHash('sha256').update(data).digest('hex');
      const image = await c.em.transactional(async (tx) => {
        const row = await attachArticleImage(tx, c.principal, articleId, {
          mime: type?.mime ?? null,
          originalName,
          data,
          sha256,
          caption: upload.fields.caption ?? null,
        });
        if (!row) return null;
        recordAudit(
          tx,
          { userId: c.user.id, name: c.user.displayName, ip: req.ip ?? null },
          {
            action: 'article.imageAttach',
            entityType: 'PublicityArticle',
            entityId: row.article.id,
            changes: { imageId: row.id, originalName: row.originalName, mime: row.mime, size: row.size, sha256 },
          },
        );
        return row;
      });
      if (!image) return failText(res, 404, 'ARTICLE_NOT_FOUND', c.locale, 'articleId');
      res.status(201).json({
        id: String(image.id),
        articleId: String(image.article.id),
        originalName: image.originalName,
        caption: image.caption,
        mime: image.mime,
        size: image.size,
        url: `/publicity-images/${image.id}`,
      });
    } catch (e) {
      if (e instanceof RuleError) {
        const status = e.issues.some((i) => i.code === 'FILE_TYPE_NOT_ALLOWED') ? 415 : e.issues.some((i) => i.code === 'FILE_TOO_LARGE') ? 413 : 400;
        return failIssues(res, status, e.issues, localeFromHeader(req.headers['accept-language']));
      }
      next(e);
    }
  });

  router.get('/publicity-images/:id', async (req, res, next) => {
    try {
      const c = await callerOf(opts.orm, req);
      const em = 'em' in c ? c.em : (opts.orm.em.fork() as Em);
      const principal = 'principal' in c ? c.principal : null;
      const image = /^[1-9]\d{0,9}$/.test(req.params.id) ? await servableArticleImage(em, principal, req.params.id) : null;
      if (!image || !image.data) return failText(res, 404, 'FILE_NOT_FOUND', c.locale);
      const data = Buffer.from(image.data);
      setFileHeaders(res, {
        mime: image.mime,
        size: data.length,
        disposition: dispositionOf('inline', image.originalName),
        // Published images may be cached briefly by browsers but are checked again (a withdrawal takes effect at once);
        // a draft's image, seen by the bureau only, is not stored.
        cache: image.article.status === 'PUBLISHED' ? 'no-cache' : 'private, no-store',
      });
      res.setHeader('ETag', `"${image.sha256}"`);
      if (image.article.status === 'PUBLISHED' && req.headers['if-none-match'] === `"${image.sha256}"`) return res.status(304).end();
      res.end(data);
    } catch (e) {
      next(e);
    }
  });

  return router;
}
