import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { CAMPAIGN_2026, ISSUE_CATEGORIES, addDays, isTownshipCategory, shanghaiMidnight, withUsccCheckChar } from '@wuye/domain';
import { dialectOf } from '../analytics/sql.js';
import { SeededRandom } from './random.js';

/**
 * A province-sized dataset for the benchmarks (issue 5): 100 townships, 10,000 firms, 100,000 communities,
 * 20,000 project managers, 1,000,000 issues, 100,000 complaints, 1,000,000 credit records and the 2026 campaign,
 * deterministic for a seed. Rows go in as multi-row INSERTs of generated literals (no user input), 1,000 rows a
 * statement, 50 statements a transaction, on an empty migrated database; each community's first history version too.
 */
export interface ScaleOptions {
  /** 1 = the full province; 0.001 gives a thousandth (tests). */
  factor?: number;
  seed?: number;
  onProgress?: (table: string, done: number, total: number) => void;
}

export interface ScaleSummary {
  townships: number;
  enterprises: number;
  communities: number;
  managers: number;
  issues: number;
  complaints: number;
  creditRecords: number;
  ms: number;
}

const ROWS_PER_STATEMENT = 1000;
const STATEMENTS_PER_TRANSACTION = 50;
const FIRST_DAY = '2025-01-01';
const LAST_DAY = '2026-11-15';
const DAYS = 684;

type Value = string | number | boolean | Date | null;

