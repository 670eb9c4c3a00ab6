'use strict';
// Draws the suite's Teams icons (a shield with a tick) without any image library, so they can be
// regenerated on any machine: `node dev/tools/make-teams-icons.js`. Teams wants a 192×192 full-colour
// icon and a 32×32 white-on-transparent outline icon.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

// Shape tests in unit coordinates (0..1).
function inShield(u, v) {
  if (v < 0.18 || v > 0.86) return false;
  const half = v < 0.55 ? 0.3 : 0.3 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.31) ** 2));
  return Math.abs(u - 0.5) <= half;
}
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
function inTick(u, v, w) {
  return distToSegment(u, v, 0.37, 0.5, 0.47, 0.61) < w || distToSegment(u, v, 0.47, 0.61, 0.65, 0.38) < w;
}

// Supersample 4×4 for smooth edges.
function sample(size, test) {
  return (x, y) => {
    let hits = 0;
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (test((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
    return hits / 16;
  };
}

const out = path.join(__dirname, '..', '..', 'teams');
const navy = [0, 59, 113];
const shield192 = sample(192, inShield);
const tick192 = sample(192, (u, v) => inTick(u, v, 0.045));
fs.writeFileSync(path.join(out, 'color.png'), png(192, (x, y) => {
  const s = shield192(x, y), t = tick192(x, y);
  // White shield on navy, navy tick inside the shield.
  const white = s * (1 - t);
  return [0, 1, 2].map((k) => Math.round(navy[k] * (1 - white) + 255 * white)).concat([255]);
}));
const shield32 = sample(32, inShield);
const inner32 = sample(32, (u, v) => inShield(0.5 + (u - 0.5) / 0.78, 0.52 + (v - 0.52) / 0.78));
const tick32 = sample(32, (u, v) => inTick(u, v, 0.05));
fs.writeFileSync(path.join(out, 'outline.png'), png(32, (x, y) => {
  // Outline of the shield plus the tick, white on transparent.
  const a = Math.max(Math.min(1, Math.max(0, shield32(x, y) - inner32(x, y))), tick32(x, y));
  return [255, 255, 255, Math.round(a * 255)];
}));
console.log('wrote teams/color.png and teams/outline.png');
