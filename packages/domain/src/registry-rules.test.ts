import { describe, expect, it } from 'vitest';
import { checkAppointment, checkCommunity, checkEnterprise, checkPassword, checkUser, servingIneligibility, type CommunityData } from './registry-rules.js';
import { messageFor, hasMessage } from './field-errors.js';
import { addDays, isIsoDate, shanghaiDate } from './dates.js';

const community = (patch: Partial<CommunityData> = {}): CommunityData => ({
  name: '阳光花园',
  type: 'OLD',
  households: 100,
  floorArea: 5000,
  serviceMode: 'NONE',
  hasEnterprise: false,
  ...patch,
});
const fields = (issues: { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);

describe('community rules', () => {
  it('accepts a complete community', () => {
    expect(checkCommunity(community({ deliveryDate: '2020-06-30', contractStart: '2024-01-01', contractEnd: '2026-12-31' }))).toEqual([]);
  });
  it('refuses negative, fractional and absurd numbers', () => {
    expect(fields(checkCommunity(community({ households: -1 })))).toEqual(['households:NEGATIVE']);
    expect(fields(checkCommunity(community({ households: 1.5 })))).toEqual(['households:NOT_INTEGER']);
    expect(fields(checkCommunity(community({ floorArea: Number.NaN })))).toEqual(['floorArea:INVALID_FORMAT']);
    expect(fields(checkCommunity(community({ households: 5_000_000 })))).toEqual(['households:OUT_OF_RANGE']);
  });
  it('refuses impossible and out-of-range dates, and a contract that ends before it starts', () => {
    expect(fields(checkCommunity(community({ deliveryDate: '2023-02-29' })))).toEqual(['deliveryDate:INVALID_DATE']);
    expect(fields(checkCommunity(community({ deliveryDate: '1900-01-01' })))).toEqual(['deliveryDate:DATE_OUT_OF_RANGE']);
    expect(fields(checkCommunity(community({ contractStart: '2025-01-01', contractEnd: '2024-12-31' })))).toEqual(['contractEnd:DATE_BEFORE']);
  });
  it('ties the serving firm to the ENTERPRISE mode both ways', () => {
    expect(fields(checkCommunity(community({ serviceMode: 'ENTERPRISE' })))).toEqual(['enterpriseId:ENTERPRISE_REQUIRED_FOR_MODE']);
    expect(fields(checkCommunity(community({ serviceMode: 'BASIC_SERVICE', hasEnterprise: true })))).toEqual(['enterpriseId:ENTERPRISE_NOT_ALLOWED_FOR_MODE']);
  });
});

describe('enterprise rules', () => {
  const firm = { name: '安居物业', uscc: '91350100M000100Y43', legalRepresentative: '王', status: 'ACTIVE' };
  it('reports each USCC problem on the uscc field', () => {
    expect(checkEnterprise(firm)).toEqual([]);
    expect(checkEnterprise({ ...firm, uscc: '91350100M000100Y44' })).toEqual([
      { field: 'uscc', code: 'USCC_CHECK_DIGIT', params: { expected: '3', actual: '4' } },
    ]);
  });
  it('checks phones and required names', () => {
    expect(fields(checkEnterprise({ ...firm, name: ' ', contactPhone: '12345' }))).toEqual(['name:REQUIRED', 'contactPhone:INVALID_PHONE']);
    expect(checkEnterprise({ ...firm, contactPhone: '0571-88886666' })).toEqual([]);
  });
  it('a black-listed or expelled firm cannot serve a community', () => {
    expect(servingIneligibility({ status: 'ACTIVE', listStatus: 'BLACK' })).toBe('BLACK');
    expect(servingIneligibility({ status: 'EXPELLED', listStatus: 'NONE' })).toBe('EXPELLED');
    expect(servingIneligibility({ status: 'ACTIVE', listStatus: 'RED' })).toBeNull();
    expect(servingIneligibility({ status: 'SUSPENDED', listStatus: 'NONE' })).toBeNull();
  });
});

describe('users and passwords', () => {
  it('needs exactly the scope field of the role', () => {
    const base = { username: 'zhang.san', displayName: '张三' };
    expect(checkUser({ ...base, role: 'ADMIN' })).toEqual([]);
    expect(fields(checkUser({ ...base, role: 'ENTERPRISE' }))).toEqual(['enterpriseId:SCOPE_REQUIRED']);
    expect(fields(checkUser({ ...base, role: 'ANALYST', townshipId: '1' }))).toEqual(['townshipId:SCOPE_NOT_ALLOWED']);
    expect(fields(checkUser({ ...base, username: 'A b', role: 'ADMIN' }))).toEqual(['username:INVALID_FORMAT']);
  });
  it('an agency member needs the agency and a position; nobody else has a position', () => {
    const base = { username: 'zhang.san', displayName: '张三' };
    expect(checkUser({ ...base, role: 'AGENCY', agencyId: '1', position: 'CLERK' })).toEqual([]);
    expect(fields(checkUser({ ...base, role: 'AGENCY', position: 'HEAD' }))).toEqual(['agencyId:SCOPE_REQUIRED']);
    expect(fields(checkUser({ ...base, role: 'AGENCY', agencyId: '1' }))).toEqual(['position:REQUIRED']);
    expect(fields(checkUser({ ...base, role: 'AGENCY', agencyId: '1', position: 'BOSS' }))).toEqual(['position:INVALID_FORMAT']);
    expect(fields(checkUser({ ...base, role: 'ADMIN', position: 'HEAD' }))).toEqual(['position:SCOPE_NOT_ALLOWED']);
  });
  it('asks for 10 characters with letters and digits', () => {
    expect(checkPassword('password', 'Demo@2026pass')).toEqual([]);
    expect(fields(checkPassword('password', 'short1'))).toEqual(['password:PASSWORD_WEAK']);
    expect(fields(checkPassword('password', 'onlyletterslong'))).toEqual(['password:PASSWORD_WEAK']);
  });
  it('checks appointment dates', () => {
    expect(fields(checkAppointment({ startDate: '2025-05-01', endDate: '2025-04-30' }))).toEqual(['endDate:DATE_BEFORE']);
    expect(fields(checkAppointment({ startDate: '' }))).toEqual(['startDate:REQUIRED']);
  });
});

describe('messages', () => {
  it('name the field in both languages', () => {
    const issue = { field: 'households', code: 'NEGATIVE' };
    expect(messageFor(issue, 'zh-CN')).toBe('户数不能为负数');
    expect(messageFor(issue, 'en')).toBe('households cannot be negative');
  });
  it('exist for every code the rules produce', () => {
    const produced = [
      ...checkCommunity(
        community({
          households: -1,
          floorArea: 1.5e9,
          deliveryDate: 'x',
          contractStart: '2025-01-01',
          contractEnd: '2024-01-01',
          serviceMode: 'ENTERPRISE',
          name: '',
        }),
      ),
      ...checkEnterprise({ name: 'x'.repeat(200), uscc: 'I', legalRepresentative: '', status: 'X', contactPhone: '1' }),
      ...checkUser({ username: '', displayName: '', role: 'TOWNSHIP', enterpriseId: '1' }),
      ...checkPassword('password', 'x'),
    ];
    expect(produced.length).toBeGreaterThan(10);
    for (const i of produced) expect(hasMessage(i.code), i.code).toBe(true);
  });
});

describe('dates', () => {
  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
  });
  it('uses the Shanghai calendar day', () => {
    expect(shanghaiDate(new Date('2026-03-31T16:00:00Z'))).toBe('2026-04-01');
    expect(shanghaiDate(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});
