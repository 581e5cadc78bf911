/**
 * The server's password policy: the length and character rule of `checkPassword`, then a strength estimate by
 * zxcvbn-ts against its common-password dictionary and the user's own names. Imported as
 * `@wuye/domain/password-strength` so its dictionaries stay out of the dashboard bundle, which checks only the cheap rule.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import type { FieldIssue } from './field-errors.js';
import { checkPassword } from './registry-rules.js';

/**
 * zxcvbn's score 3: at least 10^8 guesses, "safely unguessable" against online attacks and costly offline against
 * argon2id. The demo password `Demo@2026pass` scores 3.
 */
export const PASSWORD_MIN_SCORE = 3;

/** Characters of a password the estimate looks at; longer ones are judged by these. */
export const ESTIMATED_LENGTH = 64;

let factory: ZxcvbnFactory | null = null;
const estimator = () => (factory ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs, useLevenshteinDistance: true }));

/** zxcvbn's warning keys, grouped into the reasons our messages name. */
function reasonOf(warning: string | null): string {
  if (warning === 'userInputs') return 'PERSONAL';
  if (warning && /common|topTen|topHundred|wordByItself|namesByThemselves|commonNames|similarToCommon/i.test(warning)) return 'COMMON';
  if (warning && /repeat|sequence|straightRow|keyPattern|dates|recentYears/i.test(warning)) return 'PATTERN';
  return 'GUESSABLE';
}

/**
 * Issues with a new password: too short or of one kind of character, or guessable (a common password, a keyboard
 * pattern, the user's own username or name). `personal` lists the user's username and display name.
 */
export function checkNewPassword(field: string, password: string, personal: readonly string[] = []): FieldIssue[] {
  const basic = checkPassword(field, password);
  if (basic.length > 0) return basic;
  // Names count whole, joined and by their parts (`zhang.san` → zhangsan, zhang, san), as people build passwords from each.
  const inputs = [
    ...new Set(
      personal
        .flatMap((p) => [p, p.replace(/[^\p{L}\p{N}]+/gu, ''), ...p.split(/[^\p{L}\p{N}]+/u)])
        .map((p) => p.trim().toLowerCase())
        .filter((p) => p.length >= 2),
    ),
  ];
  // The estimate runs on the event loop and its cost grows with length: the first 64 characters decide.
  const result = estimator().check(Array.from(password).slice(0, ESTIMATED_LENGTH).join(''), inputs);
  if (result.score >= PASSWORD_MIN_SCORE) return [];
  return [{ field, code: 'PASSWORD_GUESSABLE', params: { reason: reasonOf(result.feedback.warning) } }];
}
