/** Pure helpers of the leasing pages (tested in logic.test.ts). */

/** Findings typed one a line: `CODE description` (the code may be followed by a space, a colon or a tab). */
export function parseFindings(text: string): { item: string; description: string }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^([A-Z_]+)[\s:：]+(.*)$/.exec(l);
      return m ? { item: m[1]!, description: m[2]!.trim() } : { item: 'OTHER', description: l };
    });
}

/** Decisions typed one a line: `what | who | by when` (who and when optional; full-width bars allowed). */
export function parseDecisions(text: string): { text: string; owner: string | null; dueOn: string | null }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [what = '', who = '', when = ''] = l.split(/[|｜]/).map((x) => x.trim());
      return { text: what, owner: who || null, dueOn: when || null };
    });
}

/** Participants one a line, blanks dropped. */
export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Yuan as typed (`36,000`, `36000.5`, `￥1,200.00`) → fen; null when it is not an amount with at most two decimals. */
export function yuanToFen(text: string | number | undefined | null): number | null {
  const t = String(text ?? '')
    .replace(/[,，\s¥￥元]/g, '')
    .trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const [whole = '0', part = ''] = t.split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0'));
}

/** Fen → `¥36,000.00` (grouped, two decimals; a real minus sign). */
export function fenText(fen: number | null | undefined): string {
  if (fen == null || !Number.isFinite(fen)) return '—';
  const abs = Math.abs(fen);
  const yuan = `${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
  return `${fen < 0 ? '−' : ''}¥${yuan}`;
}

/** Comparable units typed one a line: `description | annual rent in yuan` (full-width bar allowed); bad lines dropped. */
export function parseSources(text: string): { description: string; annualRentFen: number }[] {
  return parseLines(text).flatMap((l) => {
    const [description = '', rent = ''] = l.split(/[|｜]/).map((x) => x.trim());
    const fen = yuanToFen(rent);
    return description && fen !== null ? [{ description, annualRentFen: fen }] : [];
  });
}

/** The end of a term of `months` from `start` (`YYYY-MM-DD`): the day before the same day N whole months later. */
export function termEnd(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  target.setUTCDate(target.getUTCDate() - 1);
  return target.toISOString().slice(0, 10);
}

/** Hundredths of a kWh or m³ → `1,234.56`. */
export function centiText(centi: number): string {
  return (centi / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A reading typed in kWh or m³ (at most two decimals) → hundredths; null when not a number. */
export function readingToCenti(text: string | number | undefined | null): number | null {
  return yuanToFen(text);
}

/** The month before `today` (`YYYY-MM-DD`) as `YYYY-MM`: the period a monthly reading is taken for. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
