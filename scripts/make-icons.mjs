// Draws Saring's icon set (a sieve: a bowl with a mesh) into public/icon/<size>.png.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shape in unit coordinates: 0 = transparent, 1 = teal tile, 2 = white.
function shape(u, v) {
  const r = 0.2; // rounded corners of the tile
  const cx = Math.min(Math.max(u, r), 1 - r),
    cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return 0;
  const d = Math.hypot(u - 0.5, v - 0.47);
  if (d > 0.28 && d < 0.34 && v < 0.5) return 1; // keep the rim open at the top
  if (d <= 0.34 && v >= 0.47) {
    // the bowl: white rim, mesh inside
    if (d > 0.29) return 2;
    const gx = ((u - 0.5) / 0.085) % 1,
      gy = ((v - 0.47) / 0.085) % 1;
    return Math.abs(gx) < 0.28 || Math.abs(gy) < 0.28 ? 2 : 1;
  }
  if (v > 0.43 && v < 0.5 && Math.abs(u - 0.5) < 0.4) return 2; // the rim line
  if (v > 0.44 && v < 0.49 && Math.abs(u - 0.5) < 0.46) return 2; // handles
  return 1;
}

for (const size of [16, 32, 48, 96, 128]) {
  const ss = 4;
  const data = png(size, (x, y) => {
    let teal = 0,
      white = 0;
    for (let i = 0; i < ss; i++)
      for (let j = 0; j < ss; j++) {
        const s = shape((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
        if (s === 1) teal++;
        if (s === 2) white++;
      }
    const n = ss * ss,
      a = (teal + white) / n;
    if (a === 0) return [0, 0, 0, 0];
    const w = white / (teal + white);
    const mix = (c1, c2) => Math.round(c1 * (1 - w) + c2 * w);
    return [mix(15, 255), mix(118, 255), mix(110, 255), Math.round(a * 255)];
  });
  writeFileSync(`public/icon/${size}.png`, data);
}
console.log('icons written');
