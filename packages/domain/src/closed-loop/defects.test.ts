import { describe, expect, it } from 'vitest';
import { hasMessage, messageFor } from '../field-errors.js';
import { BUILDING_QUALITY_SUBTYPES, CONSTRUCTION_DEFECTS, ISSUE_SUBTYPES, checkIssueClassification, constructionDefect } from './defects.js';

describe('construction-quality defect catalogue (seed part 6)', () => {
  it('has the seven defects of the seed, one per BUILDING_QUALITY subtype, in its order', () => {
    expect(CONSTRUCTION_DEFECTS.map((d) => d.code)).toEqual([...BUILDING_QUALITY_SUBTYPES]);
    expect(CONSTRUCTION_DEFECTS.map((d) => d.nameZh)).toEqual(['蜂窝', '麻面', '孔洞', '露筋', '缝隙和夹层', '缺棱掉角', '强度不足，均质性差']);
    expect(ISSUE_SUBTYPES.BUILDING_QUALITY).toEqual(BUILDING_QUALITY_SUBTYPES);
  });

  it('keeps every numbered cause of the seed', () => {
    expect(Object.fromEntries(CONSTRUCTION_DEFECTS.map((d) => [d.code, d.causes.length]))).toEqual({
      HONEYCOMBING: 7,
      PITTING: 5,
      VOIDS: 4,
      EXPOSED_REBAR: 5,
      SEAMS_AND_INTERLAYERS: 4,
      BROKEN_EDGES: 4,
      INSUFFICIENT_STRENGTH: 5,
    });
    expect(constructionDefect('HONEYCOMBING')?.causes[4]).toBe('模板缝隙未堵严，水泥浆流失。');
    expect(constructionDefect('INSUFFICIENT_STRENGTH')?.causes[3]).toBe('冬期施工拆模过早，或早期受冻。');
  });

  it('gives prevention and repair text in Chinese for each, with the seed definitions where it has them', () => {
    for (const d of CONSTRUCTION_DEFECTS) {
      expect(d.prevention.length).toBeGreaterThan(20);
      expect(d.repair.length).toBeGreaterThan(20);
      expect(d.nameEn).toMatch(/^[A-Z]/);
      for (const text of [d.prevention, d.repair, ...d.causes]) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(CONSTRUCTION_DEFECTS.filter((d) => d.descriptionZh).map((d) => d.code)).toEqual([
      'VOIDS',
      'EXPOSED_REBAR',
      'SEAMS_AND_INTERLAYERS',
      'BROKEN_EDGES',
      'INSUFFICIENT_STRENGTH',
    ]);
    expect(constructionDefect('HONEYCOMBING')?.prevention).toContain('避免出现“烂脖子”');
    expect(constructionDefect('INSUFFICIENT_STRENGTH')?.repair).toContain('回弹仪法，超声波法');
  });

  it('repairs the OCR damage of the seed', () => {
    const all = CONSTRUCTION_DEFECTS.flatMap((d) => [d.prevention, d.repair, ...d.causes]).join('\n');
    for (const misprint of ['于净', '摸板', '模扳', '混凝上', '离折', '串简', '受陈', '1: ', '1~,', ' /mm2']) expect(all).not.toContain(misprint);
  });

  it('finds nothing for an unknown code', () => {
    expect(constructionDefect('RUST')).toBeUndefined();
  });
});

describe('issue classification', () => {
  const codes = (category: string | null, subtype?: string | null) => checkIssueClassification(category, subtype).map((e) => `${e.field}:${e.code}`);
  it('accepts every category, and building-quality subtypes', () => {
    expect(codes('FIRE')).toEqual([]);
    expect(codes('BUILDING_QUALITY')).toEqual([]);
    expect(codes('BUILDING_QUALITY', 'EXPOSED_REBAR')).toEqual([]);
  });
  it('refuses an unknown category or subtype, and a subtype where none exists', () => {
    expect(codes(null)).toEqual(['category:REQUIRED']);
    expect(codes('NOISE')).toEqual(['category:UNKNOWN_CATEGORY']);
    expect(codes('BUILDING_QUALITY', 'RUST')).toEqual(['subtype:UNKNOWN_SUBTYPE']);
    expect(codes('FIRE', 'HONEYCOMBING')).toEqual(['subtype:SUBTYPE_NOT_ALLOWED']);
  });
  it('explains itself in both languages', () => {
    const [unknown] = checkIssueClassification('BUILDING_QUALITY', 'RUST');
    expect(hasMessage(unknown!.code)).toBe(true);
    expect(messageFor(unknown!, 'zh-CN')).toBe('“房屋质量保修”没有问题子类“RUST”');
    expect(messageFor(checkIssueClassification('NOISE')[0]!, 'en')).toBe('unknown category: NOISE');
    expect(messageFor(checkIssueClassification('FIRE', 'X')[0]!, 'zh-CN')).toBe('“消防”类问题不设问题子类');
  });
});
