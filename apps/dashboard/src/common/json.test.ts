import { describe, expect, it } from 'vitest';
import { prettyJson } from './json';

describe('prettyJson', () => {
  it('indents objects and JSON strings alike', () => {
    const expected = '{\n  "name": {\n    "from": "甲",\n    "to": "乙"\n  }\n}';
    expect(prettyJson({ name: { from: '甲', to: '乙' } })).toBe(expected);
    expect(prettyJson('{"name":{"from":"甲","to":"乙"}}')).toBe(expected);
  });

  it('shows other text as it is and nothing for null', () => {
    expect(prettyJson('not json')).toBe('not json');
    expect(prettyJson(null)).toBe('');
  });
});
