import { abs, add, div, fromDecimal, isExactDecimal, mul, ratio, round, sign, sub, sum, toNumber, type IRational } from './rational';

/** Numerator and denominator as plain numbers, for readable expectations. */
function parts(r: IRational): [number, number] {
  return [Number(r.n), Number(r.d)];
}

describe('exact fractions', () => {
  it('reduces and keeps the sign on the numerator', () => {
    expect(parts(ratio(6, 4))).toEqual([3, 2]);
    expect(parts(ratio(6, -4))).toEqual([-3, 2]);
    expect(parts(ratio(0, -5))).toEqual([0, 1]);
  });

  it.each([
    [7.5, [15, 2]],
    [0.1, [1, 10]],
    [225, [225, 1]],
    [-2.25, [-9, 4]],
    [1.005, [201, 200]]
  ])('takes the decimal %p exactly', (x, expected) => {
    expect(parts(fromDecimal(x))).toEqual(expected);
  });

  it.each([NaN, Infinity, -Infinity, 1 / 3, Math.PI])('refuses %p rather than approximate it', (x) => {
    expect(() => fromDecimal(x)).toThrow(RangeError);
    expect(isExactDecimal(x)).toBe(false);
  });

  it('adds, subtracts, multiplies and divides without floating-point error', () => {
    const tenth = fromDecimal(0.1);
    const fifth = fromDecimal(0.2);
    expect(add(tenth, fifth)).toEqual(fromDecimal(0.3)); // 0.1 + 0.2 !== 0.3 in doubles
    expect(parts(sub(tenth, fifth))).toEqual([-1, 10]);
    expect(parts(mul(ratio(2, 3), ratio(9, 4)))).toEqual([3, 2]);
    expect(parts(div(ratio(2, 3), ratio(-4, 9)))).toEqual([-3, 2]);
    expect(parts(sum([ratio(1, 3), ratio(1, 3), ratio(1, 3)]))).toEqual([1, 1]);
    expect(parts(sum([]))).toEqual([0, 1]);
    expect(parts(abs(ratio(-7, 3)))).toEqual([7, 3]);
    expect([sign(ratio(-1, 9)), sign(ratio(0)), sign(ratio(1, 9))]).toEqual([-1, 0, 1]);
    expect(toNumber(ratio(1, 4))).toBe(0.25);
  });

  it('throws on division by zero and on inputs that are not whole numbers', () => {
    expect(() => ratio(1, 0)).toThrow(RangeError);
    expect(() => div(ratio(1), ratio(0))).toThrow(RangeError);
    expect(() => ratio(1.5)).toThrow(RangeError);
  });

  it('stays exact beyond the range of doubles, and refuses to round to a number it cannot show exactly', () => {
    const huge = mul(ratio(Number.MAX_SAFE_INTEGER), ratio(Number.MAX_SAFE_INTEGER));
    expect(round(div(huge, ratio(Number.MAX_SAFE_INTEGER)))).toBe(Number.MAX_SAFE_INTEGER);
    expect(round(div(add(huge, ratio(1)), huge))).toBe(1);
    expect(() => round(huge)).toThrow(RangeError);
  });
});

describe('rounding half away from zero', () => {
  it.each([
    ['ratio(5, 2)', ratio(5, 2), 0, 3],
    ['ratio(-5, 2)', ratio(-5, 2), 0, -3],
    ['ratio(3, 2)', ratio(3, 2), 0, 2],
    ['ratio(-3, 2)', ratio(-3, 2), 0, -2],
    ['ratio(21, 2)', ratio(21, 2), 0, 11], // banker's rounding would give 10
    ['ratio(-21, 2)', ratio(-21, 2), 0, -11],
    ['ratio(49, 10)', ratio(49, 10), 0, 5],
    ['ratio(-49, 10)', ratio(-49, 10), 0, -5],
    ['ratio(1, 8)', ratio(1, 8), 2, 0.13],
    ['ratio(-1, 8)', ratio(-1, 8), 2, -0.13],
    ['fromDecimal(1.005)', fromDecimal(1.005), 2, 1.01], // Math.round(1.005 * 100) / 100 gives 1 in doubles
    ['ratio(1428000, 562500)', ratio(1428000, 562500), 2, 2.54],
    ['ratio(1428000, 562500)', ratio(1428000, 562500), 4, 2.5387],
    ['ratio(0)', ratio(0), 2, 0],
    ['ratio(-1, 1000)', ratio(-1, 1000), 2, 0] // never -0
  ])('%s to %p places → %p', (_label, r, decimals, expected) => {
    expect(Object.is(round(r, decimals), expected)).toBe(true);
  });
});
