import type { EntityManager } from '@mikro-orm/core';
import { KPI_DEFINITIONS, asOfDay, daysFrom, kpiValue, monthPeriod, previousPeriod, type BulletinKpi, type BulletinSnapshot } from '@wuye/domain';
import { rankEnterprises } from '../credit/standings.js';
import { type KpiRow } from './kpi-engine.js';
import { kpisWithRollups as computeKpis } from './rollups.js';
import { dateString, dialectOf, endOfDay, num, run } from './sql.js';

/**
 * The monthly bulletin's content (docs/product.md §7), gathered in a fixed number of SQL statements and stored as one
 * JSON snapshot: KPI table by township, grade distribution, red/black list changes, overdue and flagged issues,
 * typical cases, top and bottom 10 firms. Once published the snapshot is never recomputed.
 */
export type { BulletinKpi, BulletinSnapshot };

/** Listed rows are capped so a bulletin stays printable. */
const LIST_CAP = 30;

function kpiList(row: KpiRow | undefined, previous: KpiRow | undefined): BulletinKpi[] {
  return KPI_DEFINITIONS.filter((d) => !d.unavailable).map((def) => {
    const c = row?.cells[def.code];
    const p = previous?.cells[def.code];
    return {
      code: def.code,
      value: c?.applicable ? kpiValue(def, c.numerator, c.denominator) : null,
      numerator: c?.applicable ? c.numerator : null,
      denominator: c?.applicable ? c.denominator : null,
      previous: p?.applicable ? kpiValue(def, p.numerator, p.denominator) : null,
      target: def.target,
    };
  });
}

