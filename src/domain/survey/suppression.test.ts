import { derivableEntries, suppress } from './suppression';
import type { ICountTable, ISuppressedTable, IShownCount } from './suppression';
import { seededRandom } from './testing';

function flags(cells: readonly IShownCount[]): string {
  return cells.map((c) => (c.suppressed ? (c.reason === 'small' ? 'S' : 'C') : '.')).join('');
}

describe('suppression of a single row with a shown total (a breakdown beside its overall)', () => {
  const row = (counts: number[], minSize: number = 10): ISuppressedTable => suppress({ counts: [counts], rowTotals: false, columnTotals: false, grandTotal: true }, minSize);

  it('shows every group of at least the minimum size', () => {
    const t = row([10, 25, 40]);
    expect(flags(t.cells[0])).toBe('...');
    expect(t.grandTotal).toEqual({ count: 75, suppressed: false });
  });

  it('suppresses a small group and the next-smallest so it cannot be worked out from the total', () => {
    const t = row([40, 3, 12, 25]);
    expect(flags(t.cells[0])).toBe('.SC.');
    expect(t.cells[0][1]).toEqual({ count: 3, suppressed: true, reason: 'small' });
    expect(t.cells[0][2]).toEqual({ count: 12, suppressed: true, reason: 'complementary' });
  });

  it('needs no complement when two groups are already small', () => {
    expect(flags(row([40, 3, 12, 5]).cells[0])).toBe('.S.S');
  });

  it('never picks an empty group as the complement (it would give the small one away)', () => {
    expect(flags(row([0, 4, 30, 20]).cells[0])).toBe('.S.C');
  });

  it('suppresses the total too when the whole table is small', () => {
    const t = row([4, 3]);
    expect(flags(t.cells[0])).toBe('SS');
    expect(t.grandTotal).toEqual({ count: 7, suppressed: true, reason: 'small' });
  });

  it('shows zero groups: they describe nobody', () => {
    expect(flags(row([0, 30, 20]).cells[0])).toBe('...');
  });

  it('uses the minimum size given', () => {
    expect(flags(row([4, 30, 20], 3).cells[0])).toBe('...');
    expect(flags(row([4, 30, 20], 5).cells[0])).toBe('S.C');
  });

  it('with no total shown, needs no complement', () => {
    expect(flags(suppress({ counts: [[40, 3, 12]], rowTotals: false, columnTotals: false, grandTotal: false }).cells[0])).toBe('.S.');
  });
});

describe('suppression of a two-way table (groups × waves with wave totals)', () => {
  it('protects a small cell in its column and the complement in its row is protected in turn', () => {
    const table: ICountTable = {
      counts: [
        [30, 20, 15],
        [5, 25, 22],
        [40, 35, 12]
      ],
      rowTotals: false,
      columnTotals: true,
      grandTotal: false
    };
    const t = suppress(table);
    // 5 is small; the smallest non-zero partner in its column is 30.
    expect(t.cells.map(flags)).toEqual(['C..', 'S..', '...']);
    expect(t.columnTotals?.map((c) => c.count)).toEqual([75, 80, 49]);
    expect(derivableEntries(table, t)).toEqual([]);
  });

  it('protects a cell that is the only unknown in neither its row nor its column but bridges two blocks', () => {
    // Two 2×2 blocks of small cells joined by one small cell: each line then has two or more unknowns, yet
    // the bridge equals (rows 1–2 sums) − (columns 1–2 sums). The algorithm must withhold more.
    const table: ICountTable = {
      counts: [
        [2, 3, 4, 50, 60],
        [5, 6, 70, 80, 90],
        [90, 80, 7, 8, 70],
        [60, 50, 9, 1, 40]
      ],
      rowTotals: true,
      columnTotals: true,
      grandTotal: true
    };
    const t = suppress(table);
    expect(derivableEntries(table, t)).toEqual([]);
    expect(t.cells[0][2].suppressed).toBe(true);
  });

  it('reports how much of the table was withheld, and leaves large cells alone where it can', () => {
    const table: ICountTable = { counts: [[50, 60], [70, 80]], rowTotals: true, columnTotals: true, grandTotal: true };
    const t = suppress(table);
    expect(t.cells.map(flags)).toEqual(['..', '..']);
    expect(t.rowTotals?.map((c) => c.count)).toEqual([110, 150]);
    expect(t.grandTotal?.count).toBe(260);
  });

  it('handles an empty table', () => {
    expect(suppress({ counts: [], rowTotals: true, columnTotals: true, grandTotal: true })).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [],
      grandTotal: { count: 0, suppressed: false }
    });
  });
});

