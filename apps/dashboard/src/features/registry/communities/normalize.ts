/** Only a community served by an enterprise (service mode ENTERPRISE) has a serving enterprise; otherwise it is cleared. */
export function normalizeCommunity<T extends Record<string, unknown>>(values: T): T {
  if (values.serviceMode === 'ENTERPRISE') return values;
  return { ...values, enterpriseId: null };
}
