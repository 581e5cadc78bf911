import { availability, type ActionAvailability } from '../availability.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';

/**
 * 宣传专栏 (seed part 7 三(三) 加强宣传引导): the campaign's publicity column on the public site — news, typical cases
 * (典型案例) and notices (通知公告). The bureau writes an article as a draft, publishes it and may withdraw it; a
 * withdrawn article leaves the public site and stays withdrawn (a correction is a new article). Articles are plain text
 * (paragraphs split by blank lines): the public page renders text, never HTML, and markup is refused on input so
 * nothing pretends to be formatted. Pure rules; the entity is in @wuye/db (entities/campaign-records.ts).
 */
export const ARTICLE_KINDS = ['NEWS', 'TYPICAL_CASE', 'NOTICE'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ARTICLE_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const ARTICLE_ACTIONS = ['EDIT', 'PUBLISH', 'WITHDRAW'] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

export const ARTICLE_KIND_LABELS: Readonly<Record<ArticleKind, { 'zh-CN': string; en: string }>> = {
  NEWS: { 'zh-CN': '工作动态', en: 'news' },
  TYPICAL_CASE: { 'zh-CN': '典型案例', en: 'typical cases' },
  NOTICE: { 'zh-CN': '通知公告', en: 'notices' },
};

export const ARTICLE_TITLE_MAX = 100;
export const ARTICLE_SUMMARY_MAX = 300;
export const ARTICLE_BODY_MAX = 20000;
export const ARTICLE_SOURCE_MAX = 50;
/** Public pages: at most this many articles per page. */
export const ARTICLE_PAGE_MAX = 50;

export interface ArticleInput {
  kind: ArticleKind;
  title: string;
  summary?: string | null;
  body: string;
  /** 来源: the office that wrote it (县住建局, a township). */
  source?: string | null;
}

/** Something that looks like an HTML tag, comment or entity: refused, the article is text. */
const MARKUP = /<\s*\/?\s*[a-zA-Z!][^>]*>|&#?[a-zA-Z0-9]+;/;
/** Control characters other than tab and line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function text(errors: FieldIssue[], field: string, value: string | null | undefined, max: number, required: boolean) {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) errors.push({ field, code: 'REQUIRED' });
    return;
  }
  if (Array.from(v).length > max) errors.push({ field, code: 'TOO_LONG', params: { max } });
  else if (MARKUP.test(v)) errors.push({ field, code: 'MARKUP_NOT_ALLOWED' });
  else if (CONTROL.test(v)) errors.push({ field, code: 'INVALID_FORMAT' });
}

export function checkArticle(a: ArticleInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!(ARTICLE_KINDS as readonly string[]).includes(a.kind)) errors.push({ field: 'articleKind', code: 'INVALID_FORMAT' });
  text(errors, 'title', a.title, ARTICLE_TITLE_MAX, true);
  text(errors, 'articleSummary', a.summary, ARTICLE_SUMMARY_MAX, false);
  text(errors, 'body', a.body, ARTICLE_BODY_MAX, true);
  text(errors, 'articleSource', a.source, ARTICLE_SOURCE_MAX, false);
  return errors;
}

/** The article's paragraphs as the public page shows them: split on blank lines, trimmed, empty ones dropped. */
export function articleParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Which step an article may take from its status; null when allowed. */
export function articleTransitionIssue(status: ArticleStatus, action: ArticleAction): FieldIssue | null {
  const ok = action === 'EDIT' || action === 'PUBLISH' ? status === 'DRAFT' : status === 'PUBLISHED';
  return ok ? null : { field: 'article', code: 'ARTICLE_STATUS', params: { status, action } };
}

/** Only the bureau (publicity:manage) writes, publishes and withdraws; null when allowed. */
export function articleScopeIssue(who: Principal | null | undefined): FieldIssue | null {
  return can(who, 'publicity:manage') ? null : { field: 'article', code: 'OUT_OF_SCOPE' };
}

/** EDIT, PUBLISH and WITHDRAW for the bureau, each with why not; nothing for anyone else. */
export function articleActions(a: { status: ArticleStatus }, who: Principal | null | undefined): ActionAvailability<ArticleAction>[] {
  if (articleScopeIssue(who)) return [];
  return ARTICLE_ACTIONS.map((action) => availability(action, articleTransitionIssue(a.status, action)));
}

// ---- images ------------------------------------------------------------------------------------------------------

/**
 * Images of an article (photos of a typical case, of a meeting): JPG or PNG judged by content, each at most
 * ARTICLE_IMAGE_MAX_BYTES, at most ARTICLE_IMAGES_MAX per article, attached and removed while the article is a draft
 * (a published article is withdrawn and written anew, images included). The public sees an image only while its
 * article is published.
 */
export const ARTICLE_IMAGES_MAX = 6;
export const ARTICLE_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const ARTICLE_IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png'];
export const ARTICLE_IMAGE_TYPES_LABEL = 'JPG, PNG';
export const ARTICLE_IMAGE_CAPTION_MAX = 100;

export interface ArticleImageFacts {
  /** The type judged from the content (null: not a recognised type). */
  mime: string | null;
  bytes: number;
  caption?: string | null;
}

/** Why an image cannot be attached to the article (status and how many it has), or nothing when it can. */
export function checkArticleImage(article: { status: ArticleStatus; images: number }, image: ArticleImageFacts): FieldIssue[] {
  const status = articleTransitionIssue(article.status, 'EDIT');
  if (status) return [status];
  if (article.images >= ARTICLE_IMAGES_MAX) return [{ field: 'articleImages', code: 'TOO_MANY_PHOTOS', params: { max: ARTICLE_IMAGES_MAX } }];
  const errors: FieldIssue[] = [];
  if (!image.mime || !ARTICLE_IMAGE_TYPES.includes(image.mime)) {
    errors.push({ field: 'file', code: 'FILE_TYPE_NOT_ALLOWED', params: { allowed: ARTICLE_IMAGE_TYPES_LABEL } });
  } else if (image.bytes > ARTICLE_IMAGE_MAX_BYTES) {
    errors.push({ field: 'file', code: 'FILE_TOO_LARGE', params: { max: `${ARTICLE_IMAGE_MAX_BYTES / 1048576} MB` } });
  } else if (image.bytes <= 0) errors.push({ field: 'file', code: 'REQUIRED' });
  text(errors, 'imageCaption', image.caption, ARTICLE_IMAGE_CAPTION_MAX, false);
  return errors;
}

/** Removing an image: only from a draft. */
export const articleImageRemoveIssue = (status: ArticleStatus): FieldIssue | null => articleTransitionIssue(status, 'EDIT');

/** Whether anyone, signed in or not, may be served the image of an article in this status: only while published. */
export const articleImageIsPublic = (status: ArticleStatus): boolean => status === 'PUBLISHED';

/** Page and page size of a public list, clamped: page from 1, size 1..ARTICLE_PAGE_MAX (10 by default). */
export function articlePage(page: number | null | undefined, perPage: number | null | undefined): { page: number; perPage: number; offset: number } {
  const p = Number.isInteger(page) && page! >= 1 ? page! : 1;
  const s = Number.isInteger(perPage) && perPage! >= 1 ? Math.min(perPage!, ARTICLE_PAGE_MAX) : 10;
  return { page: p, perPage: s, offset: (p - 1) * s };
}
