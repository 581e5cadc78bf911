import { describe, expect, it } from 'vitest';
import type { Role } from '../enums.js';
import { messageFor } from '../field-errors.js';
import { ratingActions, ratingStepIssue, type RatingStatus } from './rating-actions.js';

const offered = (status: RatingStatus, role: Role, userId = '2', preparedBy: string | null = '1') =>
  ratingActions({ quarter: '2026Q3', status, preparedBy }, { userId, role }).map((a) => `${a.action}:${a.available ? 'yes' : messageFor(a.reason!, 'zh-CN')}`);

describe('quarterly rating actions', () => {
  it('a prepared rating: another member of the bureau reviews it; publishing waits for the review and for ADMIN', () => {
    expect(offered('PREPARED', 'REGULATOR')).toEqual(['PREPARE:yes', 'REVIEW:yes', 'PUBLISH:仅系统管理员可发布']);
    expect(offered('PREPARED', 'ADMIN')).toEqual(['PREPARE:yes', 'REVIEW:yes', 'PUBLISH:须先复核']);
  });

  it('the preparer may not review it, whatever the role', () => {
    expect(offered('PREPARED', 'ADMIN', '1')).toEqual(['PREPARE:yes', 'REVIEW:复核人不能是编制人', 'PUBLISH:须先复核']);
    expect(offered('PREPARED', 'REGULATOR', '1')).toContain('REVIEW:复核人不能是编制人');
    // Prepared by the system (a job or the seed): anyone of the bureau may review.
    expect(offered('PREPARED', 'REGULATOR', '1', null)).toContain('REVIEW:yes');
  });

  it('a reviewed rating: ADMIN publishes it, a second review is refused', () => {
    expect(offered('REVIEWED', 'ADMIN')).toEqual(['PREPARE:yes', 'REVIEW:该季度评比已复核', 'PUBLISH:yes']);
    expect(offered('REVIEWED', 'REGULATOR')).toEqual(['PREPARE:yes', 'REVIEW:该季度评比已复核', 'PUBLISH:仅系统管理员可发布']);
  });

  it('nothing is offered on a published rating, nor to readers', () => {
    expect(offered('PUBLISHED', 'ADMIN')).toEqual([]);
    for (const role of ['ANALYST', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE'] as const) expect(offered('PREPARED', role)).toEqual([]);
    expect(ratingActions({ quarter: '2026Q3', status: 'PREPARED', preparedBy: null }, null)).toEqual([]);
  });

  it('the commands refuse a published rating', () => {
    const published = { quarter: '2026Q3', status: 'PUBLISHED', preparedBy: null } as const;
    expect(messageFor(ratingStepIssue(published, 'PREPARE', null)!, 'zh-CN')).toBe('评比季度 2026Q3 已存在');
    expect(ratingStepIssue(published, 'PUBLISH', null)).toMatchObject({ field: 'ratingId', code: 'RATING_STATUS' });
  });
});
