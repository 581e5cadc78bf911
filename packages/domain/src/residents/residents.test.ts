import { describe, expect, it } from 'vitest';
import { messageFor } from '../field-errors.js';
import {
  PUBLIC_COMPLAINT_LIMITS as L,
  checkPublicComplaintForm,
  complaintTextSimilarity,
  findDuplicateComplaint,
  isHoneypotFilled,
  normaliseTrackingCode,
  publicComplaintStatus,
  trackingCodeFrom,
  type PublicComplaintForm,
} from './public-complaint.js';
import {
  SURVEY_LIMITS,
  checkSurveyCodeUse,
  checkSurveySetup,
  defaultSurveySample,
  g6Due,
  normaliseSurveyCode,
  satisfactionWithSurveys,
  scoreSurvey,
  surveyCodeFrom,
  type SurveyAnswer,
} from './survey.js';

const form = (over: Partial<PublicComplaintForm> = {}): PublicComplaintForm => ({
  category: 'SANITATION',
  communityId: '12',
  content: '小区垃圾三天没有清运，楼道堆满杂物',
  photos: [],
  ...over,
});
const fields = (f: PublicComplaintForm) => checkPublicComplaintForm(f).map((i) => `${i.field}:${i.code}`);

describe('public complaint form limits', () => {
  it('accepts a plain complaint with no contact and no photos', () => {
    expect(fields(form())).toEqual([]);
  });
  it('content: at least 10 and at most 1000 characters (counted as characters, not UTF-16 units)', () => {
    expect(fields(form({ content: '一二三四五六七八九' }))).toEqual(['content:TOO_SHORT']);
    expect(fields(form({ content: '一二三四五六七八九十' }))).toEqual([]);
    expect(fields(form({ content: '字'.repeat(L.contentMax) }))).toEqual([]);
    expect(fields(form({ content: '字'.repeat(L.contentMax + 1) }))).toEqual(['content:TOO_LONG']);
    expect(fields(form({ content: '😀'.repeat(L.contentMax) }))).toEqual([]);
    expect(fields(form({ content: '   ' }))).toEqual(['content:REQUIRED']);
  });
  it('category and community are required and checked', () => {
    expect(fields(form({ category: '', communityId: null }))).toEqual(['category:REQUIRED', 'communityId:REQUIRED']);
    expect(fields(form({ category: 'NOPE', communityId: '0' }))).toEqual(['category:INVALID_FORMAT', 'communityId:INVALID_ID']);
  });
  it('contact is optional; a phone given must be a phone', () => {
    expect(fields(form({ contactName: '张三', contactPhone: '13812345678' }))).toEqual([]);
    expect(fields(form({ contactPhone: '12345' }))).toEqual(['contactPhone:INVALID_PHONE']);
    expect(fields(form({ contactName: '名'.repeat(L.nameMax + 1) }))).toEqual(['contactName:TOO_LONG']);
  });
  it('photos: at most 3, JPG or PNG by content, at most 5 MB each', () => {
    const ok = { mime: 'image/jpeg', bytes: L.photoMaxBytes };
    expect(fields(form({ photos: [ok, ok, ok] }))).toEqual([]);
    expect(fields(form({ photos: [ok, ok, ok, ok] }))).toEqual(['photos:TOO_MANY_PHOTOS']);
    expect(fields(form({ photos: [{ mime: 'image/png', bytes: L.photoMaxBytes + 1 }] }))).toEqual(['photos.1:PHOTO_TOO_LARGE']);
    expect(fields(form({ photos: [ok, { mime: 'application/pdf', bytes: 10 }] }))).toEqual(['photos.2:PHOTO_TYPE']);
    expect(fields(form({ photos: [{ mime: null, bytes: 10 }] }))).toEqual(['photos.1:PHOTO_TYPE']);
  });
  it('says what is wrong in Chinese, naming the field', () => {
    const [issue] = checkPublicComplaintForm(form({ photos: [{ mime: 'image/png', bytes: L.photoMaxBytes + 1 }] }));
    expect(messageFor(issue!, 'zh-CN')).toBe('照片（1）不能超过 5 MB');
  });
  it('the honeypot is filled only by programs', () => {
    expect(isHoneypotFilled('')).toBe(false);
    expect(isHoneypotFilled(null)).toBe(false);
    expect(isHoneypotFilled(' http://spam ')).toBe(true);
  });
});

