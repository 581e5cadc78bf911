// The few parts of busboy 1.x we use (the package ships no types; @types/busboy would be a second dependency).
declare module 'busboy' {
  import type { IncomingHttpHeaders } from 'node:http';
  import type { Readable, Writable } from 'node:stream';

  export interface FileInfo {
    filename: string | undefined;
    encoding: string;
    mimeType: string;
  }
  export interface BusboyConfig {
    headers: IncomingHttpHeaders;
    limits?: { fileSize?: number; files?: number; fields?: number; fieldSize?: number; parts?: number };
    defParamCharset?: string;
  }
  interface Busboy extends Writable {
    on(event: 'file', listener: (name: string, stream: Readable & { truncated?: boolean }, info: FileInfo) => void): this;
    on(event: 'field', listener: (name: string, value: string) => void): this;
    on(event: 'filesLimit' | 'fieldsLimit' | 'partsLimit' | 'close', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  export default function busboy(config: BusboyConfig): Busboy;
}
