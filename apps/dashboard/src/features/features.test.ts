import { describe, expect, it } from 'vitest';
import { FEATURES, MENU_ORDER } from '.';
import { resourceRegistry } from './resources';

describe('the features App assembles', () => {
  it('every resource has its config, views in exactly one feature and a place in the menu', () => {
    const names = Object.keys(resourceRegistry).sort();
    const viewed = FEATURES.flatMap((f) => Object.keys(f.views)).sort();
    expect(viewed).toEqual(names);
    expect([...MENU_ORDER].sort()).toEqual(names);
  });

  it('no two pages claim the same path', () => {
    const paths = FEATURES.flatMap((f) => f.pages.map((p) => p.path));
    expect(new Set(paths).size).toBe(paths.length);
  });
});