export async function seedScale(em: EntityManager, opts: ScaleOptions = {}): Promise<ScaleSummary> {
  const started = Date.now();
  const f = opts.factor ?? 1;
  const n = (full: number, min: number) => Math.max(min, Math.round(full * f));
  const counts = {
    townships: n(100, 2),
    enterprises: n(10_000, 5),
    communities: n(100_000, 20),
    managers: n(20_000, 5),
    issues: n(1_000_000, 50),
    complaints: n(100_000, 20),
    creditRecords: n(1_000_000, 50),
  };
  const rng = new SeededRandom(opts.seed ?? 5_000_005);
  const d = dialectOf(em);
  const pg = d.driver === 'postgresql';
  const lit = (v: Value): string => {
    if (v == null) return 'null';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return pg ? String(v) : v ? '1' : '0';
    if (v instanceof Date) return pg ? `'${v.toISOString()}'` : String(v.getTime());
    return `'${v.replace(/'/g, "''")}'`;
  };
  const sqlEm = em as SqlEntityManager;

  async function insert(table: string, columns: string[], total: number, row: (i: number) => Value[]) {
    let i = 0;
    while (i < total) {
      await sqlEm.transactional(async (tx) => {
        for (let s = 0; s < STATEMENTS_PER_TRANSACTION && i < total; s++) {
          const values: string[] = [];
          for (let r = 0; r < ROWS_PER_STATEMENT && i < total; r++, i++) values.push(`(${row(i).map(lit).join(',')})`);
          await (tx as SqlEntityManager).execute(`insert into ${table} (${columns.join(',')}) values ${values.join(',')}`);
        }
      });
      opts.onProgress?.(table, i, total);
    }
  }

  const stamp = new Date('2025-01-01T01:00:00Z');
  const base = await sqlEm.execute<{ m: number | null }[]>(`select max(id) as m from township`);
  if (Number(base[0]?.m ?? 0) > 0) throw new Error('seedScale needs an empty database');

  await insert('township', ['id', 'name', 'code', 'created_at', 'updated_at'], counts.townships, (i) => [
    i + 1,
    `规模乡镇${String(i + 1).padStart(3, '0')}`,
    `S${String(i + 1).padStart(6, '0')}`,
    stamp,
    stamp,
  ]);
  const DEPTS: [string, string, string[]][] = [
    ['住建局', 'ZJJ', ['SERVICE_QUALITY', 'BUILDING_QUALITY', 'UNLICENSED_OPERATOR']],
    ['市场监管局', 'SCJG', ['ELEVATOR', 'FEES']],
    ['公安局', 'GAJ', ['PARKING_SECURITY']],
    ['财政局', 'CZJ', ['MAINTENANCE_FUND']],
    ['自然资源局', 'ZRZY', ['ILLEGAL_CONSTRUCTION']],
    ['城管局', 'CGJ', ['SANITATION']],
    ['消防救援大队', 'XFJY', ['FIRE']],
    ['应急管理局', 'YJGL', ['SAFETY_HAZARD']],
    ['民政局', 'MZJ', ['ELDERLY_CARE']],
    ['发改局', 'FGJ', []],
    ['乡镇协调组', 'XZXT', []],
  ];
  await insert('department', ['id', 'name', 'code', 'remit', 'created_at', 'updated_at'], DEPTS.length, (i) => [
    i + 1,
    DEPTS[i]![0],
    DEPTS[i]![1],
    JSON.stringify(DEPTS[i]![2]),
    stamp,
    stamp,
  ]);
  const deptOf = new Map<string, number>(DEPTS.flatMap(([, , remit], i) => remit.map((c) => [c, i + 1] as [string, number])));

  const grades = ['AAA', 'AA', 'A', 'B', 'C'] as const;
  const firmTown: number[] = [];
  await insert(
    'enterprise',
    [
      'id',
      'name',
      'uscc',
      'legal_representative',
      'township_id',
      'status',
      'score',
      'grade',
      'list_status',
      'credit_positive',
      'credit_negative',
      'standard_version',
      'created_at',
      'updated_at',
    ],
    counts.enterprises,
    (i) => {
      const town = rng.int(1, counts.townships);
      firmTown[i + 1] = town;
      const grade = rng.weighted(grades.map((g, k) => [g, [10, 35, 35, 12, 8][k]!] as const));
      const score = { AAA: 88, AA: 82, A: 75, B: 65, C: 50 }[grade] + rng.int(-2, 2);
      const list = grade === 'AAA' && rng.chance(0.3) ? 'RED' : grade === 'C' && rng.chance(0.4) ? 'BLACK' : 'NONE';
      return [
        i + 1,
        `规模物业${i + 1}`,
        withUsccCheckChar(`91${String(330000 + (i % 900)).padStart(6, '0')}MA${String(i + 1).padStart(7, '0')}`),
        '法人',
        town,
        rng.chance(0.97) ? 'ACTIVE' : 'SUSPENDED',
        score,
        grade,
        list,
        0,
        0,
        1,
        stamp,
        stamp,
      ];
    },
  );

  const commTown: number[] = [];
  const commFirm: (number | null)[] = [];
  await insert(
    'community',
    ['id', 'name', 'township_id', 'type', 'households', 'floor_area', 'service_mode', 'enterprise_id', 'created_at', 'updated_at'],
    counts.communities,
    (i) => {
      const type = rng.weighted([
        ['NEW_RESIDENTIAL', 45],
        ['OLD', 45],
        ['OTHER', 10],
      ] as const);
      const mode =
        type === 'NEW_RESIDENTIAL'
          ? rng.weighted([
              ['ENTERPRISE', 95],
              ['NONE', 5],
            ] as const)
          : rng.weighted([
              ['ENTERPRISE', 50],
              ['BASIC_SERVICE', 25],
              ['SELF_MANAGED', 10],
              ['NONE', 15],
            ] as const);
      const firm = mode === 'ENTERPRISE' ? rng.int(1, counts.enterprises) : null;
      commTown[i + 1] = firm && rng.chance(0.8) ? firmTown[firm]! : rng.int(1, counts.townships);
      commFirm[i + 1] = firm;
      return [i + 1, `规模小区${i + 1}`, commTown[i + 1]!, type, rng.int(50, 2000), rng.int(5000, 200000), mode, firm, stamp, stamp];
    },
  );

  // The registry history's first versions (what the migration writes for an existing registry), so that nothing is
  // left to back-fill: one statement on the freshly loaded table rather than an anti-join against it.
  await sqlEm.execute(
    `insert into community_history (community_id, township_id, enterprise_id, type, service_mode, valid_from, valid_to, recorded_at)
     select id, township_id, enterprise_id, type, service_mode, null, null, ${lit(stamp)} from community`,
  );

  await insert('project_manager', ['id', 'name', 'enterprise_id', 'certificate_no', 'score', 'created_at', 'updated_at'], counts.managers, (i) => [
    i + 1,
    `经理${i + 1}`,
    (i % counts.enterprises) + 1,
    `SC-PM-${i + 1}`,
    80,
    stamp,
    stamp,
  ]);

  const at = (day: number, minute: number) => new Date(shanghaiMidnight(addDays(FIRST_DAY, day)).getTime() + minute * 60_000);
  const servedCommunity = () => {
    for (;;) {
      const c = rng.int(1, counts.communities);
      if (commFirm[c]) return c;
    }
  };
  await insert(
    'issue',
    [
      'source',
      'category',
      'title',
      'community_id',
      'township_id',
      'enterprise_id',
      'department_id',
      'handled_by_township',
      'deadline',
      'state',
      'flagged',
      'refusal_recorded',
      'b1proposed',
      'b2proposed',
      'closed_at',
      'created_at',
      'updated_at',
    ],
    counts.issues,
    () => {
      const c = servedCommunity();
      const category = rng.pick(ISSUE_CATEGORIES);
      const day = rng.int(0, DAYS - 1);
      const created = at(day, rng.int(480, 1080));
      const deadline = addDays(addDays(FIRST_DAY, day), rng.int(7, 30));
      const closedAfter = rng.chance(0.8) ? rng.int(1, 45) : null;
      const closed = closedAfter != null && day + closedAfter < DAYS ? at(day + closedAfter, rng.int(480, 1080)) : null;
      const state = closed ? 'CLOSED' : rng.pick(['ASSIGNED', 'RECTIFYING', 'SUBMITTED'] as const);
      return [
        'INSPECTION',
        category,
        '规模问题',
        c,
        commTown[c]!,
        commFirm[c]!,
        isTownshipCategory(category) ? null : (deptOf.get(category) ?? 1),
        isTownshipCategory(category),
        deadline,
        state,
        rng.chance(0.02),
        false,
        false,
        false,
        closed,
        created,
        closed ?? created,
      ];
    },
  );

  await insert(
    'complaint',
    [
      'channel',
      'complainant_count',
      'community_id',
      'township_id',
      'enterprise_id',
      'category',
      'content',
      'department_id',
      'handled_by_township',
      'state',
      'received_at',
      'responded_at',
      'closed_at',
      'follow_up_rating',
      'b3proposed',
      'b4proposed',
      'b5proposed',
      'created_at',
      'updated_at',
    ],
    counts.complaints,
    () => {
      const c = servedCommunity();
      const category = rng.pick(ISSUE_CATEGORIES);
      const day = rng.int(0, DAYS - 1);
      const received = at(day, rng.int(480, 1080));
      const responded = rng.chance(0.9) ? new Date(received.getTime() + rng.int(1, 96) * 3600_000) : null;
      const closed = responded && rng.chance(0.7) && day + 20 < DAYS ? at(day + rng.int(5, 20), 600) : null;
      const rating = closed
        ? rng.weighted([
            ['SATISFIED', 70],
            ['BASICALLY_SATISFIED', 22],
            ['DISSATISFIED', 8],
          ] as const)
        : null;
      return [
        rng.pick(['HOTLINE', 'EMAIL', 'WEB', 'WALL', 'BOARD', 'PETITION'] as const),
        rng.chance(0.03) ? rng.int(10, 40) : 1,
        c,
        commTown[c]!,
        commFirm[c]!,
        category,
        '规模投诉',
        isTownshipCategory(category) ? null : (deptOf.get(category) ?? 1),
        isTownshipCategory(category),
        closed ? 'CLOSED' : responded ? 'RESPONDED' : 'ROUTED',
        received,
        responded,
        closed,
        rating,
        false,
        false,
        false,
        received,
        closed ?? received,
      ];
    },
  );

  const ITEMS: [string, number, number][] = [
    ['G1', 3, 12],
    ['G5', 5, 12],
    ['G6', 3, 12],
    ['B1', -5, 12],
    ['B3', -5, 12],
    ['B5', -3, 12],
    ['B6', -10, 12],
    ['B14', -5, 12],
  ];
  await insert(
    'credit_record',
    [
      'subject_type',
      'enterprise_id',
      'item_code',
      'points',
      'term_months',
      'serious',
      'veto',
      'commendation',
      'standard_version',
      'effective_from',
      'expires_on',
      'status',
      'proposed_at',
      'reason',
      'source_type',
      'confirmed_on',
      'created_at',
      'updated_at',
    ],
    counts.creditRecords,
    () => {
      const [code, points, term] = rng.pick(ITEMS);
      const day = rng.int(0, DAYS - 1);
      const from = addDays(FIRST_DAY, day);
      const proposed = at(day, 600);
      return [
        'ENTERPRISE',
        rng.int(1, counts.enterprises),
        code,
        points,
        term,
        false,
        false,
        points > 0,
        1,
        from,
        addDays(from, 364),
        rng.chance(0.9) ? 'CONFIRMED' : 'PUBLICIZING',
        proposed,
        '规模记录',
        'MANUAL',
        from,
        proposed,
        proposed,
      ];
    },
  );

  // The campaign, for the milestones KPI.
  await insert('campaign', ['id', 'name', 'year', 'start_date', 'end_date', 'created_at'], 1, () => [
    1,
    CAMPAIGN_2026.name,
    2026,
    CAMPAIGN_2026.startDate,
    CAMPAIGN_2026.endDate,
    stamp,
  ]);
  await insert(
    'milestone',
    ['campaign_id', 'code', 'title', 'due_date', 'department_id', 'status', 'done_on', 'created_at', 'updated_at'],
    CAMPAIGN_2026.milestones.length,
    (i) => {
      const m = CAMPAIGN_2026.milestones[i]!;
      const done = m.dueDate < LAST_DAY && i % 5 !== 4 ? addDays(m.dueDate, i % 4 === 3 ? 5 : -2) : null;
      return [1, m.code, m.title, m.dueDate, DEPTS.findIndex(([, code]) => code === m.department) + 1, done ? 'DONE' : 'PENDING', done, stamp, stamp];
    },
  );

  if (pg) {
    // Explicit ids bypass the sequences: move them past the rows inserted, then refresh the planner's statistics
    // and, as after any bulk load, the visibility map (without it index-only scans still visit the table).
    for (const table of ['township', 'department', 'enterprise', 'community', 'project_manager', 'campaign']) {
      await sqlEm.execute(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
    }
    await sqlEm.execute('vacuum analyze');
  } else {
    await sqlEm.execute('analyze');
  }
  return { ...counts, ms: Date.now() - started };
}
