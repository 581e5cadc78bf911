import { describe, expect, it } from 'vitest';
import { normalizeCommunity } from './normalize';

describe('normalizeCommunity', () => {
  it('keeps the serving enterprise for service mode ENTERPRISE', () => {
    expect(normalizeCommunity({ serviceMode: 'ENTERPRISE', enterpriseId: '4' })).toEqual({ serviceMode: 'ENTERPRISE', enterpriseId: '4' });
  });

  it('clears it for every other mode', () => {
    for (const serviceMode of ['BASIC_SERVICE', 'SELF_MANAGED', 'NONE']) {
      expect(normalizeCommunity({ serviceMode, enterpriseId: '4', name: 'x' })).toEqual({ serviceMode, enterpriseId: null, name: 'x' });
    }
  });
});