describe('duplicate detection', () => {
  const now = new Date('2026-11-15T04:00:00Z');
  const earlier = (code: string, content: string, daysAgo: number, communityId = '12') => ({
    trackingCode: code,
    communityId,
    content,
    receivedAt: new Date(now.getTime() - daysAgo * 86_400_000),
  });
  const text = '小区垃圾三天没有清运，楼道堆满杂物';
  it('near-identical text ignores spaces and punctuation', () => {
    expect(complaintTextSimilarity(text, '小区垃圾三天没有清运 楼道堆满杂物!!')).toBe(1);
    expect(complaintTextSimilarity(text, '电梯坏了一个月没人修')).toBeLessThan(0.2);
  });
  it('same community within 7 days → the earliest code; outside the window or another community → none', () => {
    const rows = [earlier('TS-B', text, 2), earlier('TS-A', text + '。', 6.9), earlier('TS-OLD', text, 7.1), earlier('TS-OTHER', text, 1, '13')];
    expect(findDuplicateComplaint({ communityId: '12', content: text }, rows, now)?.trackingCode).toBe('TS-A');
    expect(findDuplicateComplaint({ communityId: '12', content: text }, [rows[2]!, rows[3]!], now)).toBeNull();
    expect(findDuplicateComplaint({ communityId: '12', content: '电梯坏了一个月没人修，老人上下楼困难' }, rows, now)).toBeNull();
  });
  it('the threshold is 0.9: a text with one word changed in a long complaint still matches, a half-changed one does not', () => {
    const long = '我们小区三号楼东侧的消防通道长期被私家车占用，物业多次劝说无效，夜间救护车无法进入，请尽快处理';
    const oneWord = long.replace('夜间', '晚上');
    expect(complaintTextSimilarity(long, oneWord)).toBeGreaterThanOrEqual(0.9);
    expect(findDuplicateComplaint({ communityId: '12', content: oneWord }, [earlier('TS-L', long, 1)], now)?.trackingCode).toBe('TS-L');
    const half = long.slice(0, 24) + '电梯经常困人维保单位不来检修业主非常担心安全问题';
    expect(findDuplicateComplaint({ communityId: '12', content: half }, [earlier('TS-L', long, 1)], now)).toBeNull();
  });
});

describe('tracking codes', () => {
  it('are made from random bytes, in an unambiguous alphabet, and read back however typed', () => {
    const code = trackingCodeFrom(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 30]));
    expect(code).toBe('TS-ABCDE-FGHJ9');
    expect(normaliseTrackingCode(' ts abcde fghj9 ')).toBe(code);
    expect(normaliseTrackingCode('TSABCDEFGHJ9')).toBe(code);
    expect(normaliseTrackingCode('TS-ABCDE-FGHJ0')).toBeNull();
    expect(normaliseTrackingCode('TS-ABCDE-FGHJ')).toBeNull();
    expect(() => trackingCodeFrom(new Uint8Array(9))).toThrow();
  });
  it('a resident sees five statuses', () => {
    expect(publicComplaintStatus('ROUTED')).toBe('ACCEPTED');
    expect(publicComplaintStatus('TURNED_INTO_ISSUE')).toBe('IN_PROGRESS');
    expect(publicComplaintStatus('RESOLVED')).toBe('ANSWERED');
    expect(publicComplaintStatus('CLOSED')).toBe('CLOSED');
  });
});

const answers = (s: number, b: number, d: number): SurveyAnswer[] => [
  ...Array<SurveyAnswer>(s).fill('SATISFIED'),
  ...Array<SurveyAnswer>(b).fill('BASICALLY_SATISFIED'),
  ...Array<SurveyAnswer>(d).fill('DISSATISFIED'),
];

