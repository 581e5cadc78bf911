import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USCC_ALPHABET, usccCheckChar, validateUscc, withUsccCheckChar } from './uscc.js';

describe('validateUscc (GB 32100-2015)', () => {
  // The worked example of GB 32100-2015 and a published government code.
  it.each(['91350100M000100Y43', '11100000000013127D'])('accepts the published code %s', (code) => {
    expect(validateUscc(code)).toEqual({ ok: true, value: code });
  });

  it('normalises lower case and surrounding spaces', () => {
    expect(validateUscc(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('tells a wrong check character apart, naming the expected one', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({ ok: false, error: { code: 'USCC_CHECK_DIGIT', expected: '3', actual: '4' } });
  });

  it('tells a wrong length apart', () => {
    expect(validateUscc('91350100M000100Y4')).toEqual({ ok: false, error: { code: 'USCC_LENGTH', length: 17 } });
    expect(validateUscc('91350100M000100Y433')).toEqual({ ok: false, error: { code: 'USCC_LENGTH', length: 19 } });
    expect(validateUscc('')).toEqual({ ok: false, error: { code: 'USCC_EMPTY' } });
  });

  it.each(['I', 'O', 'S', 'V', 'Z', '-', '中'])('tells the forbidden character %s apart, with its position', (ch) => {
    const code = `9135010${ch}M000100Y43`;
    expect(validateUscc(code)).toEqual({ ok: false, error: { code: 'USCC_CHARSET', char: ch, position: 8 } });
  });

  it('a check character completes any 17 allowed characters into a valid code', () => {
    const char = fc.constantFrom(...USCC_ALPHABET.split(''));
    fc.assert(
      fc.property(fc.array(char, { minLength: 17, maxLength: 17 }), (chars) => {
        const code = withUsccCheckChar(chars.join(''));
        expect(validateUscc(code).ok).toBe(true);
      }),
    );
  });

  it('detects every single-character substitution', () => {
    const char = fc.constantFrom(...USCC_ALPHABET.split(''));
    fc.assert(
      fc.property(fc.array(char, { minLength: 17, maxLength: 17 }), fc.integer({ min: 0, max: 17 }), char, (chars, pos, replacement) => {
        const code = withUsccCheckChar(chars.join(''));
        fc.pre(code[pos] !== replacement);
        const broken = code.slice(0, pos) + replacement + code.slice(pos + 1);
        expect(validateUscc(broken).ok).toBe(false);
      }),
    );
  });

  it('usccCheckChar refuses input it cannot weigh', () => {
    expect(() => usccCheckChar('123')).toThrow(RangeError);
    expect(() => usccCheckChar('9135010OM000100Y4')).toThrow(RangeError);
  });
});
