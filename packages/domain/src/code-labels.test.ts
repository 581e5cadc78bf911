import { describe, expect, it } from 'vitest';
import { codeLabel } from './code-labels.js';
import { messageFor } from './field-errors.js';

describe('codes in messages are named, never quoted', () => {
  it('rating, bulletin and credit-record states and actions read as words in both languages', () => {
    expect(messageFor({ field: 'ratingId', code: 'RATING_STATUS', params: { status: 'PUBLISHED' } }, 'zh-CN')).toBe(
      '季度评比当前状态为“已发布”，不能执行此操作',
    );
    expect(messageFor({ field: 'ratingId', code: 'RATING_STATUS', params: { status: 'PUBLISHED' } }, 'en')).toBe('the rating is published: not allowed');
    expect(messageFor({ field: 'bulletin', code: 'BULLETIN_STATUS', params: { status: 'PUBLISHED', action: 'REGENERATE' } }, 'zh-CN')).toBe(
      '月通报当前状态为“已发布”，不能执行“重新生成”（已发布的通报不可更改）',
    );
    expect(messageFor({ field: 'recordId', code: 'ILLEGAL_TRANSITION', params: { from: 'REVOKED', action: 'publicize' } }, 'zh-CN')).toBe(
      '信用记录当前状态为“已撤销”，不能执行“公示”',
    );
    expect(messageFor({ field: 'category', code: 'UNKNOWN_CATEGORY', params: { value: 'RUST' } }, 'en')).toBe('unknown category: RUST');
  });

  it('names codes by family where the same code means different things', () => {
    expect(codeLabel('ELEVATOR', 'zh-CN')).toBe('电梯');
    expect(codeLabel('NONE', 'zh-CN', 'serviceMode')).toBe('无物业');
    expect(codeLabel('NONE', 'zh-CN', 'listStatus')).toBe('无');
    expect(codeLabel('PENDING', 'zh-CN', 'objectionStatus')).toBe('待复核');
    expect(codeLabel('SOMETHING_NEW', 'en')).toBe('SOMETHING_NEW');
  });
});
