import { GraphQLError } from 'graphql';
import { messageFor, text, type FieldIssue, type Locale, type MessageKey } from '@wuye/domain';

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
    const messages = fieldErrors.map((e) => e.message).join(text('errors.separator', locale));
    return new ValidationError(text('errors.invalidInput', locale, { messages }), fieldErrors);
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

export function unauthorized(signedIn: boolean, locale: Locale): GraphQLError {
  const code = signedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED';
  return new GraphQLError(text(`auth.${code}`, locale), { extensions: { code, http: { status: signedIn ? 403 : 401 } } });
}

/** `what` names the kind of thing not found (an `entity.*` key). */
export function notFound(what: MessageKey, id: string, locale: Locale): NotFoundError {
  return new NotFoundError(text('errors.notFound', locale, { what: text(what, locale), id }));
}

/** An argument-level problem in a read (e.g. a page size past the cap): a GraphQL error naming the argument. */
export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}
