/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 18 characters from a 31-character alphabet (no I, O, S, V, Z); the 18th is a check character
 * computed from the first 17 with weights 3^i mod 31.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccError =
  | { code: 'USCC_EMPTY' }
  | { code: 'USCC_LENGTH'; length: number }
  | { code: 'USCC_CHARSET'; char: string; position: number }
  | { code: 'USCC_CHECK_DIGIT'; expected: string; actual: string };

export type UsccResult = { ok: true; value: string } | { ok: false; error: UsccError };

/** Check character for the first 17 characters (which must already be in the alphabet). */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckChar needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`character ${first17[i]} is not allowed in a USCC`);
    sum += v * WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Validates a USCC; surrounding spaces are ignored and lower-case letters accepted. */
export function validateUscc(input: string): UsccResult {
  const value = input.trim().toUpperCase();
  if (value.length === 0) return { ok: false, error: { code: 'USCC_EMPTY' } };
  if (value.length !== 18) return { ok: false, error: { code: 'USCC_LENGTH', length: value.length } };
  for (let i = 0; i < 18; i++) {
    if (!USCC_ALPHABET.includes(value[i]!)) {
      return { ok: false, error: { code: 'USCC_CHARSET', char: value[i]!, position: i + 1 } };
    }
  }
  const expected = usccCheckChar(value.slice(0, 17));
  if (expected !== value[17]) {
    return { ok: false, error: { code: 'USCC_CHECK_DIGIT', expected, actual: value[17]! } };
  }
  return { ok: true, value };
}

/** Completes 17 characters with their check character. */
export function withUsccCheckChar(first17: string): string {
  return first17 + usccCheckChar(first17);
}