describe('satisfaction surveys', () => {
  it('default sample: one in ten, at least 5 (all of a tiny community), at most 200', () => {
    expect(defaultSurveySample(3)).toBe(3);
    expect(defaultSurveySample(30)).toBe(5);
    expect(defaultSurveySample(451)).toBe(46);
    expect(defaultSurveySample(5000)).toBe(200);
  });
  it('setup limits', () => {
    const ok = { communityId: '1', title: '2026 年第四季度满意度调查', sampleSize: 20, households: 300, opensOn: '2026-11-01', closesOn: '2026-11-30' };
    expect(checkSurveySetup(ok)).toEqual([]);
    expect(checkSurveySetup({ ...ok, sampleSize: 301 }).map((i) => i.code)).toEqual(['OUT_OF_RANGE']);
    expect(checkSurveySetup({ ...ok, sampleSize: 4 }).map((i) => i.code)).toEqual(['OUT_OF_RANGE']);
    expect(checkSurveySetup({ ...ok, households: 3, sampleSize: 3 })).toEqual([]);
    expect(checkSurveySetup({ ...ok, closesOn: '2026-10-31' }).map((i) => i.code)).toEqual(['DATE_BEFORE']);
  });
  it('scores (satisfied + basically satisfied) ÷ answers; counts once half the sample answered', () => {
    expect(scoreSurvey(20, answers(8, 1, 0))).toMatchObject({ answers: 9, rate: 1, counts: false });
    expect(scoreSurvey(20, answers(8, 1, 1))).toMatchObject({ answers: 10, rate: 0.9, counts: true });
    expect(scoreSurvey(20, [])).toMatchObject({ rate: null, counts: false });
  });
  it('G6 at exactly 90%, not below; not without a serving firm; once per survey', () => {
    const at90 = scoreSurvey(20, answers(6, 3, 1));
    const below = scoreSurvey(20, answers(15, 2, 2)); // 17/19 = 89.5%
    expect(g6Due(at90, true, false)).toBe(true);
    expect(g6Due(below, true, false)).toBe(false);
    expect(g6Due(at90, false, false)).toBe(false);
    expect(g6Due(at90, true, true)).toBe(false);
    expect(g6Due(scoreSurvey(40, answers(19, 0, 0)), true, false)).toBe(false);
    expect(SURVEY_LIMITS.g6Threshold).toBe(0.9);
  });
  it('feeds the satisfaction KPI with the answers of counting surveys only', () => {
    const counting = scoreSurvey(10, answers(4, 1, 1));
    const tooFew = scoreSurvey(10, answers(1, 0, 0));
    expect(satisfactionWithSurveys({ favourable: 9, total: 10 }, [counting, tooFew])).toEqual({ numerator: 14, denominator: 16 });
  });
  it('a one-time code answers once, while the survey is open', () => {
    const code = surveyCodeFrom(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]));
    expect(code).toBe('ABCD-EFGH');
    expect(normaliseSurveyCode('abcd efgh')).toBe(code);
    const open = { usedAt: null, opensOn: '2026-11-01', closesOn: '2026-11-30' };
    expect(checkSurveyCodeUse(open, '2026-11-15', 'SATISFIED')).toEqual([]);
    expect(checkSurveyCodeUse({ ...open, usedAt: new Date('2026-11-14T00:00:00Z') }, '2026-11-15', 'SATISFIED').map((i) => i.code)).toEqual([
      'SURVEY_CODE_USED',
    ]);
    expect(checkSurveyCodeUse(open, '2026-12-01', 'SATISFIED').map((i) => i.code)).toEqual(['SURVEY_CLOSED']);
    expect(checkSurveyCodeUse(open, '2026-11-30', 'SATISFIED')).toEqual([]);
    expect(checkSurveyCodeUse(null, '2026-11-15', 'SATISFIED').map((i) => i.code)).toEqual(['SURVEY_CODE_UNKNOWN']);
    expect(checkSurveyCodeUse(open, '2026-11-15', 'MEH').map((i) => i.code)).toEqual(['INVALID_FORMAT']);
  });
});
