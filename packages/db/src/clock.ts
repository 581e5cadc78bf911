import { AsyncLocalStorage } from 'node:async_hooks';
import { shanghaiDate } from '@wuye/domain';

/**
 * The platform's one clock: every "now" and "today" of the server, its services, entities and jobs comes from here.
 * It runs in real time; `startAt` moves its start (the demo county and the tests run it from the demo's reference
 * date, so what they show does not depend on the day they are run) and it runs on from there. `runAt` reads a fixed
 * instant for one piece of work only (the seed replays a year of events, each at its own time).
 */
let offsetMs = 0;
const pinned = new AsyncLocalStorage<Date>();

export const clock = {
  now: (): Date => {
    const at = pinned.getStore();
    return at ? new Date(at.getTime()) : new Date(Date.now() + offsetMs);
  },
  /** Today's calendar date in Asia/Shanghai. */
  today: (): string => shanghaiDate(clock.now()),
  /** Moves the clock so that it reads `at` now; `null` puts it back on the real time. */
  startAt(at: Date | null): void {
    offsetMs = at ? at.getTime() - Date.now() : 0;
  },
  /**
   * Runs `work` with the clock reading `at` (standing still) inside it and everything it awaits, and nowhere else:
   * concurrent work, before and after, keeps the running clock. What `work` writes is stamped with that instant.
   */
  runAt<T>(at: Date, work: () => Promise<T>): Promise<T> {
    return pinned.run(new Date(at.getTime()), work);
  },
  /** Whether the clock has been moved off the real time. */
  isShifted: (): boolean => offsetMs !== 0,
};
