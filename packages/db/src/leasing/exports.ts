import type { EntityManager } from '@mikro-orm/core';
import { text, type Locale, type MessageKey } from '@wuye/domain';
import type { ExportColumn } from '../analytics/exports.js';
import { LeaseUnit } from '../entities/index.js';
import { arrearsRows, rentRoll } from './queries.js';

/**
 * The leasing exports (rent roll and arrears, CSV or Excel through the server's export route): one agency's rows on a
 * date, with the catalogue's column headers (`exports.columns.*`, zh-CN and en). An agency has tens of contracts, so
 * the rows are read at once; money is in yuan (two decimals), codes by name in the reader's language.
 */
export const LEASING_EXPORTS = ['rent-roll', 'lease-arrears'] as const;
export type LeasingExport = (typeof LEASING_EXPORTS)[number];

type Cell = string | number | null;

const col = (key: string, type: ExportColumn['type'] = 'string'): ExportColumn => ({ key, header: `exports.columns.${key}` as MessageKey, type });

const COLUMNS: Record<LeasingExport, ExportColumn[]> = {
  'rent-roll': [
    col('contractNo'),
    col('leaseUnit'),
    col('tenantName'),
    col('trade'),
    col('leaseStart', 'date'),
    col('leaseEnd', 'date'),
    col('contractState'),
    col('annualRentYuan', 'number'),
    col('depositHeldYuan', 'number'),
    col('dueYuan', 'number'),
    col('paidYuan', 'number'),
    col('overdueYuan', 'number'),
    col('nextDueDate', 'date'),
  ],
  'lease-arrears': [
    col('contractNo'),
    col('leaseUnit'),
    col('tenantName'),
    col('contractState'),
    col('oldestDueDate', 'date'),
    col('daysPastDue', 'number'),
    col('arrearsMonthYuan', 'number'),
    col('arrearsQuarterYuan', 'number'),
    col('arrearsHalfYearYuan', 'number'),
    col('arrearsOlderYuan', 'number'),
    col('overdueYuan', 'number'),
  ],
};

export function leasingExportColumns(list: LeasingExport): ExportColumn[] {
  return COLUMNS[list];
}

const yuan = (fen: number) => Math.round(fen) / 100;

/** The rows of a leasing export for `agencyId` on `asOf`, each in `leasingExportColumns(list)` order. */
export async function leasingExportRows(em: EntityManager, list: LeasingExport, agencyId: number, asOf: string, locale: Locale): Promise<Cell[][]> {
  const units = new Map((await em.find(LeaseUnit, { agency: agencyId })).map((u) => [u.id, `${u.building} ${u.floor} ${u.room}`]));
  const state = (s: string) => text(`leasing.states.${s}` as MessageKey, locale);
  if (list === 'rent-roll') {
    return (await rentRoll(em, agencyId, asOf)).map((r) => [
      r.contractNo,
      units.get(r.unitId) ?? null,
      r.tenantName,
      text(`leasing.trades.${r.trade}` as MessageKey, locale),
      r.startDate,
      r.endDate,
      state(r.state),
      yuan(r.annualRentFen),
      yuan(r.depositHeldFen),
      yuan(r.dueFen),
      yuan(r.paidFen),
      yuan(r.ageing.overdueFen),
      r.nextDueDate,
    ]);
  }
  return (await arrearsRows(em, agencyId, asOf)).map((r) => [
    r.contractNo,
    units.get(r.unitId) ?? null,
    r.tenantName,
    state(r.state),
    r.oldestDueDate,
    r.daysPastDue,
    ...[0, 1, 2, 3].map((i) => yuan(r.ageing.bucketsFen[i] ?? 0)),
    yuan(r.ageing.overdueFen),
  ]);
}
