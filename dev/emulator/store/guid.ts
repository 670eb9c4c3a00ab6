/**
 * Deterministic guids. A replayed journal must give the same list/field ids, so nothing here uses
 * Math.random or crypto.
 */

/** mulberry32: tiny, fast, good enough for ids (not for secrets). */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  guid(): string {
    return formatGuid(this.nextUint32(), this.nextUint32(), this.nextUint32(), this.nextUint32());
  }
}

/** Every 16-bit value as 4 hex digits (~1.5 MB once): formatting a guid then allocates only the result. */
let HEX4: string[] | undefined;

function hex4(n: number): string {
  if (HEX4 === undefined) HEX4 = Array.from({ length: 65536 }, (_, i) => i.toString(16).padStart(4, '0'));
  return HEX4[n & 0xffff];
}

/**
 * Formats four 32-bit words as a version-4-looking guid (lower case, no braces). Table-driven
 * because item guids are formatted on every materialised row.
 */
export function formatGuid(a: number, b: number, c: number, d: number): string {
  const version = 0x4000 | (b & 0x0fff);
  const variant = 0x8000 | ((c >>> 16) & 0x3fff);
  return `${hex4(a >>> 16)}${hex4(a)}-${hex4(b >>> 16)}-${hex4(version)}-${hex4(variant)}-${hex4(c)}${hex4(d >>> 16)}${hex4(d)}`;
}

/** 32-bit finaliser of murmur3: a bijection, so distinct inputs give distinct outputs. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Item GUIDs are derived from (list salt, item id) instead of stored: 1.7M stored guid strings
 * would cost ~100 MB. The first word is a bijection of the id, so guids within a list never collide.
 */
export function itemGuid(salt: number, id: number): string {
  return formatGuid(fmix32(id ^ salt), fmix32(id + 0x9e3779b9 + salt), fmix32(salt ^ 0x7f4a7c15), fmix32(id * 31 + salt));
}

/** Normalises "{ABC…}" / "abc…" to lower case without braces. */
export function normaliseGuid(value: string): string {
  return value.trim().replace(/^\{|\}$/g, '').toLowerCase();
}
