import { CHECKLIST_SECTIONS, DEDUCTION_STEP, inspectionGrade, type ChecklistSection, type InspectionGrade } from '@wuye/domain';

export interface ChecklistItemRow {
  id: string;
  section: string;
  sectionLabel?: string;
  text: string;
  maxDeduction: number;
}

export interface DeductionDraft {
  itemId: string;
  points: number;
  note?: string | null;
}

export interface ChecklistTotals {
  totalDeduction: number;
  score: number;
  grade: InspectionGrade;
  /** Per section: the most it can lose and what it lost. */
  sections: { section: ChecklistSection; max: number; deducted: number }[];
  /** Items whose deduction is not a step of 0.5 between 0 and its maximum. */
  invalid: string[];
}

/** A deduction is valid between 0 and the item's maximum, in steps of 0.5 (as the API checks). */
export function validDeduction(points: number, max: number): boolean {
  return Number.isFinite(points) && points >= 0 && points <= max && Number.isInteger(points / DEDUCTION_STEP);
}

/** The live total of the inspection form: 100 − valid deductions, the grade A/B/C/D, per-section subtotals. */
export function checklistTotals(items: readonly ChecklistItemRow[], deductions: readonly DeductionDraft[]): ChecklistTotals {
  const byId = new Map(items.map((i) => [i.id, i]));
  const sections = CHECKLIST_SECTIONS.map((section) => ({
    section,
    max: items.filter((i) => i.section === section).reduce((s, i) => s + i.maxDeduction, 0),
    deducted: 0,
  }));
  const invalid: string[] = [];
  let total = 0;
  for (const d of deductions) {
    const item = byId.get(d.itemId);
    if (!item || !validDeduction(d.points, item.maxDeduction)) {
      invalid.push(d.itemId);
      continue;
    }
    total += d.points;
    const s = sections.find((x) => x.section === item.section);
    if (s) s.deducted += d.points;
  }
  const score = 100 - total;
  return { totalDeduction: total, score, grade: inspectionGrade(score), sections, invalid };
}

/** The deductions to send: items with more than 0 points, notes trimmed. */
export function deductionsToSend(deductions: readonly DeductionDraft[]): DeductionDraft[] {
  return deductions.filter((d) => d.points > 0).map((d) => ({ itemId: d.itemId, points: d.points, ...(d.note?.trim() ? { note: d.note.trim() } : {}) }));
}
