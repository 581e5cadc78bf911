import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_ACTIONS, ISSUE_ACTIONS } from '@wuye/domain';
import { chineseMessages, englishAppMessages } from '../../../i18n';
import { auditActionText, auditEntityText, codeKey } from './auditWords';

const ROOT = fileURLToPath(new URL('../../../../../../', import.meta.url));

/** The server's sources (tests left out), where every audit row's action and entity type is written. */
function serverSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(ROOT, 'packages/api/src'));
  walk(join(ROOT, 'packages/db/src'));
  return out;
}

const words = (messages: unknown, key: string) => key.split('.').reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], messages);

describe('audit log codes in words', () => {
  const texts = serverSources();
  const literal = (re: RegExp) => [...new Set(texts.flatMap((t) => [...t.matchAll(re)].map((m) => m[1]!)))];
  const actions = literal(/action: (?:[a-zA-Z]+ \? )?'([a-zA-Z]+\.[a-zA-Z_]+)'/g).concat(literal(/: '([a-zA-Z]+\.[a-zA-Z_]+)'\s*,\s*entityType/g));
  const entityTypes = literal(/entityType: '([A-Za-z]+)'/g).concat(literal(/typeName: '([A-Za-z]+)'/g));
  // Built at run time: `issue.${action.toLowerCase()}`, `complaint.…`, `leasing.${command}`, `handover.${action}`, `randomDraw.${mutation}`.
  const built = [
    ...ISSUE_ACTIONS.map((a) => `issue.${a.toLowerCase()}`),
    ...COMPLAINT_ACTIONS.map((a) => `complaint.${a.toLowerCase()}`),
    ...literal(/(?:command|audited)\([a-z]+, [a-z]+, '([a-zA-Z]+)'/g).map((c) => `leasing.${c}`),
    ...literal(/handoverWrite\(ctx, [a-z.]+, '([a-zA-Z]+)'/g).map((c) => `handover.${c}`),
    ...literal(/drawWrite\('([a-zA-Z]+)'/g).map((c) => `randomDraw.${c}`),
    ...entityTypes.map((e) => `${codeKey(e)}.create`),
    ...entityTypes.map((e) => `${codeKey(e)}.update`),
  ];

  it('finds the codes the server writes', () => {
    expect(actions.length).toBeGreaterThan(40);
    expect(actions).toContain('rating.publish');
    expect(entityTypes).toContain('CreditRecord');
    expect(built).toContain('leasing.signContract');
    expect(built).toContain('issue.record_refusal');
  });

  for (const [language, messages] of [
    ['Chinese', chineseMessages],
    ['English', englishAppMessages],
  ] as const) {
    it(`every action and entity type has words in ${language}`, () => {
      const missing = [
        ...[...actions, ...built].flatMap((a) => {
          const [entity, verb] = a.split('.') as [string, string];
          return [`app.audit.entity.${codeKey(entity)}`, `app.audit.verb.${codeKey(verb)}`];
        }),
        ...entityTypes.map((e) => `app.audit.entity.${codeKey(e)}`),
      ].filter((key) => typeof words(messages, key) !== 'string');
      expect([...new Set(missing)]).toEqual([]);
    });
  }

  it('reads as words, and an unknown code as spaced words rather than a code', () => {
    const zh = (key: string) => (words(chineseMessages, key) as string | undefined) ?? key;
    const en = (key: string) => (words(englishAppMessages, key) as string | undefined) ?? key;
    expect(auditActionText(zh, 'rating.publish')).toBe('季度评比 · 发布');
    expect(auditActionText(en, 'issue.record_refusal')).toBe('Issue · refusal recorded');
    expect(auditActionText(zh, 'ACKNOWLEDGE')).toBe('签收');
    expect(auditEntityText(en, 'CreditRecord')).toBe('Credit record');
    expect(auditActionText(en, 'widget.doSomethingNew')).toBe('widget · do something new');
  });
});
