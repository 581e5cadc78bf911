import { Writable } from 'node:stream';

export interface LogCapture {
  stream: Writable;
  lines: () => Record<string, any>[];
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
        .map((l) => JSON.parse(l) as Record<string, any>),
  };
}
