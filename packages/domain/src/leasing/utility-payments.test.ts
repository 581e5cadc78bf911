import { describe, expect, it } from 'vitest';
import { hasMessage, messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { statementActions } from './actions.js';
import { statementClosedAfter, statementOwedFen, utilityPaymentIssues } from './utilities.js';

const statement = (totalFen: number, paidFen: number) => ({ period: '2026-10', totalFen, paidFen });
const today = '2026-11-15';
const codes = (issues: { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);

describe('a utility payment against a statement', () => {
  it('may be anything from one fen up to exactly what is still owed', () => {
    expect(utilityPaymentIssues(statement(12345, 345), 1, today, today)).toEqual([]);
    expect(utilityPaymentIssues(statement(12345, 345), 12000, today, today)).toEqual([]);
    expect(statementOwedFen(statement(12345, 345))).toBe(12000);
  });

  it('of exactly what is owed closes the statement; one fen less leaves it open', () => {
    expect(statementClosedAfter(statement(12345, 345), 12000)).toBe(true);
    expect(statementClosedAfter(statement(12345, 345), 11999)).toBe(false);
  });

  it('one fen over what is owed is refused, naming the amount and what is owed', () => {
    const issues = utilityPaymentIssues(statement(12345, 345), 12001, today, today);
    expect(codes(issues)).toEqual(['amount:LEASE_UTILITY_PAYMENT_EXCEEDS_OWED']);
    expect(issues[0]!.params).toEqual({ month: '2026-10', owed: '120.00', amount: '120.01' });
    expect(messageFor(issues[0]!, 'zh-CN')).toBe('交款金额 120.01 元超过 2026-10 水电费账单尚欠的 120.00 元');
  });

  it('zero, negative and fractional amounts are refused on the amount', () => {
    expect(codes(utilityPaymentIssues(statement(100, 0), 0, today, today))).toEqual(['amount:LEASE_AMOUNT_NOT_POSITIVE']);
    expect(codes(utilityPaymentIssues(statement(100, 0), -1, today, today))).toEqual(['amount:LEASE_AMOUNT_NOT_POSITIVE']);
    expect(codes(utilityPaymentIssues(statement(100, 0), 1.5, today, today))).toEqual(['amount:NOT_INTEGER']);
  });

  it('a statement paid in full takes nothing more', () => {
    expect(codes(utilityPaymentIssues(statement(100, 100), 1, today, today))).toEqual(['statementId:LEASE_STATEMENT_PAID']);
  });

  it('is dated today at the latest, on a real day', () => {
    expect(utilityPaymentIssues(statement(100, 0), 100, '2026-11-15', today)).toEqual([]);
    expect(codes(utilityPaymentIssues(statement(100, 0), 100, '2026-11-16', today))).toEqual(['paidOn:IN_FUTURE']);
    expect(codes(utilityPaymentIssues(statement(100, 0), 100, '2026-02-30', today))).toEqual(['paidOn:INVALID_DATE']);
    expect(messageFor({ field: 'paidOn', code: 'IN_FUTURE' }, 'zh-CN')).toContain('交款日期');
  });

  it('every refusal has words in both languages', () => {
    for (const code of ['LEASE_UTILITY_PAYMENT_EXCEEDS_OWED', 'LEASE_STATEMENT_PAID']) expect(hasMessage(code), code).toBe(true);
  });
});

describe('statement actions', () => {
  const clerk: Principal = { userId: '7', role: 'AGENCY', agencyId: '1', position: 'CLERK' };
  it('offer RECORD_PAYMENT while something is owed, with the reason once paid', () => {
    expect(statementActions(statement(100, 99), clerk)).toEqual([{ action: 'RECORD_PAYMENT', available: true, reason: null }]);
    const paid = statementActions(statement(100, 100), clerk);
    expect(paid[0]).toMatchObject({ action: 'RECORD_PAYMENT', available: false, reason: { field: 'statementId', code: 'LEASE_STATEMENT_PAID' } });
  });

  it('offer nothing outside the working group', () => {
    expect(statementActions(statement(100, 0), { userId: '1', role: 'REGULATOR' })).toEqual([]);
    expect(statementActions(statement(100, 0), null)).toEqual([]);
  });
});
