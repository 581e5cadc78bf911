import { GraphQLError } from 'graphql';
import { messageFor, type FieldIssue, type Locale } from '@wuye/domain';

/** A refused write: one or more input fields break a rule. Returned as a typed union member. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: { field: string; message: string }[],
  ) {
    super(message);
    this.name = 'ValidationError';
  }

  static fromIssues(issues: FieldIssue[], locale: Locale): ValidationError {
    const fieldErrors = issues.map((i) => ({ field: i.field, message: messageFor(i, locale) }));
    const summary = locale === 'en' ? 'Invalid input: ' : '输入有误：';
    return new ValidationError(summary + fieldErrors.map((e) => e.message).join(locale === 'en' ? '; ' : '；'), fieldErrors);
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class AuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthError';
  }
}

const TEXT = {
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  FORBIDDEN: { 'zh-CN': '无权访问该内容', en: 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': (what: string, id: string) => `${what}不存在或无权查看：${id}`, en: (what: string, id: string) => `${what} ${id} does not exist or is not visible to you` },
} as const;

export function unauthorized(signedIn: boolean, locale: Locale): GraphQLError {
  const code = signedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED';
  return new GraphQLError(TEXT[code][locale], { extensions: { code, http: { status: signedIn ? 403 : 401 } } });
}

export function notFound(what: { 'zh-CN': string; en: string }, id: string, locale: Locale): NotFoundError {
  return new NotFoundError(TEXT.NOT_FOUND[locale](what[locale], id));
}

/** An argument-level problem in a read (e.g. a page size past the cap): a GraphQL error naming the argument. */
export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}
