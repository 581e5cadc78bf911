import { Writable } from 'node:stream';

/** One line of the JSON log: what the tests read of it, and whatever else pino wrote. */
export interface LogLine {
  msg?: string;
  reqId?: string;
  res?: { status?: number };
  err?: { message?: string; stack?: string; type?: string; code?: string; databaseUnavailable?: string; repeat?: number };
  [key: string]: unknown;
}

export interface LogCapture {
  stream: Writable;
  lines: () => LogLine[];
  text: () => string;
}

/** A destination for pino that keeps every line in memory. */
export function captureLog(): LogCapture {
  let raw = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      raw += chunk.toString();
      done();
    },
  });
  return {
    stream,
    text: () => raw,
    lines: () =>
      raw
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LogLine),
  };
}
