import { builder } from '../builder.js';
import { AuthError, NotFoundError, ValidationError } from '../errors.js';

/** GraphQL shapes of the typed errors a mutation may return instead of its data. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  authScopes: { public: true },
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldError = builder.objectRef<{ field: string; message: string }>('FieldError').implement({
  description: 'A rule broken by one input field; `field` is the input field name',
  authScopes: { public: true },
  fields: (t) => ({ field: t.exposeString('field'), message: t.exposeString('message') }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  isTypeOf: (v) => v instanceof ValidationError,
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldError], resolve: (e) => e.fieldErrors }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  isTypeOf: (v) => v instanceof NotFoundError,
  fields: () => ({}),
});

builder.objectType(AuthError, {
  name: 'AuthError',
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  isTypeOf: (v) => v instanceof AuthError,
  fields: () => ({}),
});

/** Error types every create/update mutation can return. */
export const WRITE_ERRORS = [ValidationError, NotFoundError];
