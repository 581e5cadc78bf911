import { describe, expect, it } from 'vitest';
import { createInput, updateInput } from './inputs';

const allowed = ['name', 'townshipId', 'phone', 'enterpriseId'] as const;

describe('createInput', () => {
  it('keeps whitelisted fields only (no id, nested objects, counts, timestamps)', () => {
    expect(
      createInput(allowed, {
        id: '9',
        __typename: 'Enterprise',
        name: '甲物业',
        townshipId: '2',
        township: { id: '2', name: '城关镇' },
        communityCount: 3,
        createdAt: '2026-01-01T00:00:00Z',
        phone: '',
      }),
    ).toEqual({ name: '甲物业', townshipId: '2', phone: null });
  });
});

describe('updateInput', () => {
  const previous = { id: '1', name: '甲', townshipId: '2', phone: '138****5678', enterpriseId: '5' };

  it('sends only changed whitelisted fields', () => {
    expect(updateInput(allowed, { ...previous, name: '乙', communityCount: 9 }, previous)).toEqual({ name: '乙' });
  });

  it('never writes an unchanged (masked) value back', () => {
    expect(updateInput(allowed, { ...previous }, previous)).toEqual({});
  });

  it('sends null to clear a field', () => {
    expect(updateInput(allowed, { ...previous, enterpriseId: null }, previous)).toEqual({ enterpriseId: null });
    expect(updateInput(allowed, { ...previous, phone: '' }, previous)).toEqual({ phone: null });
  });

  it('does not send an empty value for a field the record did not have', () => {
    expect(updateInput(['password'], { password: null }, {})).toEqual({});
    expect(updateInput(['password'], { password: 'Secret123456' }, {})).toEqual({ password: 'Secret123456' });
  });

  it('sends every whitelisted field when there is no previous record', () => {
    expect(updateInput(allowed, { name: 'x', townshipId: '1' }, undefined)).toEqual({ name: 'x', townshipId: '1' });
  });
});
