import { messageFor, type FieldIssue } from '@wuye/domain';
import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';
import { acceptLanguage } from '../i18n/locale';

/** Domain rule violations → react-admin form errors (first message per field), in the UI language. */
export function issuesToFormErrors(issues: readonly FieldIssue[], locale: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.field] ??= messageFor(issue, acceptLanguage(locale));
  return errors;
}

type Values = Record<string, unknown>;

/**
 * A form-level validator running the same @wuye/domain checks the API runs, so most mistakes are caught before
 * saving; the API's ValidationError remains the authority and is shown the same way.
 */
export function useDomainValidator(check: (values: Values) => readonly FieldIssue[]) {
  const [locale] = useLocaleState();
  return useCallback((values: Values) => issuesToFormErrors(check(values), locale), [check, locale]);
}

export const str = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));
export const optStr = (value: unknown): string | null => (value == null || value === '' ? null : String(value));
export const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);
export const optNum = (value: unknown): number | null => (value == null || value === '' ? null : Number(value));

/** `REQUIRED` issues for reference fields the domain checks do not cover (they are resolved by the API). */
export const requiredRefs = (values: Values, fields: readonly string[]): FieldIssue[] =>
  fields.filter((field) => values[field] == null || values[field] === '').map((field) => ({ field, code: 'REQUIRED' }));
