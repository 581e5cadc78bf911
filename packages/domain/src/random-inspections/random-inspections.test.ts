import { describe, expect, it } from 'vitest';
import { messageFor } from '../field-errors.js';
import { below, drawRandom, fnv1a32, mulberry32 } from './prng.js';
import {
  RANDOM_INSPECTION_EQUAL_V1 as EQUAL,
  RANDOM_INSPECTION_RISK_V1 as RISK,
  drawWeight,
  policyInForce,
  randomInspectionPolicy,
  type RandomInspectionPolicy,
} from './policy.js';
import { drawInspections, inConflict, type DrawCandidate, type DrawInputs, type DrawInspector } from './draw.js';
import { drawActionIssue, drawStatusAfter, randomDrawActions } from './workflow.js';

const community = (id: string, over: Partial<DrawCandidate> = {}): DrawCandidate => ({
  id,
  grade: 'A',
  listStatus: 'NONE',
  townshipIds: [],
  departmentIds: [],
  ...over,
});
const inspector = (id: string, over: Partial<DrawInspector> = {}): DrawInspector => ({ id, townshipId: null, departmentId: null, ...over });

const inputs = (over: Partial<DrawInputs> = {}): DrawInputs => ({
  communityCount: 3,
  teamSize: 2,
  communities: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((id) => community(id, { townshipIds: [`T${Number(id) % 3}`] })),
  inspectors: ['1', '2', '3', '4', '5', '6'].map((id) => inspector(id, { townshipId: `T${Number(id) % 3}` })),
  ...over,
});

const draw = (policy: RandomInspectionPolicy, seed: string, i: DrawInputs) => {
  const out = drawInspections(policy, seed, i);
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  return out.communities;
};

describe('the draw generator (FNV-1a → Mulberry32)', () => {
  it('matches published FNV-1a values and an independent Mulberry32', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    const m = mulberry32(0);
    expect([m(), m(), m()]).toEqual([1144304738, 1416247, 958946056]);
    const d = drawRandom('demo');
    expect([d(), d(), d()]).toEqual([3603001048, 581339189, 238296426]);
  });

  it('hashes the seed as UTF-8, so a Chinese seed is stable', () => {
    expect(fnv1a32('2026-11-双随机')).toBe(2146989549);
  });

  it('maps outputs to [0, bound) at both ends', () => {
    expect(below(() => 0, 7)).toBe(0);
    expect(below(() => 4294967295, 7)).toBe(6);
    expect(below(() => 2147483648, 2)).toBe(1);
  });
});

describe('random inspection policies', () => {
  it('are found by code and version, the latest by default', () => {
    expect(randomInspectionPolicy('RISK_WEIGHTED')).toBe(RISK);
    expect(randomInspectionPolicy('EQUAL', 1)).toBe(EQUAL);
    expect(randomInspectionPolicy('EQUAL', 2)).toBeUndefined();
    expect(randomInspectionPolicy('NOPE')).toBeUndefined();
  });

  it('apply from their first day', () => {
    expect(policyInForce(RISK, '2025-12-31')).toBe(false);
    expect(policyInForce(RISK, '2026-01-01')).toBe(true);
    expect(policyInForce({ ...RISK, effectiveTo: '2026-11-14' }, '2026-11-15')).toBe(false);
  });

  it('weigh by grade, the black list over the grade, and a community without a firm', () => {
    expect(drawWeight(RISK, { grade: 'AAA', listStatus: 'NONE' })).toBe(1);
    expect(drawWeight(RISK, { grade: 'C', listStatus: 'NONE' })).toBe(5);
    expect(drawWeight(RISK, { grade: 'B', listStatus: 'BLACK' })).toBe(8);
    expect(drawWeight(RISK, { grade: 'AA', listStatus: 'RED' })).toBe(1);
    expect(drawWeight(RISK, { grade: null, listStatus: null })).toBe(3);
    expect(drawWeight(EQUAL, { grade: 'C', listStatus: 'BLACK' })).toBe(1);
  });
});

