import type { FieldIssue } from '@wuye/domain';

/**
 * A command refused by a domain rule: field-named issues, nothing written. The one error type of every service in
 * this package; the API turns it into a localised ValidationError (packages/api/src/write.ts).
 */
export class RuleError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.code}`).join('; '));
    this.name = 'RuleError';
  }
}

/** Throws a RuleError when a rule found issues. */
export function failOn(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new RuleError(issues);
}
