export {
  CLOSED_LOOP_RECORD_CODES,
  MAX_ATTACHMENTS,
  MAX_NOTE_LENGTH,
  calendarDaysBetween,
  shanghaiMidnight,
  type ClosedLoopRecordCode,
  type TransitionLookup,
  type TransitionRule,
} from './common.js';
export * from './labels.js';
export * from './issue-state-machine.js';
export * from './inspection.js';
export * from './complaints.js';
export * from './defects.js';
export * from './inbox.js';