describe('drawInspections', () => {
  it('gives the same draw for the same seed and inputs, whatever order the inputs are listed in', () => {
    const a = draw(RISK, 'seed-1', inputs());
    const shuffled = inputs();
    shuffled.communities.reverse();
    shuffled.inspectors.reverse();
    expect(draw(RISK, 'seed-1', shuffled)).toEqual(a);
    expect(a.map((c) => c.order)).toEqual([1, 2, 3]);
    expect(new Set(a.map((c) => c.id)).size).toBe(3);
  });

  it('gives a different draw for another seed', () => {
    const seeds = ['a', 'b', 'c', 'd', 'e'].map((s) => JSON.stringify(draw(RISK, s, inputs())));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('pins one draw, so a change of algorithm cannot pass unnoticed', () => {
    expect(draw(RISK, '2026-11-双随机', inputs())).toMatchInlineSnapshot(`
      [
        {
          "id": "1",
          "inspectorIds": [
            "6",
            "2",
          ],
          "order": 1,
          "weight": 2,
        },
        {
          "id": "9",
          "inspectorIds": [
            "2",
            "5",
          ],
          "order": 2,
          "weight": 2,
        },
        {
          "id": "3",
          "inspectorIds": [
            "1",
            "4",
          ],
          "order": 3,
          "weight": 2,
        },
      ]
    `);
  });

  it('draws a heavier community more often, in proportion to its weight', () => {
    const pool = inputs({
      communityCount: 1,
      teamSize: 1,
      communities: [community('1', { grade: 'AAA' }), community('2', { grade: 'C' }), community('3', { grade: 'B', listStatus: 'BLACK' })],
      inspectors: [inspector('1')],
    });
    const counts: Record<string, number> = { '1': 0, '2': 0, '3': 0 };
    for (let s = 0; s < 1400; s++) counts[draw(RISK, `s${s}`, pool)[0]!.id]!++;
    // weights 1 : 5 : 8 of 14 → expected 100, 500, 800
    expect(counts['1']).toBeGreaterThan(60);
    expect(counts['1']).toBeLessThan(140);
    expect(counts['2']).toBeGreaterThan(430);
    expect(counts['2']).toBeLessThan(570);
    expect(counts['3']).toBeGreaterThan(730);
    expect(counts['3']).toBeLessThan(870);
    const equal: Record<string, number> = { '1': 0, '2': 0, '3': 0 };
    for (let s = 0; s < 1400; s++) equal[draw(EQUAL, `s${s}`, pool)[0]!.id]!++;
    for (const id of ['1', '2', '3']) expect(Math.abs(equal[id]! - 467)).toBeLessThan(70);
  });

  it("records each drawn community's weight", () => {
    const d = draw(RISK, 'x', inputs({ communityCount: 10, communities: inputs().communities.map((c) => ({ ...c, grade: 'C' as const })) }));
    expect(d.every((c) => c.weight === 5)).toBe(true);
    expect(d.map((c) => c.id).sort()).toEqual(
      inputs()
        .communities.map((c) => c.id)
        .sort(),
    );
  });

  it('never puts an inspector on a community of the township or department in charge', () => {
    const i = inputs({
      communityCount: 10,
      communities: inputs().communities.map((c) => ({ ...c, departmentIds: Number(c.id) % 2 === 0 ? ['D1'] : [] })),
      inspectors: [...inputs().inspectors, inspector('7', { departmentId: 'D1' }), inspector('8', { departmentId: 'D2' })],
    });
    const byId = new Map(i.inspectors.map((x) => [x.id, x]));
    const byCommunity = new Map(i.communities.map((c) => [c.id, c]));
    for (let s = 0; s < 50; s++) {
      for (const c of draw(RISK, `c${s}`, i)) {
        const cand = byCommunity.get(c.id)!;
        expect(new Set(c.inspectorIds).size).toBe(2);
        for (const id of c.inspectorIds) expect(inConflict(RISK, byId.get(id)!, cand)).toBe(false);
        for (const id of c.inspectorIds) expect(cand.townshipIds).not.toContain(byId.get(id)!.townshipId);
        if (cand.departmentIds.includes('D1')) expect(c.inspectorIds).not.toContain('7');
      }
    }
  });

  it('keeps a conflicting inspector when the policy does not exclude conflicts', () => {
    const lax = { ...RISK, excludeConflicts: { township: false, department: false } };
    const i = inputs({
      communityCount: 1,
      teamSize: 1,
      communities: [community('1', { townshipIds: ['T1'] })],
      inspectors: [inspector('1', { townshipId: 'T1' })],
    });
    expect(draw(lax, 's', i)[0]!.inspectorIds).toEqual(['1']);
    const out = drawInspections(RISK, 's', i);
    expect(out).toEqual({ ok: false, issues: [{ field: 'teamSize', code: 'DRAW_TOO_FEW_INSPECTORS', params: { community: '1', eligible: 0, needed: 1 } }] });
    if (!out.ok) expect(messageFor(out.issues[0]!, 'zh-CN')).toBe('小区 1 排除回避人员后只有 0 名检查人员，少于每组检查人员数 1 名');
  });

  it('draws every community when asked for all of them, and refuses one more with a clear error', () => {
    expect(draw(RISK, 's', inputs({ communityCount: 10 }))).toHaveLength(10);
    const out = drawInspections(RISK, 's', inputs({ communityCount: 11 }));
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.issues).toEqual([{ field: 'communityCount', code: 'DRAW_POOL_TOO_SMALL', params: { requested: 11, available: 10 } }]);
      expect(messageFor(out.issues[0]!, 'en')).toBe('the number of communities is 11 but only 10 are available to draw from: ask for fewer or widen the pool');
    }
  });

  it('refuses a team larger than the pool, an empty seed, zero or fractional counts and duplicate ids', () => {
    const bad = (i: Partial<DrawInputs>, seed = 's') => {
      const out = drawInspections(RISK, seed, inputs(i));
      return out.ok ? [] : out.issues.map((x) => `${x.field}:${x.code}`);
    };
    expect(bad({ teamSize: 7 })).toEqual(['teamSize:DRAW_POOL_TOO_SMALL']);
    expect(bad({}, '  ')).toEqual(['seed:REQUIRED']);
    expect(bad({}, 'x'.repeat(101))).toEqual(['seed:TOO_LONG']);
    expect(bad({ communityCount: 0 })).toEqual(['communityCount:OUT_OF_RANGE']);
    expect(bad({ teamSize: 1.5 })).toEqual(['teamSize:NOT_INTEGER']);
    expect(bad({ communities: [community('1'), community('1')] })).toEqual(['communities:DUPLICATE']);
    expect(bad({ communities: [] })).toEqual(['communityCount:DRAW_POOL_TOO_SMALL']);
  });
});

