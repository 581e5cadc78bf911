import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { createRegistryRow, updateRegistryRow, type RegistryKind } from '@wuye/db';
import type { MessageKey, Permission } from '@wuye/domain';
import { builder, type Types } from './builder.js';
import { notFound } from './errors.js';
import { WRITE_ERRORS } from './schema/errors.js';
import { todayOf } from './today.js';
import { auditedWrite } from './write.js';

export interface WriteSpec<T extends { id: number }, D extends Record<string, unknown>, CI, UI> {
  /** GraphQL type name, e.g. `Enterprise`: gives `createEnterprise` and `updateEnterprise`. */
  typeName: string;
  label: MessageKey;
  ref: ObjectRef<Types, unknown>;
  createInput: InputObjectRef<Types, CI>;
  updateInput: InputObjectRef<Types, UI>;
  permissions: { create: Permission; update: Permission };
  /** Input → the fields it sets (trimmed, normalised); undefined keys are left alone on update. */
  normalize: (input: CI | UI) => Partial<NoInfer<D>>;
  /** How the row is checked and stored (the registry's kinds are in @wuye/db registry/kinds.ts). */
  kind: RegistryKind<T, D>;
}

/**
 * Declares `createX` and `updateX` for a registry type: the input parsed here, the command in @wuye/db
 * (registry/service.ts), one transaction with its audit row, typed ValidationError / NotFoundError results.
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
          const { row, changes } = await createRegistryRow(em, spec.kind, spec.normalize(args.input) as D, ctx.principal, todayOf(ctx));
          return { result: row, audit: { action: `${action}.create`, entityType, entityId: row.id, changes } };
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
          const written = await updateRegistryRow(em, spec.kind, args.id, spec.normalize(args.input), ctx.principal, todayOf(ctx));
          if (!written) throw notFound(spec.label, String(args.id), ctx.locale);
          return { result: written.row, audit: { action: `${action}.update`, entityType, entityId: written.row.id, changes: written.changes } };
        }),
    }),
  );
}

/** Trims a string input, keeping undefined (not given) and null (cleared) apart. */
export function trimmed(v: string | null | undefined): string | null | undefined {
  return v == null ? v : v.trim();
}
