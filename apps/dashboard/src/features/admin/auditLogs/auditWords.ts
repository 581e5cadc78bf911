type Translate = (key: string, options?: Record<string, unknown>) => string;

/** `record_refusal`, `RECORD_REFUSAL`, `CreditRecord` → `recordRefusal`, `creditRecord`: the key of a code's words. */
export function codeKey(code: string): string {
  const camel = /[_]/.test(code) || code === code.toUpperCase() ? code.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : code;
  return camel.charAt(0).toLowerCase() + camel.slice(1);
}

/** `recordRefusal` → `record refusal`: what an unknown part reads like, rather than a code. */
const spaced = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** The words at `key`, or `fallback` when there are none (a translate that ignores `_` answers the key itself). */
function words(translate: Translate, key: string, fallback: string): string {
  const text = translate(key, { _: fallback });
  return text === key ? fallback : text;
}

/** The words of an entity type (`CreditRecord`, or the entity part of an action: `creditRecord`). */
export function auditEntityText(translate: Translate, code: string | null | undefined): string {
  if (!code) return '';
  const key = codeKey(code);
  return words(translate, `app.audit.entity.${key}`, spaced(key));
}

/** An audit action in words: `rating.publish` → 季度评比 · 发布 / Quarterly rating · published. */
export function auditActionText(translate: Translate, code: string | null | undefined): string {
  if (!code) return '';
  const dot = code.indexOf('.');
  const verbKey = codeKey(dot < 0 ? code : code.slice(dot + 1));
  const verb = words(translate, `app.audit.verb.${verbKey}`, spaced(verbKey));
  return dot < 0 ? verb : `${auditEntityText(translate, code.slice(0, dot))} · ${verb}`;
}
