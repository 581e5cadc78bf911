import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ErrorsPlugin from '@pothos/plugin-errors';
import ValidationPlugin from '@pothos/plugin-validation';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ComplexityPlugin from '@pothos/plugin-complexity';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import InputGuardPlugin from './input-guard.js';
import { GraphQLError, Kind } from 'graphql';
import { bilingual, can, fieldLabel, isIsoDate, messageFor, type Permission, type Role } from '@wuye/domain';
import type { Context } from './context.js';
import { unauthorized } from './errors.js';

/** Bounds of the paging arguments, named in the error a caller gets past them. */
export const bounds: Record<string, { min: number; max: number }> = {
  page: { min: 1, max: 1_000_000 },
  perPage: { min: 1, max: 1000 },
};

/** Query limits of a signed-in caller: a request past one is refused before anything runs (operation-guard.ts). */
export const LIMITS = { depth: 10, breadth: 400, complexity: 50_000 } as const;
/** Anonymous callers only log in and read the public boards, bulletins and ratings: a much smaller budget. */
export const ANONYMOUS_LIMITS = { depth: 6, breadth: 100, complexity: 10_000 } as const;

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: {
    /** Anyone, signed in or not: used only for login and, later, the public boards. */
    public: boolean;
    signedIn: boolean;
    perm: Permission;
    role: Role;
  };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}>({
  // Authorisation runs first so that nothing (validation included) answers a caller who may not ask; the input
  // guard runs inside the errors plugin so that its refusals come back as typed errors.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, InputGuardPlugin, ValidationPlugin, DataloaderPlugin, ComplexityPlugin, SimpleObjectsPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      signedIn: ctx.principal !== null,
      perm: (p) => can(ctx.principal, p),
      role: (r) => ctx.principal?.role === r,
    }),
    unauthorizedError: (_parent, ctx) => unauthorized(ctx.principal !== null, ctx.locale),
  },
  validation: {
    validationError: (result, _args, ctx) => {
      const issue = result.issues[0] as
        { path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>; message: string; code?: string; minimum?: number; maximum?: number } | undefined;
      const field = issue?.path?.map((p) => String(typeof p === 'object' ? p.key : p)).join('.') ?? '';
      // Bounds checks on arguments speak our language, not the validator's.
      const message =
        issue && (issue.code === 'too_big' || issue.code === 'too_small')
          ? messageFor(
              {
                field,
                code: 'OUT_OF_RANGE',
                params: { min: String(issue.minimum ?? bounds[field]?.min ?? ''), max: String(issue.maximum ?? bounds[field]?.max ?? '') },
              },
              ctx.locale,
            )
          : `${fieldLabel(field, ctx.locale)}: ${issue?.message ?? ''}`;
      return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
    },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // Enforced once per operation before execution by guardOperation, for every caller (the plugin's own check runs
    // only inside root resolvers, so a document of bare `__typename` fields escaped it).
    disabled: true,
  },
  errors: { defaultTypes: [] },
});

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD (Asia/Shanghai)',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (typeof v !== 'string' || !isIsoDate(v)) throw new GraphQLError(`${bilingual('graphql.invalidDate')}: ${String(v)}`);
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) throw new GraphQLError(bilingual('graphql.invalidDate'));
    return ast.value;
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 with time zone',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(v as string).toISOString()),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (Number.isNaN(d.getTime())) throw new GraphQLError(`${bilingual('graphql.invalidDateTime')}: ${String(v)}`);
    return d;
  },
});

builder.scalarType('JSON', {
  description: 'Arbitrary JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
});

builder.queryType({});
builder.mutationType({});

/** The schema types of our builder, for helpers generic over object refs. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