describe('property: nothing suppressed can be worked out from what is shown', () => {
  interface ILine {
    entries: IShownCount[];
  }

  /** Every shown total with the entries it adds up. */
  function lines(table: ICountTable, t: ISuppressedTable): ILine[] {
    const out: ILine[] = [];
    const cols = t.cells[0]?.length ?? 0;
    if (t.rowTotals) t.cells.forEach((row, r) => out.push({ entries: row.concat([(t.rowTotals as IShownCount[])[r]]) }));
    if (t.columnTotals) for (let c = 0; c < cols; c++) out.push({ entries: t.cells.map((row) => row[c]).concat([(t.columnTotals as IShownCount[])[c]]) });
    if (t.grandTotal) {
      const g = t.grandTotal;
      if (t.rowTotals) out.push({ entries: t.rowTotals.concat([g]) });
      if (t.columnTotals) out.push({ entries: t.columnTotals.concat([g]) });
      if (!t.rowTotals && !t.columnTotals) out.push({ entries: t.cells.reduce((a, row) => a.concat(row), [] as IShownCount[]).concat([g]) });
    }
    return out;
  }

  const random = seededRandom(20261123);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const tables: ICountTable[] = Array.from({ length: 400 }, () => {
    const rows = int(1, 5);
    const columns = int(1, 6);
    // Mostly small counts so suppression is frequent; some zeros and some large groups.
    const counts = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (random() < 0.1 ? 0 : random() < 0.5 ? int(1, 9) : int(10, 60))));
    const rowTotals = random() < 0.6;
    const columnTotals = random() < 0.6;
    return { counts, rowTotals, columnTotals, grandTotal: random() < 0.7 };
  });

  it('generates a varied set of tables', () => {
    const results = tables.map((t) => suppress(t));
    const complementary = results.filter((r) => r.cells.some((row) => row.some((c) => c.reason === 'complementary'))).length;
    expect(complementary).toBeGreaterThan(100);
  });

  it.each(tables.map((t, i) => [i, t] as [number, ICountTable]))('table %i: no shown total has exactly one suppressed entry', (_, table) => {
    const t = suppress(table, 10);
    for (const line of lines(table, t)) {
      expect(line.entries.filter((e) => e.suppressed).length).not.toBe(1);
    }
  });

  it.each(tables.map((t, i) => [i, t] as [number, ICountTable]))('table %i: every small count is suppressed, counts are unchanged, no suppressed cell is derivable', (_, table) => {
    const t = suppress(table, 10);
    t.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        expect(cell.count).toBe(table.counts[r][c]);
        if (cell.count > 0 && cell.count < 10) expect(cell).toMatchObject({ suppressed: true, reason: 'small' });
      })
    );
    expect(derivableEntries(table, t)).toEqual([]);
  });
});

describe('the audit itself', () => {
  it('finds a cell that the single-unknown rule alone would miss', () => {
    const table: ICountTable = {
      counts: [
        [2, 3, 4, 50],
        [5, 6, 70, 80],
        [90, 80, 7, 8],
        [60, 50, 9, 1]
      ],
      rowTotals: true,
      columnTotals: true,
      grandTotal: false
    };
    const mark = (r: number, c: number): boolean => (r < 2 && c < 2) || (r >= 2 && c >= 2) || (r === 0 && c === 2);
    const naive: ISuppressedTable = {
      cells: table.counts.map((row, r) => row.map((count, c) => ({ count, suppressed: mark(r, c) }))),
      rowTotals: table.counts.map((row) => ({ count: row.reduce((a, b) => a + b, 0), suppressed: false })),
      columnTotals: [0, 1, 2, 3].map((c) => ({ count: table.counts.reduce((a, row) => a + row[c], 0), suppressed: false })),
      grandTotal: undefined
    };
    // Every row and column holds 0 or at least 2 suppressed cells, yet cell (0, 2) — entry 2 — is exposed.
    expect(derivableEntries(table, naive)).toEqual([2]);
  });
});
