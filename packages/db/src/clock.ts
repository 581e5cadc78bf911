import { shanghaiDate } from '@wuye/domain';

/**
 * The platform's one clock: every "now" and "today" of the server, its services, entities and jobs comes from here.
 * It runs in real time; `startAt` moves its start (the demo county and the tests run it from the demo's reference
 * date, so what they show does not depend on the day they are run) and it runs on from there.
 */
let offsetMs = 0;

export const clock = {
  now: (): Date => new Date(Date.now() + offsetMs),
  /** Today's calendar date in Asia/Shanghai. */
  today: (): string => shanghaiDate(clock.now()),
  /** Moves the clock so that it reads `at` now; `null` puts it back on the real time. */
  startAt(at: Date | null): void {
    offsetMs = at ? at.getTime() - Date.now() : 0;
  },
  /** Whether the clock has been moved off the real time. */
  isShifted: (): boolean => offsetMs !== 0,
};