export async function buildBulletinSnapshot(em: EntityManager, month: string, today: string, now: Date, firstResponseDays = 3): Promise<BulletinSnapshot> {
  const d = dialectOf(em);
  const period = monthPeriod(month)!;
  const asOf = asOfDay(period, today);
  const base = { filter: {}, today, now, firstResponseDays };
  const [county] = await computeKpis(em, { ...base, period, groupBy: [] });
  const [prevCounty] = await computeKpis(em, { ...base, period: previousPeriod(period), groupBy: [] });
  const towns = await computeKpis(em, { ...base, period, groupBy: ['TOWNSHIP'] });
  const prevTowns = await computeKpis(em, { ...base, period: previousPeriod(period), groupBy: ['TOWNSHIP'] });

  const changes = await run(
    em,
    `select l.enterprise_id, e.name, l.kind, l.reason, l.from_date, l.ended_on, l.until_date from list_entry l join enterprise e on e.id = l.enterprise_id
     where (l.from_date between ? and ?) or (coalesce(l.ended_on, l.until_date) between ? and ?) order by l.from_date, l.id`,
    [period.from, asOf, period.from, asOf],
  );
  const listChanges: BulletinSnapshot['listChanges'] = [];
  for (const r of changes) {
    const from = dateString(r.from_date)!;
    const end = dateString(r.ended_on) ?? dateString(r.until_date)!;
    const common = { enterpriseId: Number(r.enterprise_id), name: String(r.name), kind: r.kind as 'RED' | 'BLACK', reason: String(r.reason) };
    if (from >= period.from && from <= asOf) listChanges.push({ ...common, change: 'ENTERED', date: from });
    if (end >= period.from && end <= asOf) listChanges.push({ ...common, change: 'LEFT', date: end });
  }

  const asOfEnd = d.instant(endOfDay(asOf));
  const overdue = await run(
    em,
    `select i.id, i.title, t.name as township, e.name as enterprise, i.deadline, i.flagged from issue i join township t on t.id = i.township_id left join enterprise e on e.id = i.enterprise_id
     where i.created_at < ? and (i.closed_at is null or i.closed_at >= ?) and i.deadline < ? order by i.deadline, i.id limit ${LIST_CAP}`,
    [asOfEnd, asOfEnd, asOf],
  );
  const flagged = await run(
    em,
    `select i.id, i.title, t.name as township, e.name as enterprise, i.state, i.deadline from issue i join township t on t.id = i.township_id left join enterprise e on e.id = i.enterprise_id
     where ${d.isTrue('i.flagged')} and i.created_at < ? order by i.id limit ${LIST_CAP}`,
    [asOfEnd],
  );
  // Typical cases: the weightiest commendations and negative records confirmed in the month.
  const cases = await run(
    em,
    `select * from (select 'GOOD' as kind, e.name as enterprise, r.item_code, r.points, r.reason, r.confirmed_on, row_number() over (order by r.points desc, r.id) as rn
       from credit_record r join enterprise e on e.id = r.enterprise_id where r.points > 0 and r.confirmed_on between ? and ?
     union all select 'BAD' as kind, e.name, r.item_code, r.points, r.reason, r.confirmed_on, row_number() over (order by r.points asc, r.id) as rn
       from credit_record r join enterprise e on e.id = r.enterprise_id where r.points < 0 and r.confirmed_on between ? and ?) x where rn <= 5 order by kind desc, rn`,
    [period.from, asOf, period.from, asOf],
  );
  // Every figure is as of the same day: the grade distribution and list counts come from the ranking on `asOf`
  // (computed from the records for a past month), not from today's stored standings.
  const ranking = await rankEnterprises(em, { asOf: asOf >= today ? null : asOf, today, page: 1, perPage: 1_000_000 });
  const distribution: BulletinSnapshot['distribution'] = { AAA: 0, AA: 0, A: 0, B: 0, C: 0, RED: 0, BLACK: 0 };
  for (const r of ranking.items) {
    distribution[r.grade] += 1;
    if (r.listStatus !== 'NONE') distribution[r.listStatus] += 1;
  }
  // The KPI rows' distribution cells count the same firms (the KPI engine reads the current registry).
  for (const row of [county, ...towns]) {
    const cell = row?.cells.CREDIT_DISTRIBUTION;
    if (!cell?.applicable) continue;
    cell.numerator = cell.denominator = ranking.items.filter((r) => row!.groupId == null || r.townshipId === row!.groupId).length;
  }
  const firm = (r: (typeof ranking.items)[number]) => ({
    rank: r.rank,
    enterpriseId: r.enterpriseId,
    name: r.name,
    township: r.townshipName,
    score: r.score,
    grade: r.grade,
  });

  return {
    month,
    asOf,
    generatedOn: today,
    county: kpiList(county, prevCounty),
    byTownship: towns.map((t) => ({
      townshipId: t.groupId!,
      townshipName: t.groupName!,
      kpis: kpiList(
        t,
        prevTowns.find((p) => p.groupId === t.groupId),
      ),
    })),
    distribution,
    listChanges,
    overdueIssues: overdue.map((r) => ({
      id: Number(r.id),
      title: String(r.title),
      township: String(r.township),
      enterprise: r.enterprise == null ? null : String(r.enterprise),
      deadline: dateString(r.deadline)!,
      daysOverdue: daysFrom(dateString(r.deadline)!, asOf),
      flagged: r.flagged === true || Number(r.flagged) === 1,
    })),
    flaggedIssues: flagged.map((r) => ({
      id: Number(r.id),
      title: String(r.title),
      township: String(r.township),
      enterprise: r.enterprise == null ? null : String(r.enterprise),
      state: String(r.state),
      deadline: dateString(r.deadline),
    })),
    typicalCases: cases.map((r) => ({
      kind: r.kind as 'GOOD' | 'BAD',
      enterprise: String(r.enterprise),
      itemCode: String(r.item_code),
      points: num(r.points),
      reason: String(r.reason),
      date: dateString(r.confirmed_on)!,
    })),
    top10: ranking.items.slice(0, 10).map(firm),
    bottom10: ranking.items.slice(-10).reverse().map(firm),
    totalFirms: ranking.total,
  };
}
