import { describe, expect, it } from 'vitest';
import { gradeStyle, listStatusStyle, statusStyle } from './creditStyles';

describe('credit chip styles', () => {
  it('shows the black list dark and the red list red, nothing for NONE', () => {
    expect(listStatusStyle('BLACK')).toEqual({ bg: '#212121', fg: '#ffffff' });
    expect(listStatusStyle('RED')?.bg).toBe('#d32f2f');
    expect(listStatusStyle('NONE')).toBeNull();
  });

  it('colours every grade and outlines an unrated firm', () => {
    for (const grade of ['AAA', 'AA', 'A', 'B', 'C']) expect(gradeStyle(grade).outlined).toBeUndefined();
    expect(gradeStyle(null).outlined).toBe(true);
    expect(statusStyle('EXPELLED').bg).toBe('#424242');
  });
});
