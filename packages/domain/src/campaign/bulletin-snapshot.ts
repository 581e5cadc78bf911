import type { CreditGrade } from '../enums.js';
import type { KpiCode } from '../kpi/definitions.js';

/**
 * The monthly bulletin's snapshot (docs/product.md §7) as stored in JSON once generated: the server writes it, the
 * dashboard and the print page read it. One shape for both sides.
 */
export interface BulletinKpi {
  code: KpiCode;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  previous: number | null;
  target: number | null;
}

export interface BulletinFirm {
  rank: number;
  enterpriseId: number;
  name: string;
  township: string;
  score: number;
  grade: string;
}

export interface BulletinSnapshot {
  month: string;
  asOf: string;
  generatedOn: string;
  county: BulletinKpi[];
  byTownship: { townshipId: number; townshipName: string; kpis: BulletinKpi[] }[];
  distribution: Record<CreditGrade | 'RED' | 'BLACK', number>;
  /** `reasonText`: the reason in the reader's words, added when the bulletin is read (the stored snapshot keeps the code). */
  listChanges: {
    enterpriseId: number;
    name: string;
    kind: 'RED' | 'BLACK';
    change: 'ENTERED' | 'LEFT';
    reason: string;
    reasonText?: string | null;
    date: string;
  }[];
  overdueIssues: { id: number; title: string; township: string; enterprise: string | null; deadline: string; daysOverdue: number; flagged: boolean }[];
  flaggedIssues: { id: number; title: string; township: string; enterprise: string | null; state: string; deadline: string | null }[];
  /** `itemText`: the item's name in the scoring standard of its date, added when the bulletin is read. */
  typicalCases: { kind: 'GOOD' | 'BAD'; enterprise: string; itemCode: string; itemText?: string | null; points: number; reason: string; date: string }[];
  top10: BulletinFirm[];
  bottom10: BulletinFirm[];
  totalFirms: number;
}
