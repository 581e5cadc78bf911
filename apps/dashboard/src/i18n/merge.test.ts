import { describe, expect, it } from 'vitest';
import { mergeMessages, termLabels } from './merge';

describe('message trees', () => {
  it('merge feature modules deeply', () => {
    expect(mergeMessages({ app: { a: '1', menu: { x: 'x' } } }, { app: { menu: { y: 'y' } }, enums: { E: { V: 'v' } } })).toEqual({
      app: { a: '1', menu: { x: 'x', y: 'y' } },
      enums: { E: { V: 'v' } },
    });
  });

  it('label enum values from a domain label function', () => {
    expect(termLabels(['ASSIGNED', 'CLOSED'], (v) => v.toLowerCase(), true)).toEqual({ ASSIGNED: 'Assigned', CLOSED: 'Closed' });
  });
});
