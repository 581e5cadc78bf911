import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { type CreditGrade, type ListStatus, type ScoringStandard as StandardData } from '@wuye/domain';
import { enterpriseScopeSql, type DataScope } from '../analytics/scope.js';
import { standardFor } from './standards.js';

/**
 * Credit standings computed in SQL, for a whole county at once: the ranking (current from the stored columns, or as
 * of a past date from the records), and the from-scratch recomputation. The SQL follows the domain rules exactly
 * (see countsOn / scoreOf / gradeOf in @wuye/domain); a test checks both agree on the demo county.
 */

export interface RankingRow {
  rank: number;
  enterpriseId: number;
  name: string;
  uscc: string;
  townshipId: number;
  townshipName: string;
  score: number;
  grade: CreditGrade;
  positive: number;
  negative: number;
  listStatus: ListStatus;
  listUntil: string | null;
}

export interface RankingQuery {
  /** Null or today: the stored current standings; a past date: computed from the records. */
  asOf: string | null;
  today: string;
  townshipId?: number | null;
  grade?: CreditGrade | null;
  /** Lowest standing first (the "bottom 10"); a row's rank is still its place counted from the best. */
  worstFirst?: boolean;
  page: number;
  perPage: number;
  /**
   * Whose ranking (default ALL): a township ranks only the firms in its scope (registered there or serving a community
   * there); a firm sees its own row only, ranked among all firms, never the live standings of the others.
   */
  scope?: DataScope;
}

/** Records counting on `?` (bound four times): confirmed by then, within their term, not repaired by then. */
const COUNTING = `status in ('CONFIRMED', 'EXPIRED', 'REPAIRED') and confirmed_on <= ? and effective_from <= ? and expires_on >= ? and (repaired_on is null or repaired_on > ?)`;

function scoreSql(s: StandardData): { score: string; grade: string } {
  const capped = `(case when a.pos > ${Number(s.positiveCap)} then ${Number(s.positiveCap)} else a.pos end)`;
  const raw = `(${Number(s.base)} + ${capped} - a.neg)`;
  const score = `(case when ${raw} < ${Number(s.floor)} then ${Number(s.floor)} else ${raw} end)`;
  const g = s.grades;
  const grade = `(case when a.veto > 0 then 'C' when ${score} >= ${Number(g.AAA)} then 'AAA' when ${score} >= ${Number(g.AA)} then 'AA' when ${score} >= ${Number(g.A)} then 'A' when ${score} >= ${Number(g.B)} then 'B' when a.neg > 0 then 'C' else 'B' end)`;
  return { score, grade };
}

/** Per-firm Σ positive, Σ negative and veto of the records counting on `date`, as a derived table `a` joined to `e`. */
function aggregateSql(): string {
  return `(select e0.id as enterprise_id,
            coalesce(sum(case when r.points > 0 then r.points else 0 end), 0) as pos,
            coalesce(sum(case when r.points < 0 then -r.points else 0 end), 0) as neg,
            coalesce(max(case when r.veto then 1 else 0 end), 0) as veto
          from enterprise e0
          left join credit_record r on r.enterprise_id = e0.id and r.subject_type = 'ENTERPRISE' and ${COUNTING.replace(/(\b[a-z_]+\b)(?= (<=|>=|is|in|>))/g, 'r.$1')}
          group by e0.id) a`;
}

const LIST_ON = (alias: string) =>
  `(select max(case when l.kind = 'BLACK' then 2 else 1 end) from list_entry l where l.enterprise_id = ${alias}.id and l.from_date <= ? and l.until_date >= ? and (l.ended_on is null or l.ended_on > ?))`;
const LIST_UNTIL = (alias: string) =>
  `(select max(l.until_date) from list_entry l where l.enterprise_id = ${alias}.id and l.from_date <= ? and l.until_date >= ? and (l.ended_on is null or l.ended_on > ?) and l.kind = (case when ${LIST_ON(alias)} = 2 then 'BLACK' else 'RED' end))`;

type Raw = Record<string, unknown>;

function toRow(r: Raw, rank: number): RankingRow {
  const list = Number(r.list ?? 0);
  return {
    rank,
    enterpriseId: Number(r.id),
    name: String(r.name),
    uscc: String(r.uscc),
    townshipId: Number(r.township_id),
    townshipName: String(r.township_name),
    score: Number(r.score),
    grade: r.grade as CreditGrade,
    positive: Number(r.pos),
    negative: Number(r.neg),
    listStatus: list === 2 ? 'BLACK' : list === 1 ? 'RED' : 'NONE',
    listUntil: r.list_until == null ? null : String(r.list_until).slice(0, 10),
  };
}

/**
 * One page of the ranking of ACTIVE firms (tie rule: score desc, fewer negative, more positive, USCC asc) with the
 * total, in one SQL statement whatever the page size (plus one for the standard when computing a past date). The stored
 * standings count their total in a scalar subquery rather than a window over every firm, so the page stops after its rows.
 * A past date uses the firms' current status and township: the registry keeps no history of those.
 */
