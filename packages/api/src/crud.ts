import type { EntityName } from '@mikro-orm/core';
import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { diffFields, type Em } from '@wuye/db';
import type { FieldIssue, Permission } from '@wuye/domain';
import { builder, type Types } from './builder.js';
import type { Context } from './context.js';
import { notFound } from './errors.js';
import { WRITE_ERRORS } from './schema/errors.js';
import { auditedWrite, definedOnly, failIf, parseId } from './write.js';

export interface WriteSpec<T extends { id: number }, D extends Record<string, unknown>, CI, UI> {
  /** GraphQL type name, e.g. `Enterprise`: gives `createEnterprise` and `updateEnterprise`. */
  typeName: string;
  label: { 'zh-CN': string; en: string };
  entity: EntityName<T>;
  ref: ObjectRef<Types, unknown>;
  createInput: InputObjectRef<Types, CI>;
  updateInput: InputObjectRef<Types, UI>;
  permissions: { create: Permission; update: Permission };
  /** The stored record as plain data: merged with an update's patch and diffed for the audit trail. */
  snapshot: (row: T) => D;
  /** Input → the fields it sets (trimmed, normalised); undefined keys are left alone on update. */
  normalize: (input: CI | UI) => Partial<NoInfer<D>>;
  /** Every rule the final record must meet, including references, uniqueness and the caller's scope. */
  validate: (em: Em, data: NoInfer<D>, existing: T | null, ctx: Context) => Promise<FieldIssue[]>;
  /** Writes the checked data onto a new or existing row. */
  apply: (em: Em, data: NoInfer<D>, existing: T | null) => T;
  /** Follow-up work in the same transaction, after the row is flushed. */
  afterWrite?: (em: Em, row: T, data: NoInfer<D>, before: NoInfer<D> | null, ctx: Context) => Promise<void>;
  /** Whether the caller may change this existing row at all (row scoping); false reads as not found. */
  canUpdate?: (row: T, ctx: Context) => boolean;
}

/**
 * Declares `createX` and `updateX` for a registry type: one transaction with its audit row, typed
 * ValidationError / NotFoundError results, the same rules for create and update.
 */
export function defineWriteMutations<T extends { id: number }, D extends Record<string, unknown>, CI, UI>(spec: WriteSpec<T, D, CI, UI>) {
  const entityType = spec.typeName;
  const action = entityType.charAt(0).toLowerCase() + entityType.slice(1);

  builder.mutationField(`create${spec.typeName}`, (t) =>
    t.field({
      type: spec.ref,
      authScopes: { perm: spec.permissions.create },
      errors: { types: WRITE_ERRORS },
      args: { input: t.arg({ type: spec.createInput, required: true }) },
      resolve: (_r, rawArgs, ctx) =>
        auditedWrite(ctx, async (em) => {
          const args = rawArgs as unknown as { input: CI };
          const data = spec.normalize(args.input) as D;
          failIf(await spec.validate(em, data, null, ctx), ctx);
          const row = spec.apply(em, data, null);
          await em.flush();
          await spec.afterWrite?.(em, row, data, null, ctx);
          return { result: row, audit: { action: `${action}.create`, entityType, entityId: row.id, changes: data } };
        }),
    }),
  );

  builder.mutationField(`update${spec.typeName}`, (t) =>
    t.field({
      type: spec.ref,
      authScopes: { perm: spec.permissions.update },
      errors: { types: WRITE_ERRORS },
      args: { id: t.arg.id({ required: true }), input: t.arg({ type: spec.updateInput, required: true }) },
      resolve: (_r, rawArgs, ctx) =>
        auditedWrite(ctx, async (em) => {
          const args = rawArgs as unknown as { id: string; input: UI };
          const row = (await em.findOne(spec.entity, { id: parseId(args.id) ?? 0 } as never)) as T | null;
          if (!row || (spec.canUpdate && !spec.canUpdate(row, ctx))) throw notFound(spec.label, String(args.id), ctx.locale);
          const before = spec.snapshot(row);
          const data = { ...before, ...definedOnly(spec.normalize(args.input) as Record<string, unknown>) } as D;
          failIf(await spec.validate(em, data, row, ctx), ctx);
          spec.apply(em, data, row);
          await em.flush();
          await spec.afterWrite?.(em, row, data, before, ctx);
          return { result: row, audit: { action: `${action}.update`, entityType, entityId: row.id, changes: diffFields(before, data) } };
        }),
    }),
  );
}

/** Trims a string input, keeping undefined (not given) and null (cleared) apart. */
export function trimmed(v: string | null | undefined): string | null | undefined {
  return v == null ? v : v.trim();
}
