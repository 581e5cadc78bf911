/** Turning a react-admin form record into a GraphQL input: whitelisted fields only. */

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The create input: whitelisted fields that have a value in the form record. */
export function createInput(allowed: readonly string[], data: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of allowed) {
    const value = data[key];
    if (value === undefined) continue;
    input[key] = value === '' ? null : value;
  }
  return input;
}

/**
 * The update input: whitelisted fields whose value changed. Unchanged fields are left out, so data the caller
 * received masked (a manager's phone) is never written back; `null` means "clear".
 */
export function updateInput(
  allowed: readonly string[],
  data: Record<string, unknown>,
  previousData: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of allowed) {
    if (!(key in data)) continue;
    const value = data[key] === '' ? null : data[key];
    if (previousData && sameValue(value, previousData[key])) continue;
    if (value === undefined) continue;
    input[key] = value;
  }
  return input;
}