export async function rankEnterprises(
  em: EntityManager,
  q: RankingQuery,
): Promise<{ items: RankingRow[]; total: number; asOf: string; standardVersion: number | null }> {
  const offset = (q.page - 1) * q.perPage;
  const asOf = q.asOf ?? q.today;
  const scope = q.scope ?? { kind: 'ALL' };
  if (scope.kind === 'NONE') return { items: [], total: 0, asOf, standardVersion: null };
  const filters: string[] = [`e.status = 'ACTIVE'`];
  const filterParams: unknown[] = [];
  if (q.townshipId) {
    filters.push('e.township_id = ?');
    filterParams.push(q.townshipId);
  }
  if (scope.kind === 'TOWNSHIP') {
    const s = enterpriseScopeSql(scope, 'e');
    filters.push(s.sql.replace(/^ and /, ''));
    filterParams.push(...s.params);
  }
  // A firm's own row keeps its rank among all: rank every firm, then keep the one row.
  const own = scope.kind === 'ENTERPRISE' ? scope.enterpriseId : null;
  // Worst first: the same order turned round (lowest score, most negative points…), ranks still counted from the best.
  const turn = (order: string) => (q.worstFirst ? order.replace(/\b(asc|desc)\b/g, (d) => (d === 'asc' ? 'desc' : 'asc')) : order);
  // The total: a window over every ranked firm (a past date, where every firm is computed anyway) or, for the stored
  // standings, a scalar count that the database runs once, so the page itself can stop after its rows.
  const page = (select: string, best: string, params: unknown[], total?: { sql: string; params: unknown[] }) => {
    const order = turn(best);
    return own === null
      ? {
          sql: `${select.replace('$RANK', total ? `(${total.sql}) as total` : 'count(*) over () as total')} order by ${order} limit ? offset ?`,
          params: [...(total?.params ?? []), ...params, q.perPage, offset],
        }
      : { sql: `select * from (${select.replace('$RANK', `row_number() over (order by ${best}) as rnk`)}) r where r.id = ?`, params: [...params, own] };
  };
  let query: { sql: string; params: unknown[] };
  let standardVersion: number | null = null;
  if (asOf >= q.today) {
    if (q.grade) {
      filters.push('e.grade = ?');
      filterParams.push(q.grade);
    }
    query = page(
      `select e.id, e.name, e.uscc, e.township_id, t.name as township_name, e.score, e.grade, e.credit_positive as pos, e.credit_negative as neg,
             case e.list_status when 'BLACK' then 2 when 'RED' then 1 else 0 end as list, e.list_until, $RANK
           from enterprise e join township t on t.id = e.township_id
           where ${filters.join(' and ')}`,
      'e.score desc, e.credit_negative asc, e.credit_positive desc, e.uscc asc',
      filterParams,
      { sql: `select count(*) from enterprise e where ${filters.join(' and ')}`, params: filterParams },
    );
  } else {
    const standard = await standardFor(em, asOf);
    standardVersion = standard.version;
    const { score, grade } = scoreSql(standard);
    const inner = `select e.id, e.name, e.uscc, e.township_id, t.name as township_name, a.pos, a.neg, ${score} as score, ${grade} as grade
           from enterprise e join township t on t.id = e.township_id join ${aggregateSql()} on a.enterprise_id = e.id
           where ${filters.join(' and ')}`;
    // Placeholders in text order: the list subqueries of the select list (3 + 6), the derived table (4), the filters.
    query = page(
      `select s.*, ${LIST_ON('s')} as list, ${LIST_UNTIL('s')} as list_until, $RANK
           from (${inner}) s ${q.grade ? 'where s.grade = ?' : ''}`,
      's.score desc, s.neg asc, s.pos desc, s.uscc asc',
      [...Array<string>(13).fill(asOf), ...filterParams, ...(q.grade ? [q.grade] : [])],
    );
  }
  const rows = (await (em as SqlEntityManager).execute(query.sql, query.params)) as Raw[];
  if (own !== null) return { items: offset === 0 ? rows.map((r) => toRow(r, Number(r.rnk))) : [], total: rows.length, asOf, standardVersion };
  // Past the last page no row carries the total: only then ask again for the first row.
  const total = rows.length ? Number(rows[0]!.total) : q.page > 1 ? (await rankEnterprises(em, { ...q, page: 1, perPage: 1 })).total : 0;
  return { items: rows.map((r, i) => toRow(r, q.worstFirst ? total - offset - i : offset + i + 1)), total, asOf, standardVersion };
}

export interface ComputedStanding {
  enterpriseId: number;
  score: number;
  grade: CreditGrade;
  positive: number;
  negative: number;
}

/** Every firm's standing on a date, computed from the records in one statement. */
export async function standingsOn(em: EntityManager, date: string, standard: StandardData): Promise<ComputedStanding[]> {
  const { score, grade } = scoreSql(standard);
  // em.execute runs inside the caller's transaction, if any.
  const rows = (await (em as SqlEntityManager).execute(
    `select e.id, a.pos, a.neg, ${score} as score, ${grade} as grade from enterprise e join ${aggregateSql()} on a.enterprise_id = e.id order by e.id`,
    [date, date, date, date],
  )) as Raw[];
  return rows.map((r) => ({
    enterpriseId: Number(r.id),
    score: Number(r.score),
    grade: r.grade as CreditGrade,
    positive: Number(r.pos),
    negative: Number(r.neg),
  }));
}
