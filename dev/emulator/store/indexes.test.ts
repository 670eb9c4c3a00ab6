import { IdList, NumericIndex, StringIndex, type Bound, type ColumnIndex } from './indexes';

/** Deterministic PRNG for the differential tests. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('IdList', () => {
  test('keeps ids sorted and unique whatever the insertion order', () => {
    const list = new IdList(2);
    for (const id of [5, 1, 9, 3, 9, 7, 2]) list.add(id);
    expect(Array.from(list.view())).toEqual([1, 2, 3, 5, 7, 9]);
    list.remove(5);
    list.remove(42);
    expect(Array.from(list.view())).toEqual([1, 2, 3, 7, 9]);
  });

  test('of() copies', () => {
    expect(Array.from(IdList.of([1, 2, 3]).view())).toEqual([1, 2, 3]);
  });
});

type Row = { id: number; key: number | string | null };

function brute(rows: Row[], lo: Bound | undefined, hi: Bound | undefined): number[] {
  return rows
    .filter((r) => r.key !== null)
    .filter((r) => lo === undefined || (lo.inclusive ? (r.key as number | string) >= lo.value : (r.key as number | string) > lo.value))
    .filter((r) => hi === undefined || (hi.inclusive ? (r.key as number | string) <= hi.value : (r.key as number | string) < hi.value))
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

function exercise(name: string, make: () => ColumnIndex, keyOf: (r: () => number) => number | string | null, bounds: (r: () => number) => number | string): void {
  describe(`${name}: differential against brute force`, () => {
    test.each([1, 2, 3])('seed %i: append, add, remove, query', (seed) => {
      const random = rng(seed);
      const index = make();
      const rows = new Map<number, Row>();
      // Bulk appends (unsorted keys, increasing ids), then incremental edits.
      for (let id = 1; id <= 400; id += 1) {
        const key = keyOf(random);
        rows.set(id, { id, key });
        index.append(id, key);
      }
      for (let step = 0; step < 300; step += 1) {
        const id = 1 + Math.floor(random() * 500);
        const existing = rows.get(id);
        if (existing !== undefined) {
          index.remove(id, existing.key);
          rows.delete(id);
          if (random() < 0.5) {
            const key = keyOf(random);
            rows.set(id, { id, key });
            index.add(id, key);
          }
        } else {
          const key = keyOf(random);
          rows.set(id, { id, key });
          index.add(id, key);
        }
      }
      const all = Array.from(rows.values());
      for (let q = 0; q < 60; q += 1) {
        const a = bounds(random);
        const b = bounds(random);
        const [x, y] = a < b ? [a, b] : [b, a];
        const lo: Bound | undefined = random() < 0.2 ? undefined : { value: x, inclusive: random() < 0.5 };
        const hi: Bound | undefined = random() < 0.2 ? undefined : { value: y, inclusive: random() < 0.5 };
        const expected = brute(all, lo, hi);
        expect(Array.from(index.idsRange(lo, hi))).toEqual(expected);
        expect(index.countRange(lo, hi, Number.MAX_SAFE_INTEGER)).toBe(expected.length);
        const eqKey = bounds(random);
        const eqExpected = brute(all, { value: eqKey, inclusive: true }, { value: eqKey, inclusive: true });
        expect(Array.from(index.idsEq(eqKey))).toEqual(eqExpected);
        expect(index.countEq(eqKey)).toBe(eqExpected.length);
      }
      expect(Array.from(index.nullIds())).toEqual(all.filter((r) => r.key === null).map((r) => r.id).sort((p, q) => p - q));
      expect(index.nonNullCount()).toBe(all.filter((r) => r.key !== null).length);
      const distinct = [...new Set(all.filter((r) => r.key !== null).map((r) => r.key as number | string))].sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
      expect(index.distinctKeys()).toEqual(distinct);

      // walk: ascending = nulls first then keys ascending, ids ascending in a key.
      const walked: number[] = [];
      index.walk(false, (_k, ids) => {
        walked.push(...Array.from(ids));
        return true;
      });
      const sorter = (desc: boolean): ((p: Row, q: Row) => number) => (p: Row, q: Row): number => {
        if (p.key === q.key) return p.id - q.id;
        if (p.key === null) return desc ? 1 : -1;
        if (q.key === null) return desc ? -1 : 1;
        const c = p.key < q.key ? -1 : 1;
        return desc ? -c : c;
      };
      expect(walked).toEqual([...all].sort(sorter(false)).map((r) => r.id));
      const walkedDesc: number[] = [];
      index.walk(true, (_k, ids) => {
        walkedDesc.push(...Array.from(ids));
        return true;
      });
      expect(walkedDesc).toEqual([...all].sort(sorter(true)).map((r) => r.id));

      // walk from a skiptoken key: the same order, starting at that key's group.
      const cmpKey = (p: number | string | null, q: number | string | null): number => (p === q ? 0 : p === null ? -1 : q === null ? 1 : p < q ? -1 : 1);
      for (let t = 0; t < 20; t += 1) {
        const from = t === 0 ? null : bounds(random);
        for (const desc of [false, true]) {
          const got: number[] = [];
          index.walk(
            desc,
            (_k, ids) => {
              got.push(...Array.from(ids));
              return true;
            },
            { key: from }
          );
          const want = [...all]
            .sort(sorter(desc))
            .filter((r) => (desc ? cmpKey(r.key, from) <= 0 : cmpKey(r.key, from) >= 0))
            .map((r) => r.id);
          expect(got).toEqual(want);
        }
      }
      expect(index.bytes()).toBeGreaterThan(0);
    });
  });
}

exercise(
  'NumericIndex',
  () => new NumericIndex(),
  (r) => (r() < 0.1 ? null : Math.floor(r() * 40)),
  (r) => Math.floor(r() * 44) - 2
);

exercise(
  'StringIndex',
  () => new StringIndex(),
  (r) => (r() < 0.1 ? null : `k${String(Math.floor(r() * 30)).padStart(2, '0')}`),
  (r) => `k${String(Math.floor(r() * 34)).padStart(2, '0')}`
);

describe('NumericIndex bulk sort', () => {
  test.each<[string, (i: number, r: () => number) => number]>([
    ['dates at second precision (packed sort)', (_i, r) => Date.UTC(2026, 0, 1) + Math.floor(r() * 1e7) * 1000],
    ['small integers (packed sort)', (_i, r) => Math.floor(r() * 50) - 25],
    ['fractions (comparator sort)', (_i, r) => r() * 100],
    ['huge integers (comparator sort)', (i, r) => (r() < 0.5 ? -1 : 1) * (Number.MAX_SAFE_INTEGER - i)]
  ])('%s: same result as a reference sort', (_name, keyOf) => {
    const random = rng(9);
    const index = new NumericIndex();
    const rows: Array<[number, number]> = [];
    for (let id = 1; id <= 3000; id += 1) {
      const key = keyOf(id, random);
      rows.push([key, id]);
      index.append(id, key);
    }
    rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const walked: Array<[number, number]> = [];
    index.walk(false, (key, ids) => {
      for (const id of Array.from(ids)) walked.push([key as number, id]);
      return true;
    });
    expect(walked).toEqual(rows);
  });
});

describe('walk stops when the visitor says so', () => {
  test.each<[string, ColumnIndex]>([
    ['numeric', new NumericIndex()],
    ['string', new StringIndex()]
  ])('%s', (_name, index) => {
    for (let id = 1; id <= 10; id += 1) index.append(id, index.kind === 'numeric' ? id % 3 : `v${id % 3}`);
    let groups = 0;
    index.walk(false, () => {
      groups += 1;
      return false;
    });
    expect(groups).toBe(1);
  });
});

describe('StringIndex keeps postings compact', () => {
  test('a unique value is a bare id until a second row shares it', () => {
    const index = new StringIndex();
    index.add(1, 'a');
    expect(Array.from(index.idsEq('a'))).toEqual([1]);
    index.add(2, 'a');
    index.add(3, 'b');
    expect(Array.from(index.idsEq('a'))).toEqual([1, 2]);
    index.remove(1, 'a');
    index.remove(2, 'a');
    expect(index.countEq('a')).toBe(0);
    expect(index.distinctKeys()).toEqual(['b']);
    index.remove(3, 'c');
    expect(index.countEq('b')).toBe(1);
  });

  test('startswith is a key range', () => {
    const index = new StringIndex();
    ['apple', 'apricot', 'banana', 'ap'].forEach((k, i) => index.add(i + 1, k));
    expect(Array.from(index.idsRange({ value: 'ap', inclusive: true }, { value: 'ap\uffff', inclusive: false }))).toEqual([1, 2, 4]);
  });
});
