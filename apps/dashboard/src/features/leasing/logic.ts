/** Pure helpers of the leasing pages (tested in logic.test.ts). */

/** Findings typed one a line: `CODE description` (the code may be followed by a space, a colon or a tab). */
export function parseFindings(text: string): { item: string; description: string }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^([A-Z_]+)[\s:：]+(.*)$/.exec(l);
      return m ? { item: m[1]!, description: m[2]!.trim() } : { item: 'OTHER', description: l };
    });
}

/** Decisions typed one a line: `what | who | by when` (who and when optional; full-width bars allowed). */
export function parseDecisions(text: string): { text: string; owner: string | null; dueOn: string | null }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [what = '', who = '', when = ''] = l.split(/[|｜]/).map((x) => x.trim());
      return { text: what, owner: who || null, dueOn: when || null };
    });
}

/** Participants one a line, blanks dropped. */
export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
