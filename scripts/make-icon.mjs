// Draws images/icon.png (128×128): a red tile with a white page whose bars stand for a
// title and headings indented by level — the outline the extension shows. No image tools needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const W = 128;
const px = new Uint8Array(W * W * 4);
const RED = [200, 16, 46, 255];
const WHITE = [255, 255, 255, 255];
const GREY = [68, 68, 68, 255];

/** Fill a rectangle [x0,x1]×[y0,y1] with rounded corners of radius r. */
function rect(x0, y0, x1, y1, color, r = 0) {
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const cx = x < x0 + r ? x0 + r : x > x1 - r ? x1 - r : x;
      const cy = y < y0 + r ? y0 + r : y > y1 - r ? y1 - r : y;
      if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
      px.set(color, (y * W + x) * 4);
    }
  }
}

rect(0, 0, 127, 127, RED, 18);
rect(26, 16, 102, 112, WHITE, 6);
rect(36, 28, 92, 35, RED); // title
for (const [x0, x1, y] of [[36, 80, 48], [46, 88, 60], [56, 90, 72], [56, 84, 84], [36, 76, 96]]) rect(x0, y, x1, y + 4, GREY);

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
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(W, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const raw = Buffer.alloc(W * (W * 4 + 1));
for (let y = 0; y < W; y++) Buffer.from(px.buffer, y * W * 4, W * 4).copy(raw, y * (W * 4 + 1) + 1);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