describe("a draw plan's workflow", () => {
  const regulator = { userId: '1', role: 'REGULATOR' as const };
  const township = { userId: '2', role: 'TOWNSHIP' as const, townshipId: '1' };

  it('draws once, publishes once drawn, and takes results once drawn', () => {
    expect(drawActionIssue('PLANNED', 'PERFORM')).toBeNull();
    expect(drawActionIssue('DRAWN', 'PERFORM')).toEqual({ field: 'drawId', code: 'ILLEGAL_TRANSITION', params: { from: 'DRAWN', action: 'PERFORM' } });
    expect(drawActionIssue('PLANNED', 'PUBLISH')?.code).toBe('ILLEGAL_TRANSITION');
    expect(drawActionIssue('DRAWN', 'PUBLISH')).toBeNull();
    expect(drawActionIssue('PUBLISHED', 'PUBLISH')?.code).toBe('ILLEGAL_TRANSITION');
    expect(drawActionIssue('PLANNED', 'RECORD_RESULT')?.code).toBe('ILLEGAL_TRANSITION');
    expect(drawActionIssue('PUBLISHED', 'RECORD_RESULT')).toBeNull();
    expect(drawStatusAfter('PLANNED', 'PERFORM')).toBe('DRAWN');
    expect(drawStatusAfter('DRAWN', 'PUBLISH')).toBe('PUBLISHED');
    expect(drawStatusAfter('PUBLISHED', 'RECORD_RESULT')).toBe('PUBLISHED');
    expect(messageFor(drawActionIssue('DRAWN', 'PERFORM')!, 'zh-CN')).toBe('抽查计划当前状态为“已抽取”，不能执行“抽取”');
  });

  it('offers the bureau its buttons with reasons, and nothing to a township', () => {
    expect(randomDrawActions({ status: 'DRAWN' }, regulator).map((a) => `${a.action}:${a.available}`)).toEqual([
      'PERFORM:false',
      'PUBLISH:true',
      'RECORD_RESULT:true',
    ]);
    expect(randomDrawActions({ status: 'DRAWN' }, township)).toEqual([]);
    expect(randomDrawActions({ status: 'DRAWN' }, null)).toEqual([]);
  });
});
