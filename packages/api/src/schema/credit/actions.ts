import { messageFor, type ActionAvailability, type CreditRecordAction, type ObjectionAction, type RepairAction } from '@wuye/domain';
import { builder } from '../../builder.js';
import { CreditRecordActionEnum, ObjectionActionEnum, RepairActionEnum } from '../refs/index.js';

/** What the caller may do next on a record, an objection or a repair application, each with why not. */

const REASON = 'Why it cannot be taken now (the rule the command would refuse it with), in the caller’s language';

export const CreditRecordAvailableActionRef = builder.objectRef<ActionAvailability<CreditRecordAction>>('CreditRecordAvailableAction').implement({
  description: 'An action the caller may take on a record, and whether it can be taken now',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    action: t.field({ type: CreditRecordActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, description: REASON, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
    reasons: t.stringList({
      description: 'Every rule that stops it now (credit repair lists them all: publicity period, open issues, a pending application); empty when available',
      resolve: (a, _args, ctx) => (a.reasons ?? (a.reason ? [a.reason] : [])).map((r) => messageFor(r, ctx.locale)),
    }),
    availableFrom: t.field({
      type: 'Date',
      nullable: true,
      description: 'The first day it may be taken, when a date holds it back (credit repair: the end of the minimum publicity period)',
      resolve: (a) => a.availableFrom ?? null,
    }),
  }),
});

export const ObjectionAvailableActionRef = builder.objectRef<ActionAvailability<ObjectionAction>>('ObjectionAvailableAction').implement({
  description: 'An action the caller may take on an objection, and whether it can be taken now',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    action: t.field({ type: ObjectionActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, description: REASON, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

export const RepairAvailableActionRef = builder.objectRef<ActionAvailability<RepairAction>>('RepairAvailableAction').implement({
  description: 'An action the caller may take on a repair application, and whether it can be taken now',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    action: t.field({ type: RepairActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, description: REASON, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});
