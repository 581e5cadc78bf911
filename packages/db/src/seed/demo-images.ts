import { deflateSync } from 'node:zlib';

/**
 * Small images for the demo county's publicity column (seed only): a PNG drawn in code — sky, a row of buildings and
 * the ground, in the colours given — so the demo shows real, decodable pictures without shipping binary files.
 */
type Rgb = readonly [number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A `width`×`height` RGB PNG: sky on top, buildings of `buildings` colour (heights from `seed`), ground below. */
export function demoScenePng(width: number, height: number, colours: { sky: Rgb; buildings: Rgb; ground: Rgb }, seed = 1): Buffer {
  const groundTop = Math.round(height * 0.8);
  const tops: number[] = [];
  for (let x = 0, s = seed; x < width; x++) {
    if (x % Math.max(8, Math.round(width / 10)) === 0) s = (s * 1103515245 + 12345) % 2147483648;
    tops.push(Math.round(height * (0.25 + 0.4 * ((s % 1000) / 1000))));
  }
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const window = y > tops[x]! + 4 && y < groundTop - 4 && x % 6 < 3 && y % 8 < 4;
      const c: Rgb = y >= groundTop ? colours.ground : y >= tops[x]! ? (window ? [250, 240, 200] : colours.buildings) : colours.sky;
      raw.set(c, row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
