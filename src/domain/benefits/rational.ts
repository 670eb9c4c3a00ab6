/**
 * Exact fractions, so money is never touched by binary floating point until the one rounding at the end.
 * Built on BigInt so national-scale inputs (hundreds of thousands of users, answers in tenths of a
 * minute, costs in pence) cannot overflow. The SPFx toolchain targets ES2017, where BigInt literals
 * (`1n`) do not compile, so values are made with the BigInt function (every supported browser has it).
 */
export interface IRational {
  /** Carries the sign. */
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

const big: (x: number | string) => bigint = (globalThis as unknown as { BigInt: (x: number | string) => bigint }).BigInt;
const ZERO = big(0);
const ONE = big(1);
const TWO = big(2);
const TEN = big(10);

function absBig(x: bigint): bigint {
  return x < ZERO ? -x : x;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = absBig(a);
  let y = absBig(b);
  while (y) [x, y] = [y, x % y];
  return x || ONE;
}

function make(n: bigint, d: bigint): IRational {
  if (d === ZERO) throw new RangeError('Division by zero');
  const g = gcd(n, d) * (d < ZERO ? -ONE : ONE);
  return { n: n / g, d: d / g };
}

/** A fraction of two whole numbers (safe integers). */
export function ratio(n: number, d: number = 1): IRational {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) throw new RangeError(`Not a whole number: ${n}/${d}`);
  return make(big(n), big(d));
}

/** Up to 9 decimal places are taken exactly (7.5 → 15/2); anything finer, or not finite, is rejected. */
export function fromDecimal(x: number): IRational {
  if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
  for (let places = 0, scale = 1; places <= 9; places++, scale *= 10) {
    const scaled = Math.round(x * scale);
    if (Math.abs(scaled / scale - x) <= Number.EPSILON * Math.abs(x) && Number.isSafeInteger(scaled)) return ratio(scaled, scale);
  }
  throw new RangeError(`More than 9 decimal places: ${x}`);
}

/** Whether fromDecimal accepts it. */
export function isExactDecimal(x: number): boolean {
  try {
    fromDecimal(x);
    return true;
  } catch {
    return false;
  }
}

export function mul(a: IRational, b: IRational): IRational {
  return make(a.n * b.n, a.d * b.d);
}

export function div(a: IRational, b: IRational): IRational {
  if (b.n === ZERO) throw new RangeError('Division by zero');
  return make(a.n * b.d, a.d * b.n);
}

export function add(a: IRational, b: IRational): IRational {
  return make(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: IRational, b: IRational): IRational {
  return make(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function sign(a: IRational): -1 | 0 | 1 {
  return a.n === ZERO ? 0 : a.n > ZERO ? 1 : -1;
}

export function abs(a: IRational): IRational {
  return { n: absBig(a.n), d: a.d };
}

export function sum(values: readonly IRational[]): IRational {
  return values.reduce(add, ratio(0));
}

/** The nearest double (near enough for display of the unrounded value). */
export function toNumber(a: IRational): number {
  return Number(a.n) / Number(a.d);
}

/**
 * Rounds half away from zero (the usual rule for money and what Excel's ROUND does) to `decimals`
 * places: 2.5 → 3, −2.5 → −3, 0.125 to 2 places → 0.13. Exact: decided on integers, not doubles.
 * Throws a RangeError if the rounded result is too large to be an exact JavaScript number.
 */
export function round(a: IRational, decimals: number = 0): number {
  const scaled = absBig(a.n) * TEN ** big(decimals);
  const whole = scaled / a.d;
  const rounded = TWO * (scaled % a.d) >= a.d ? whole + ONE : whole;
  const value = Number(rounded);
  if (!Number.isSafeInteger(value)) throw new RangeError(`Too large to show exactly: ${rounded}`);
  return (sign(a) < 0 ? -value : value) / 10 ** decimals + 0;
}
