import { describe, expect, it } from 'vitest';
import { hasMessage, messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import {
  ARTICLE_IMAGE_MAX_BYTES,
  ARTICLE_IMAGES_MAX,
  articleActions,
  articleImageIsPublic,
  articleImageRemoveIssue,
  articlePage,
  articleParagraphs,
  articleTransitionIssue,
  checkArticle,
  checkArticleImage,
  checkMinutes,
  checkPeerVisit,
  minutesActions,
  minutesApproveIssue,
  minutesEditIssue,
  type MeetingFacts,
  type MinutesFacts,
} from './index.js';

const regulator: Principal = { userId: '2', role: 'REGULATOR' };
const regulator2: Principal = { userId: '3', role: 'REGULATOR' };
const dept: Principal = { userId: '4', role: 'DEPARTMENT', departmentId: '7' };
const otherDept: Principal = { userId: '5', role: 'DEPARTMENT', departmentId: '8' };
const town: Principal = { userId: '6', role: 'TOWNSHIP', townshipId: '1' };
const firm: Principal = { userId: '9', role: 'ENTERPRISE', enterpriseId: '1' };

const heldAt = new Date('2026-10-12T07:00:00Z');
const before = new Date('2026-10-12T06:59:59Z');
const after = new Date('2026-10-12T07:00:00Z');
const bureauMeeting: MeetingFacts = { heldAt, hostDepartmentId: null, hostTownshipId: null };
const deptMeeting: MeetingFacts = { heldAt, hostDepartmentId: '7', hostTownshipId: null };
const draft = (writtenById = '2'): MinutesFacts => ({ status: 'DRAFT', writtenById, body: '纪要' });
const submitted = (writtenById = '2'): MinutesFacts => ({ status: 'SUBMITTED', writtenById, body: '纪要' });
const approved: MinutesFacts = { status: 'APPROVED', writtenById: '2', body: '纪要' };
const codes = (xs: { action: string; available: boolean; reason: { code: string } | null }[]) =>
  Object.fromEntries(xs.map((x) => [x.action, x.available ? 'ok' : x.reason!.code]));

describe('meeting minutes: written after the meeting, approved by another regulator, then read-only', () => {
  it('are written from the meeting’s start, not a second before', () => {
    expect(minutesEditIssue(bureauMeeting, null, regulator, before)?.code).toBe('MEETING_NOT_HELD');
    expect(minutesEditIssue(bureauMeeting, null, regulator, after)).toBeNull();
  });

  it('a department writes the minutes of a meeting it held, not of another’s nor of the leading group’s; a firm writes none', () => {
    expect(minutesEditIssue(deptMeeting, null, dept, after)).toBeNull();
    expect(minutesEditIssue(deptMeeting, null, otherDept, after)?.code).toBe('OUT_OF_SCOPE');
    expect(minutesEditIssue(bureauMeeting, null, dept, after)?.code).toBe('OUT_OF_SCOPE');
    expect(minutesEditIssue({ ...bureauMeeting, hostTownshipId: '1' }, null, town, after)).toBeNull();
    expect(minutesEditIssue(bureauMeeting, null, firm, after)?.code).toBe('OUT_OF_SCOPE');
    expect(minutesActions(bureauMeeting, null, firm, after)).toEqual([]);
  });

  it('only the writer changes or submits the draft; the other regulator approves or returns it', () => {
    expect(codes(minutesActions(bureauMeeting, draft(), regulator, after))).toEqual({
      EDIT: 'ok',
      SUBMIT: 'ok',
      APPROVE: 'MINUTES_NOT_SUBMITTED',
      RETURN: 'MINUTES_NOT_SUBMITTED',
    });
    expect(codes(minutesActions(bureauMeeting, draft(), regulator2, after))).toMatchObject({ EDIT: 'NOT_THE_WRITER', SUBMIT: 'NOT_THE_WRITER' });
    expect(codes(minutesActions(bureauMeeting, submitted(), regulator, after))).toEqual({
      EDIT: 'MINUTES_SUBMITTED',
      SUBMIT: 'MINUTES_SUBMITTED',
      APPROVE: 'APPROVER_IS_WRITER',
      RETURN: 'APPROVER_IS_WRITER',
    });
    expect(codes(minutesActions(bureauMeeting, submitted(), regulator2, after))).toMatchObject({ APPROVE: 'ok', RETURN: 'ok' });
    // A department's minutes are approved by a regulator; the department approves nothing.
    expect(minutesApproveIssue(submitted('4'), regulator)).toBeNull();
    expect(minutesApproveIssue(submitted('2'), dept)?.code).toBe('OUT_OF_SCOPE');
    expect(codes(minutesActions(deptMeeting, submitted('4'), dept, after))).toEqual({ EDIT: 'MINUTES_SUBMITTED', SUBMIT: 'MINUTES_SUBMITTED' });
  });

  it('approved minutes offer nothing that can be taken, to anyone', () => {
    for (const who of [regulator, regulator2, dept]) {
      const offered = minutesActions(deptMeeting, approved, who, after);
      expect(offered.every((a) => !a.available && a.reason?.code === 'MINUTES_APPROVED')).toBe(true);
    }
  });

  it('need their text and at least one attendee', () => {
    expect(checkMinutes({ body: ' ', attendees: [' '] }).map((i) => i.field)).toEqual(['body', 'minutesAttendees']);
    expect(checkMinutes({ body: '纪'.repeat(10000), attendees: ['住建局'] })).toEqual([]);
    expect(checkMinutes({ body: '纪'.repeat(10001), attendees: ['住建局'] })[0]!.code).toBe('TOO_LONG');
  });
});

describe('peer visits (观摩)', () => {
  const ok = { visitedOn: '2026-11-15', hostEnterpriseId: '1', visitorEnterpriseIds: ['2', '3'], visitorPeople: ['王建国（县住建局）'], findings: '台账齐全' };
  it('take a host, visitors, a day up to today and findings', () => {
    expect(checkPeerVisit(ok, '2026-11-15')).toEqual([]);
    expect(checkPeerVisit({ ...ok, visitedOn: '2026-11-16' }, '2026-11-15')[0]).toEqual({ field: 'visitedOn', code: 'IN_FUTURE' });
    expect(checkPeerVisit({ ...ok, hostEnterpriseId: null, hostCommunityId: '5' }, '2026-11-15')).toEqual([]);
    expect(checkPeerVisit({ ...ok, hostEnterpriseId: null }, '2026-11-15').map((i) => i.field)).toEqual(['hostEnterpriseId']);
    expect(checkPeerVisit({ ...ok, visitorEnterpriseIds: [], visitorPeople: [' '] }, '2026-11-15').map((i) => i.code)).toEqual(['REQUIRED']);
    expect(checkPeerVisit({ ...ok, visitorEnterpriseIds: ['1'] }, '2026-11-15').map((i) => i.code)).toEqual(['HOST_VISITS_ITSELF']);
    expect(checkPeerVisit({ ...ok, visitorEnterpriseIds: ['2', '2'] }, '2026-11-15').map((i) => i.code)).toEqual(['DUPLICATE_VISITOR']);
    expect(checkPeerVisit({ ...ok, findings: '' }, '2026-11-15').map((i) => i.field)).toEqual(['visitFindings']);
  });
});

describe('publicity articles: draft → published → withdrawn, plain text only', () => {
  const article = { kind: 'NEWS' as const, title: '我县召开物业管理联席会议', body: '第一段。\n\n第二段。' };
  it('refuse markup and entities, so nothing can be injected into the public page', () => {
    expect(checkArticle(article)).toEqual([]);
    expect(checkArticle({ ...article, body: '见<script>alert(1)</script>' })).toEqual([{ field: 'body', code: 'MARKUP_NOT_ALLOWED' }]);
    expect(checkArticle({ ...article, title: '<img src=x onerror=alert(1)>' })).toEqual([{ field: 'title', code: 'MARKUP_NOT_ALLOWED' }]);
    expect(checkArticle({ ...article, summary: 'a &lt; b' })).toEqual([{ field: 'articleSummary', code: 'MARKUP_NOT_ALLOWED' }]);
    // Comparisons and arrows in plain prose are fine.
    expect(checkArticle({ ...article, body: '满意度 < 80% 的小区 -> 约谈；3 > 2' })).toEqual([]);
    expect(checkArticle({ ...article, title: '标'.repeat(101) })[0]!.code).toBe('TOO_LONG');
    expect(checkArticle({ ...article, kind: 'BLOG' as never })[0]!.field).toBe('articleKind');
  });

  it('split into paragraphs on blank lines', () => {
    expect(articleParagraphs('一\r\n\r\n  二  \n三\n\n\n')).toEqual(['一', '二  \n三']);
  });

  it('move forward only, and only the bureau moves them', () => {
    expect(articleTransitionIssue('DRAFT', 'PUBLISH')).toBeNull();
    expect(articleTransitionIssue('DRAFT', 'WITHDRAW')?.code).toBe('ARTICLE_STATUS');
    expect(articleTransitionIssue('PUBLISHED', 'WITHDRAW')).toBeNull();
    expect(articleTransitionIssue('PUBLISHED', 'EDIT')?.code).toBe('ARTICLE_STATUS');
    expect(articleTransitionIssue('WITHDRAWN', 'PUBLISH')?.code).toBe('ARTICLE_STATUS');
    expect(codes(articleActions({ status: 'PUBLISHED' }, regulator))).toEqual({ EDIT: 'ARTICLE_STATUS', PUBLISH: 'ARTICLE_STATUS', WITHDRAW: 'ok' });
    expect(articleActions({ status: 'DRAFT' }, dept)).toEqual([]);
    expect(articleActions({ status: 'DRAFT' }, null)).toEqual([]);
  });

  it('page public lists within bounds', () => {
    expect(articlePage(undefined, undefined)).toEqual({ page: 1, perPage: 10, offset: 0 });
    expect(articlePage(3, 50)).toEqual({ page: 3, perPage: 50, offset: 100 });
    expect(articlePage(0, 51)).toEqual({ page: 1, perPage: 50, offset: 0 });
    expect(articlePage(-1, 0)).toEqual({ page: 1, perPage: 10, offset: 0 });
  });
});

describe('article images: JPG or PNG by content, size and number capped, on drafts only, public while published', () => {
  const draft = (images = 0) => ({ status: 'DRAFT' as const, images });
  const codes = (issues: { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);
  it('take a JPG or PNG up to the size limit, refuse other types and one byte more', () => {
    expect(checkArticleImage(draft(), { mime: 'image/png', bytes: ARTICLE_IMAGE_MAX_BYTES })).toEqual([]);
    expect(checkArticleImage(draft(), { mime: 'image/jpeg', bytes: 1, caption: '观摩现场' })).toEqual([]);
    expect(codes(checkArticleImage(draft(), { mime: 'image/png', bytes: ARTICLE_IMAGE_MAX_BYTES + 1 }))).toEqual(['file:FILE_TOO_LARGE']);
    expect(codes(checkArticleImage(draft(), { mime: 'application/pdf', bytes: 10 }))).toEqual(['file:FILE_TYPE_NOT_ALLOWED']);
    expect(codes(checkArticleImage(draft(), { mime: null, bytes: 10 }))).toEqual(['file:FILE_TYPE_NOT_ALLOWED']);
    expect(codes(checkArticleImage(draft(), { mime: 'image/png', bytes: 0 }))).toEqual(['file:REQUIRED']);
  });
  it('at most six per article', () => {
    expect(checkArticleImage(draft(ARTICLE_IMAGES_MAX - 1), { mime: 'image/png', bytes: 10 })).toEqual([]);
    expect(codes(checkArticleImage(draft(ARTICLE_IMAGES_MAX), { mime: 'image/png', bytes: 10 }))).toEqual(['articleImages:TOO_MANY_PHOTOS']);
  });
  it('captions are plain text of at most 100 characters', () => {
    expect(checkArticleImage(draft(), { mime: 'image/png', bytes: 10, caption: 'x'.repeat(100) })).toEqual([]);
    expect(codes(checkArticleImage(draft(), { mime: 'image/png', bytes: 10, caption: 'x'.repeat(101) }))).toEqual(['imageCaption:TOO_LONG']);
    expect(codes(checkArticleImage(draft(), { mime: 'image/png', bytes: 10, caption: '<img src=x>' }))).toEqual(['imageCaption:MARKUP_NOT_ALLOWED']);
  });
  it('are attached and removed only while the article is a draft, and public only while it is published', () => {
    expect(codes(checkArticleImage({ status: 'PUBLISHED', images: 0 }, { mime: 'image/png', bytes: 10 }))).toEqual(['article:ARTICLE_STATUS']);
    expect(codes(checkArticleImage({ status: 'WITHDRAWN', images: 0 }, { mime: 'image/png', bytes: 10 }))).toEqual(['article:ARTICLE_STATUS']);
    expect(articleImageRemoveIssue('DRAFT')).toBeNull();
    expect(articleImageRemoveIssue('PUBLISHED')?.code).toBe('ARTICLE_STATUS');
    expect([articleImageIsPublic('DRAFT'), articleImageIsPublic('PUBLISHED'), articleImageIsPublic('WITHDRAWN')]).toEqual([false, true, false]);
  });
  it('refusals read in Chinese', () => {
    const [tooMany] = checkArticleImage(draft(ARTICLE_IMAGES_MAX), { mime: 'image/png', bytes: 10 });
    expect(messageFor(tooMany!, 'zh-CN')).toBe('稿件图片最多 6 张');
    const [large] = checkArticleImage(draft(), { mime: 'image/png', bytes: ARTICLE_IMAGE_MAX_BYTES + 1 });
    expect(messageFor(large!, 'zh-CN')).toBe('文件超过大小上限 5 MB');
  });
});

describe('every refusal reads as a sentence naming its field', () => {
  it('in Chinese', () => {
    const issues = [
      ...checkMinutes({ body: '', attendees: [] }),
      ...checkPeerVisit({ visitedOn: 'x', visitorEnterpriseIds: ['1', '1'], visitorPeople: [], findings: '' }, '2026-11-15'),
      ...checkArticle({ kind: 'NEWS', title: '<b>', body: '' }),
      minutesEditIssue(bureauMeeting, null, regulator, before)!,
      minutesApproveIssue(submitted(), regulator)!,
      articleTransitionIssue('WITHDRAWN', 'PUBLISH')!,
    ];
    for (const i of issues) expect(hasMessage(i.code), i.code).toBe(true);
    expect(messageFor(minutesApproveIssue(submitted(), regulator)!, 'zh-CN')).toBe('会议纪要须由撰写人以外的监管人员审定');
    expect(messageFor(articleTransitionIssue('WITHDRAWN', 'PUBLISH')!, 'zh-CN')).toBe('宣传稿件当前为“已撤回”，不能发布');
  });
});
