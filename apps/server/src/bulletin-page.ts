import ExcelJS from 'exceljs';
import type { Bulletin, BulletinKpi, BulletinSnapshot } from '@wuye/db';
import { KPI_DEFINITIONS, formatPercent, kpiDefinition, type Locale } from '@wuye/domain';

/** The monthly bulletin as a printable A4 page (inline print CSS, no external assets) and as an Excel workbook. */

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const T = {
  title: { 'zh-CN': (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月物业管理服务监管月通报`, en: (m: string) => `Monthly bulletin ${m}` },
  draft: { 'zh-CN': '（草稿，未发布）', en: ' (draft, not published)' },
  asOf: { 'zh-CN': '数据截至', en: 'figures as of' },
  county: { 'zh-CN': '一、全县主要指标', en: '1. County KPIs' },
  towns: { 'zh-CN': '二、各乡镇（街道）指标', en: '2. KPIs by township' },
  grades: { 'zh-CN': '三、信用等级分布', en: '3. Credit grade distribution' },
  lists: { 'zh-CN': '四、红黑榜变动', en: '4. Red and black list changes' },
  overdue: { 'zh-CN': '五、逾期未销号及挂牌督办问题', en: '5. Overdue and flagged issues' },
  cases: { 'zh-CN': '六、典型案例', en: '6. Typical cases' },
  top: { 'zh-CN': '七、信用排名前十位与后十位企业', en: '7. Top and bottom 10 firms' },
  kpi: { 'zh-CN': '指标', en: 'KPI' },
  actual: { 'zh-CN': '本月', en: 'actual' },
  previous: { 'zh-CN': '上月', en: 'previous' },
  target: { 'zh-CN': '目标', en: 'target' },
  none: { 'zh-CN': '无', en: 'none' },
} as const;

const fmt = (code: BulletinKpi['code'], v: number | null) => (kpiDefinition(code).kind === 'COUNT' ? (v == null ? '—' : String(v)) : formatPercent(v));
const name = (code: BulletinKpi['code'], l: Locale) => kpiDefinition(code).name[l];

export function bulletinHtml(b: Bulletin, l: Locale): string {
  const s = b.snapshot as unknown as BulletinSnapshot;
  const codes = KPI_DEFINITIONS.filter((d) => !d.unavailable && d.kind !== 'DISTRIBUTION').map((d) => d.code);
  const table = (head: string[], rows: string[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${
      rows.length ? rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('') : `<tr><td colspan="${head.length}">${T.none[l]}</td></tr>`
    }</tbody></table>`;
  const countyRows = s.county.filter((k) => codes.includes(k.code)).map((k) => [name(k.code, l), fmt(k.code, k.value), fmt(k.code, k.previous), k.target == null ? '—' : fmt(k.code, k.target)]);
  const townRows = s.byTownship.map((t) => [t.townshipName, ...codes.map((c) => fmt(c, t.kpis.find((k) => k.code === c)?.value ?? null))]);
  const firms = (list: BulletinSnapshot['top10']) => list.map((f) => [String(f.rank), f.name, f.township, String(f.score), f.grade]);
  return `<!doctype html>
<html lang="${l}"><head><meta charset="utf-8"><title>${esc(T.title[l](s.month))}</title>
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
<h1>${esc(T.title[l](s.month))}${b.status === 'PUBLISHED' ? '' : T.draft[l]}</h1>
<div class="meta">${T.asOf[l]} ${esc(s.asOf)}${b.publishedOn ? ` · ${esc(b.publishedOn)}` : ''}</div>
<h2>${T.county[l]}</h2>
${table([T.kpi[l], T.actual[l], T.previous[l], T.target[l]], countyRows)}
<h2>${T.towns[l]}</h2>
${table([l === 'en' ? 'township' : '乡镇（街道）', ...codes.map((c) => name(c, l))], townRows)}
<h2>${T.grades[l]}</h2>
${table(['AAA', 'AA', 'A', 'B', 'C', l === 'en' ? 'red list' : '红榜', l === 'en' ? 'black list' : '黑名单'], [[s.distribution.AAA, s.distribution.AA, s.distribution.A, s.distribution.B, s.distribution.C, s.distribution.RED, s.distribution.BLACK].map(String)])}
<h2>${T.lists[l]}</h2>
${table([l === 'en' ? 'firm' : '企业', l === 'en' ? 'list' : '名单', l === 'en' ? 'change' : '变动', l === 'en' ? 'reason' : '事由', l === 'en' ? 'date' : '日期'], s.listChanges.map((c) => [c.name, c.kind === 'RED' ? (l === 'en' ? 'red' : '红榜') : l === 'en' ? 'black' : '黑名单', c.change === 'ENTERED' ? (l === 'en' ? 'entered' : '列入') : l === 'en' ? 'left' : '移出', c.reason, c.date]))}
<h2>${T.overdue[l]}</h2>
${table(['#', l === 'en' ? 'issue' : '问题', l === 'en' ? 'township' : '乡镇', l === 'en' ? 'firm' : '企业', l === 'en' ? 'deadline' : '整改期限', l === 'en' ? 'days overdue' : '逾期天数'], s.overdueIssues.map((i) => [String(i.id), `${i.flagged ? '【督办】' : ''}${i.title}`, i.township, i.enterprise ?? '', i.deadline, String(i.daysOverdue)]))}
${table(['#', l === 'en' ? 'flagged issue' : '挂牌督办问题', l === 'en' ? 'township' : '乡镇', l === 'en' ? 'firm' : '企业', l === 'en' ? 'state' : '状态'], s.flaggedIssues.map((i) => [String(i.id), i.title, i.township, i.enterprise ?? '', i.state]))}
<h2>${T.cases[l]}</h2>
${table([l === 'en' ? 'kind' : '类型', l === 'en' ? 'firm' : '企业', l === 'en' ? 'item' : '事项', l === 'en' ? 'points' : '分值', l === 'en' ? 'reason' : '事由'], s.typicalCases.map((c) => [c.kind === 'GOOD' ? (l === 'en' ? 'good' : '正面') : l === 'en' ? 'bad' : '反面', c.enterprise, c.itemCode, String(c.points), c.reason]))}
<h2>${T.top[l]}</h2>
${table([l === 'en' ? 'rank' : '名次', l === 'en' ? 'firm' : '企业', l === 'en' ? 'township' : '乡镇', l === 'en' ? 'score' : '信用分', l === 'en' ? 'grade' : '等级'], firms(s.top10))}
${table([l === 'en' ? 'rank' : '名次', l === 'en' ? 'firm' : '企业', l === 'en' ? 'township' : '乡镇', l === 'en' ? 'score' : '信用分', l === 'en' ? 'grade' : '等级'], firms(s.bottom10))}
</body></html>`;
}

export function bulletinWorkbook(b: Bulletin, l: Locale): ExcelJS.Workbook {
  const s = b.snapshot as unknown as BulletinSnapshot;
  const wb = new ExcelJS.Workbook();
  const codes = KPI_DEFINITIONS.filter((d) => !d.unavailable && d.kind !== 'DISTRIBUTION').map((d) => d.code);
  const county = wb.addWorksheet(l === 'en' ? 'county' : '全县');
  county.addRow([T.title[l](s.month)]);
  county.addRow([T.kpi[l], T.actual[l], T.previous[l], T.target[l]]);
  for (const k of s.county.filter((x) => codes.includes(x.code))) county.addRow([name(k.code, l), k.value, k.previous, k.target]);
  const towns = wb.addWorksheet(l === 'en' ? 'townships' : '乡镇');
  towns.addRow([l === 'en' ? 'township' : '乡镇（街道）', ...codes.map((c) => name(c, l))]);
  for (const t of s.byTownship) towns.addRow([t.townshipName, ...codes.map((c) => t.kpis.find((k) => k.code === c)?.value ?? null)]);
  const firms = wb.addWorksheet(l === 'en' ? 'ranking' : '排名');
  for (const f of [...s.top10, ...s.bottom10]) firms.addRow([f.rank, f.name, f.township, f.score, f.grade]);
  const issues = wb.addWorksheet(l === 'en' ? 'overdue' : '逾期问题');
  for (const i of s.overdueIssues) issues.addRow([i.id, i.title, i.township, i.enterprise, i.deadline, i.daysOverdue, i.flagged ? '是' : '']);
  return wb;
}
