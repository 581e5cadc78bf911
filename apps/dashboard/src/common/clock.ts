/**
 * The dashboard's "now" is the server's: the platform's clock may be moved (the demo county runs from its reference
 * date, CLOCK_START), and a browser's clock may be wrong. The offset is read once from /healthz before the app renders.
 */
let offsetMs = 0;

export const serverNow = (): Date => new Date(Date.now() + offsetMs);

/** Reads the server's clock; when it cannot be reached the browser's clock stands in. */
export async function syncClock(fetchImpl: typeof fetch = fetch): Promise<void> {
  try {
    const sent = Date.now();
    const res = await fetchImpl('/healthz', { headers: { accept: 'application/json' } });
    const at = Date.parse(((await res.json()) as { now?: string }).now ?? '');
    // The server read its clock about half-way through the round trip.
    if (!Number.isNaN(at)) offsetMs = at - (sent + Date.now()) / 2;
  } catch {
    offsetMs = 0;
  }
}
