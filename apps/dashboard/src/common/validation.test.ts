import { describe, expect, it } from 'vitest';
import { checkEnterprise } from '@wuye/domain';
import { issuesToFormErrors, requiredRefs } from './validation';

describe('domain issues → form errors', () => {
  it('gives the first message per field in the UI language', () => {
    const issues = [
      { field: 'name', code: 'REQUIRED' },
      { field: 'name', code: 'TOO_LONG', params: { max: 100 } },
      { field: 'households', code: 'NEGATIVE' },
    ];
    expect(issuesToFormErrors(issues, 'zh-CN')).toEqual({ name: '名称不能为空', households: '户数不能为负数' });
    expect(issuesToFormErrors(issues, 'en')).toEqual({ name: 'name is required', households: 'households cannot be negative' });
  });

  it('reports the same USCC problem the API would', () => {
    const errors = issuesToFormErrors(checkEnterprise({ name: '甲物业', uscc: '12345', legalRepresentative: '张三', status: 'ACTIVE' }), 'zh-CN');
    expect(errors.uscc).toContain('18');
  });

  it('requires reference fields', () => {
    expect(requiredRefs({ townshipId: '', enterpriseId: '3' }, ['townshipId', 'enterpriseId'])).toEqual([{ field: 'townshipId', code: 'REQUIRED' }]);
  });
});
