/** Strings at the leaves: the shape a translation of a messages object must have. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merges message trees (feature modules into the app messages); a later leaf wins. */
export function mergeMessages<A extends Obj, B extends Obj>(a: A, b: B): A & B {
  const out: Obj = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const prev = out[key];
    out[key] = isObj(prev) && isObj(value) ? mergeMessages(prev, value) : value;
  }
  return out as A & B;
}

/** `enums.<Name>` labels from a domain label function (`closedLoopTerm`), capitalised in English. */
export function termLabels(values: readonly string[], label: (value: string) => string, capitalise = false): Record<string, string> {
  return Object.fromEntries(
    values.map((v) => {
      const text = label(v);
      return [v, capitalise ? text.charAt(0).toUpperCase() + text.slice(1) : text];
    }),
  );
}
