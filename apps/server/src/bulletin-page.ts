import ExcelJS from 'exceljs';
import type { Bulletin, BulletinKpi, BulletinSnapshot } from '@wuye/db';
import { KPI_DEFINITIONS, formatPercent, kpiDefinition, text, type Locale, type MessageKey } from '@wuye/domain';

/** The monthly bulletin as a printable A4 page (inline print CSS, no external assets) and as an Excel workbook. */

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The bulletin's title: Chinese names the month without its leading zero, English writes YYYY-MM. */
const title = (month: string, l: Locale) => text('bulletin.title', l, { year: month.slice(0, 4), month: Number(month.slice(5)), mm: month.slice(5) });

const fmt = (code: BulletinKpi['code'], v: number | null) => (kpiDefinition(code).kind === 'COUNT' ? (v == null ? '—' : String(v)) : formatPercent(v));
const name = (code: BulletinKpi['code'], l: Locale) => kpiDefinition(code).name[l];

export function bulletinHtml(b: Bulletin, l: Locale): string {
  const msg = (key: MessageKey) => text(key, l);
  const s = b.snapshot as unknown as BulletinSnapshot;
  const codes = KPI_DEFINITIONS.filter((d) => !d.unavailable && d.kind !== 'DISTRIBUTION').map((d) => d.code);
  const table = (head: string[], rows: string[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${
      rows.length
        ? rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')
        : `<tr><td colspan="${head.length}">${msg('bulletin.none')}</td></tr>`
    }</tbody></table>`;
  const countyRows = s.county
    .filter((k) => codes.includes(k.code))
    .map((k) => [name(k.code, l), fmt(k.code, k.value), fmt(k.code, k.previous), k.target == null ? '—' : fmt(k.code, k.target)]);
  const townRows = s.byTownship.map((t) => [t.townshipName, ...codes.map((c) => fmt(c, t.kpis.find((k) => k.code === c)?.value ?? null))]);
  const firms = (list: BulletinSnapshot['top10']) => list.map((f) => [String(f.rank), f.name, f.township, String(f.score), f.grade]);
  return `<!doctype html>
<html lang="${l}"><head><meta charset="utf-8"><title>${esc(title(s.month, l))}</title>
<style>
  @page { size: A4; margin: 18mm 15mm; }
  body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; font-size: 10.5pt; color: #000; max-width: 180mm; margin: 0 auto; }
  h1 { text-align: center; font-size: 18pt; margin: 0 0 4mm; color: #b00; }
  .meta { text-align: center; margin-bottom: 6mm; }
  h2 { font-size: 12pt; margin: 6mm 0 2mm; }
  table { width: 100%; border-collapse: collapse; margin-bottom: 3mm; page-break-inside: auto; }
  th, td { border: 0.5pt solid #000; padding: 1mm 1.5mm; text-align: left; font-size: 9pt; }
  th { background: #eee; }
  tr { page-break-inside: avoid; }
  @media print { .noprint { display: none; } }
</style></head><body>
<h1>${esc(title(s.month, l))}${b.status === 'PUBLISHED' ? '' : msg('bulletin.draft')}</h1>
<div class="meta">${msg('bulletin.asOf')} ${esc(s.asOf)}${b.publishedOn ? ` · ${esc(b.publishedOn)}` : ''}</div>
<h2>${msg('bulletin.sections.county')}</h2>
${table([msg('bulletin.columns.kpi'), msg('bulletin.columns.actual'), msg('bulletin.columns.previous'), msg('bulletin.columns.target')], countyRows)}
<h2>${msg('bulletin.sections.towns')}</h2>
${table([msg('bulletin.columns.township'), ...codes.map((c) => name(c, l))], townRows)}
<h2>${msg('bulletin.sections.grades')}</h2>
${table(['AAA', 'AA', 'A', 'B', 'C', msg('bulletin.columns.redList'), msg('bulletin.columns.blackList')], [[s.distribution.AAA, s.distribution.AA, s.distribution.A, s.distribution.B, s.distribution.C, s.distribution.RED, s.distribution.BLACK].map(String)])}
<h2>${msg('bulletin.sections.lists')}</h2>
${table(
  [msg('bulletin.columns.firm'), msg('bulletin.columns.list'), msg('bulletin.columns.change'), msg('bulletin.columns.reason'), msg('bulletin.columns.date')],
  s.listChanges.map((c) => [c.name, msg(`bulletin.values.${c.kind}`), msg(`bulletin.values.${c.change}`), c.reason, c.date]),
)}
<h2>${msg('bulletin.sections.overdue')}</h2>
${table(
  [
    '#',
    msg('bulletin.columns.issue'),
    msg('bulletin.columns.town'),
    msg('bulletin.columns.firm'),
    msg('bulletin.columns.deadline'),
    msg('bulletin.columns.daysOverdue'),
  ],
  s.overdueIssues.map((i) => [String(i.id), `${i.flagged ? '【督办】' : ''}${i.title}`, i.township, i.enterprise ?? '', i.deadline, String(i.daysOverdue)]),
)}
${table(
  ['#', msg('bulletin.columns.flaggedIssue'), msg('bulletin.columns.town'), msg('bulletin.columns.firm'), msg('bulletin.columns.state')],
  s.flaggedIssues.map((i) => [String(i.id), i.title, i.township, i.enterprise ?? '', i.state]),
)}
<h2>${msg('bulletin.sections.cases')}</h2>
${table(
  [msg('bulletin.columns.kind'), msg('bulletin.columns.firm'), msg('bulletin.columns.item'), msg('bulletin.columns.points'), msg('bulletin.columns.reason')],
  s.typicalCases.map((c) => [msg(`bulletin.values.${c.kind}`), c.enterprise, c.itemCode, String(c.points), c.reason]),
)}
<h2>${msg('bulletin.sections.top')}</h2>
${table([msg('bulletin.columns.rank'), msg('bulletin.columns.firm'), msg('bulletin.columns.town'), msg('bulletin.columns.score'), msg('bulletin.columns.grade')], firms(s.top10))}
${table([msg('bulletin.columns.rank'), msg('bulletin.columns.firm'), msg('bulletin.columns.town'), msg('bulletin.columns.score'), msg('bulletin.columns.grade')], firms(s.bottom10))}
</body></html>`;
}

export function bulletinWorkbook(b: Bulletin, l: Locale): ExcelJS.Workbook {
  const msg = (key: MessageKey) => text(key, l);
  const s = b.snapshot as unknown as BulletinSnapshot;
  const wb = new ExcelJS.Workbook();
  const codes = KPI_DEFINITIONS.filter((d) => !d.unavailable && d.kind !== 'DISTRIBUTION').map((d) => d.code);
  const county = wb.addWorksheet(msg('bulletin.sheets.county'));
  county.addRow([title(s.month, l)]);
  county.addRow([msg('bulletin.columns.kpi'), msg('bulletin.columns.actual'), msg('bulletin.columns.previous'), msg('bulletin.columns.target')]);
  for (const k of s.county.filter((x) => codes.includes(x.code))) county.addRow([name(k.code, l), k.value, k.previous, k.target]);
  const towns = wb.addWorksheet(msg('bulletin.sheets.townships'));
  towns.addRow([msg('bulletin.columns.township'), ...codes.map((c) => name(c, l))]);
  for (const t of s.byTownship) towns.addRow([t.townshipName, ...codes.map((c) => t.kpis.find((k) => k.code === c)?.value ?? null)]);
  const firms = wb.addWorksheet(msg('bulletin.sheets.ranking'));
  for (const f of [...s.top10, ...s.bottom10]) firms.addRow([f.rank, f.name, f.township, f.score, f.grade]);
  const issues = wb.addWorksheet(msg('bulletin.sheets.overdue'));
  for (const i of s.overdueIssues) issues.addRow([i.id, i.title, i.township, i.enterprise, i.deadline, i.daysOverdue, i.flagged ? '是' : '']);
  return wb;
}
