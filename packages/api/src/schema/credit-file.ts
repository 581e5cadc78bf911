import { CreditRecord, Enterprise, ListEntry, RepairApplication, childRows, clock, rowById } from '@wuye/db';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { enterpriseScope } from '../scoping.js';
import { parseId } from '../write.js';
import { CreditRecordRef, EnterpriseRef, ListKindEnum, RepairApplicationRef } from './refs/index.js';

const ListEntryRef = builder.objectRef<ListEntry>('ListEntry').implement({
  description: '红黑榜记录 — one stay of a firm on the red or black list, ended or not',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ListKindEnum, resolve: (e) => e.kind }),
    reason: t.exposeString('reason', { description: 'Item code (B2, B7 …), GRADE_C_TWICE or RATING' }),
    fromDate: t.expose('fromDate', { type: 'Date' }),
    untilDate: t.expose('untilDate', { type: 'Date' }),
    recordId: t.id({ nullable: true, resolve: (e) => e.record?.id ?? null }),
    ratingId: t.id({ nullable: true, resolve: (e) => e.rating?.id ?? null }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true }),
    endReason: t.exposeString('endReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

interface CreditFileData {
  enterpriseId: number;
  generatedAt: Date;
  records: CreditRecord[];
  repairs: RepairApplication[];
  listEntries: ListEntry[];
}

const CreditFileRef = builder.objectRef<CreditFileData>('CreditFile').implement({
  description:
    '诚信档案 — a firm’s complete credit file for an appeal: every record ever proposed (with its transitions and objections), ' +
    'every repair application and every list entry; the standing as of any date is `enterprise { credit(asOf:) }`',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    generatedAt: t.expose('generatedAt', { type: 'DateTime' }),
    enterprise: t.field({ type: EnterpriseRef, resolve: (f) => f.enterpriseId }),
    records: t.field({ type: [CreditRecordRef], description: 'All statuses, oldest first (revoked and re-issued ones too)', resolve: (f) => f.records }),
    repairApplications: t.field({ type: [RepairApplicationRef], resolve: (f) => f.repairs }),
    listEntries: t.field({ type: [ListEntryRef], resolve: (f) => f.listEntries }),
  }),
});

builder.queryField('creditFile', (t) =>
  t.field({
    type: CreditFileRef,
    nullable: true,
    description: 'A firm’s complete credit file, for the bureau and the firm itself (null when the firm is not visible to the caller)',
    authScopes: { perm: 'credit:read' },
    args: { enterpriseId: t.arg.id({ required: true }) },
    resolve: async (_r, { enterpriseId }, ctx: Context) => {
      const id = parseId(enterpriseId);
      if (!id) return null;
      const firm = await rowById(ctx.em, Enterprise, id, enterpriseScope(ctx));
      if (!firm) return null;
      const [records, repairs, listEntries] = [
        await childRows(ctx.em, CreditRecord, 'enterprise', [id], { id: 'asc' }),
        await childRows(ctx.em, RepairApplication, 'enterprise', [id], { id: 'asc' }),
        await childRows(ctx.em, ListEntry, 'enterprise', [id], { id: 'asc' }),
      ];
      return { enterpriseId: id, generatedAt: clock.now(), records, repairs, listEntries };
    },
  }),
);
