import { HttpError } from 'ra-core';
import type { FieldErrorShape, GraphQLErrorShape, MutationResultShape } from './types';

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  BAD_REQUEST: 400,
};

/** The most significant status among the errors: an authentication problem wins over everything else. */
export function statusOfGraphQLErrors(errors: readonly GraphQLErrorShape[], httpStatus = 200): number {
  const statuses = errors.map((e) => STATUS_BY_CODE[e.extensions?.code ?? ''] ?? 0);
  for (const wanted of [401, 403, 404, 400]) if (statuses.includes(wanted)) return wanted;
  return httpStatus >= 400 ? httpStatus : 500;
}

/**
 * GraphQL refuses an input that does not fit its type (a required field left empty) before any resolver runs; the
 * message names the field (`… at "input.name"`, `Field "name" of required type … was not provided`).
 */
export function inputFieldOfError(message: string): string | null {
  const match = /at "input\.([A-Za-z0-9_]+)/.exec(message) ?? /Field "([A-Za-z0-9_]+)" of required type "[^"]+" was not provided/.exec(message);
  return match?.[1] ?? null;
}

/**
 * GraphQL `errors` → the HttpError react-admin understands (401 logs out, 403 is shown, 400 carries the message).
 * The raw errors go to `body.graphQLErrors`: `body.errors` is reserved for form errors keyed by input field, which
 * react-admin puts under the inputs (here: input type violations the client-side checks did not catch).
 */
export function graphQLErrorsToHttpError(errors: readonly GraphQLErrorShape[], httpStatus = 200): HttpError {
  const messages = [...new Set(errors.map((e) => e.message).filter(Boolean))];
  const message = messages.join('；') || 'ra.notification.http_error';
  const fieldErrors = errors.flatMap((e) => {
    const field = inputFieldOfError(e.message);
    return field ? [{ field, message: 'ra.validation.required' }] : [];
  });
  if (fieldErrors.length > 0) {
    return new HttpError('ra.message.invalid_form', 400, {
      errors: fieldErrorsToFormErrors('ra.message.invalid_form', fieldErrors),
      graphQLErrors: errors,
    });
  }
  return new HttpError(message, statusOfGraphQLErrors(errors, httpStatus), { graphQLErrors: errors });
}

/**
 * `fieldErrors` → react-admin's server-side validation shape: `body.errors` keyed by input source, plus
 * `root.serverError` so the form notification shows the server's summary instead of a generic text.
 */
export function fieldErrorsToFormErrors(message: string, fieldErrors: readonly FieldErrorShape[] = []): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  for (const { field, message: fieldMessage } of fieldErrors) {
    const previous = errors[field];
    errors[field] = typeof previous === 'string' ? `${previous}；${fieldMessage}` : fieldMessage;
  }
  errors.root = { serverError: message };
  return errors;
}

/** A create/update union result → the written record, or the HttpError for the error member. */
export function unwrapMutationResult(result: MutationResultShape | null | undefined): Record<string, unknown> {
  if (!result) throw new HttpError('ra.notification.http_error', 500);
  const { __typename: typename } = result;
  if (typename.endsWith('Success')) {
    if (!result.data) throw new HttpError('ra.notification.http_error', 500);
    return result.data;
  }
  const message = result.message || 'ra.notification.http_error';
  if (typename === 'ValidationError') {
    throw new HttpError(message, 400, { errors: fieldErrorsToFormErrors(message, result.fieldErrors) });
  }
  if (typename === 'NotFoundError') throw new HttpError(message, 404);
  throw new HttpError(message, 400);
}
