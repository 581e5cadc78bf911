import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, seesPersonalData } from './masking.js';

describe('masking', () => {
  it('keeps the surname of a name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('*');
    expect(maskName('')).toBe('');
  });

  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0571-88886666')).toBe('057******6666');
    expect(maskPhone('88886666')).toBe('****6666');
    expect(maskPhone('110')).toBe('***');
  });

  it('shows personal data only to ADMIN, REGULATOR, the handling department and the employer', () => {
    const owner = { handlingDepartmentId: '2', employerEnterpriseId: '9' };
    expect(seesPersonalData({ userId: '1', role: 'ADMIN' }, owner)).toBe(true);
    expect(seesPersonalData({ userId: '1', role: 'REGULATOR' }, owner)).toBe(true);
    expect(seesPersonalData({ userId: '1', role: 'DEPARTMENT', departmentId: '2' }, owner)).toBe(true);
    expect(seesPersonalData({ userId: '1', role: 'DEPARTMENT', departmentId: '3' }, owner)).toBe(false);
    expect(seesPersonalData({ userId: '1', role: 'ENTERPRISE', enterpriseId: '9' }, owner)).toBe(true);
    expect(seesPersonalData({ userId: '1', role: 'ENTERPRISE', enterpriseId: '8' }, owner)).toBe(false);
    expect(seesPersonalData({ userId: '1', role: 'ANALYST' }, owner)).toBe(false);
    expect(seesPersonalData({ userId: '1', role: 'TOWNSHIP', townshipId: '1' }, owner)).toBe(false);
    expect(seesPersonalData(null, owner)).toBe(false);
  });
});
