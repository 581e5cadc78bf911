import { CREDIT_SOURCE_TYPES, type CreditRecord, type CreditRecordEvent, type Objection, type RepairApplication } from '@wuye/db';
import {
  CREDIT_RECORD_ACTIONS,
  CREDIT_RECORD_STATUSES,
  CREDIT_SUBJECT_TYPES,
  OBJECTION_ACTIONS,
  REPAIR_ACTIONS,
  messageFor,
  type ActionAvailability,
  type CreditItem,
  type CreditRecordAction,
  type ObjectionAction,
  type RepairAction,
  type ScoringStandard as StandardData,
} from '@wuye/domain';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { scopedRecords } from '../../credit-write.js';

/** The credit schema's enums and object refs, declared once and implemented by the subject files beside this one. */

export const CreditSubjectTypeEnum = builder.enumType('CreditSubjectType', { values: CREDIT_SUBJECT_TYPES });
export const CreditRecordStatusEnum = builder.enumType('CreditRecordStatus', { values: CREDIT_RECORD_STATUSES });
export const CreditSourceTypeEnum = builder.enumType('CreditSourceType', { values: CREDIT_SOURCE_TYPES });
export const ObjectionStatusEnum = builder.enumType('ObjectionStatus', { values: ['PENDING', 'REJECTED', 'ACCEPTED'] as const });
export const RepairStatusEnum = builder.enumType('RepairStatus', { values: ['PENDING', 'APPROVED', 'REFUSED'] as const });
export const CreditRecordActionEnum = builder.enumType('CreditRecordAction', { values: CREDIT_RECORD_ACTIONS });
export const ObjectionActionEnum = builder.enumType('ObjectionAction', { values: OBJECTION_ACTIONS });
export const RepairActionEnum = builder.enumType('RepairAction', { values: REPAIR_ACTIONS });

export const CreditItemRef = builder.objectRef<CreditItem>('CreditItem');
export const ScoringStandardRef = builder.objectRef<StandardData & { createdAt?: Date | null; note?: string | null }>('ScoringStandard');
export const CreditRecordEventRef = builder.objectRef<CreditRecordEvent>('CreditRecordEvent');
export const ObjectionRef = builder.objectRef<Objection>('Objection');
export const RepairApplicationRef = builder.objectRef<RepairApplication>('RepairApplication');

/** Loads records by id within the caller's scope (a firm user sees only its own firm's records). */
export const CreditRecordRef: ReturnType<typeof builder.loadableObjectRef<CreditRecord, number>> = builder.loadableObjectRef<CreditRecord, number>('CreditRecord', {
  load: (ids: number[], ctx: Context) => scopedRecords(ctx, ids),
  sort: (r) => r.id,
});

const REASON = 'Why it cannot be taken now (the rule the command would refuse it with), in the caller’s language';

export const CreditRecordAvailableActionRef = builder.objectRef<ActionAvailability<CreditRecordAction>>('CreditRecordAvailableAction').implement({
  description: 'An action the caller may take on a record, and whether it can be taken now',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    action: t.field({ type: CreditRecordActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, description: REASON, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
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
