/**
 * Small-group suppression for any table of respondent counts, with complementary suppression.
 *
 * Primary: a count of 1..minSize-1 (a cell or a shown total) is suppressed. Zero is shown: it describes
 * nobody. Complementary: every shown total gives an equation (its cells add up to it); a suppressed entry
 * that is the only unknown in an equation could be worked out as the total minus the others, so more
 * entries are suppressed until (a) no equation has exactly one suppressed entry and (b) no suppressed entry
 * can be worked out by combining equations either (checked by linear algebra: the single-unknown rule
 * alone misses a suppressed cell that bridges two blocks of suppressed cells). The complement chosen is
 * the smallest non-zero shown entry in an equation of the exposed entry (a zero complement would give the
 * secret away again), so as little as possible is withheld. Bounds (a suppressed count is at least 1 and
 * below minSize) are public knowledge by design; only exact values are protected.
 */

export const DEFAULT_MIN_GROUP_SIZE: number = 10;

export interface ICountTable {
  /** counts[row][column]; every row the same length. */
  counts: readonly (readonly number[])[];
  /** A total is shown for each row. */
  rowTotals: boolean;
  /** A total is shown for each column. */
  columnTotals: boolean;
  /** The grand total is shown. */
  grandTotal: boolean;
}

export type SuppressionReason = 'small' | 'complementary';

export interface IShownCount {
  count: number;
  suppressed: boolean;
  reason?: SuppressionReason;
}

export interface ISuppressedTable {
  cells: IShownCount[][];
  /** Present when the table shows them. */
  rowTotals: IShownCount[] | undefined;
  columnTotals: IShownCount[] | undefined;
  grandTotal: IShownCount | undefined;
}

interface ILayout {
  rows: number;
  columns: number;
  values: number[];
  /** Each equation: the entries that add up to the total entry. */
  equations: { parts: number[]; total: number }[];
  shown: boolean[];
}

function layout(table: ICountTable): ILayout {
  const rows = table.counts.length;
  const columns = rows === 0 ? 0 : table.counts[0].length;
  const cell = (r: number, c: number): number => r * columns + c;
  const rowTotal = (r: number): number => rows * columns + r;
  const columnTotal = (c: number): number => rows * columns + rows + c;
  const grand = rows * columns + rows + columns;
  const values: number[] = [];
  table.counts.forEach((row) => row.forEach((v) => values.push(v)));
  const rowSums = table.counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnSums = Array.from({ length: columns }, (_, c) => table.counts.reduce((a, row) => a + row[c], 0));
  values.push(...rowSums, ...columnSums, rowSums.reduce((a, b) => a + b, 0));
  const shown = values.map((_, i) => i < rows * columns);
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const equations: { parts: number[]; total: number }[] = [];
  if (table.rowTotals) range(rows).forEach((r) => equations.push({ parts: range(columns).map((c) => cell(r, c)), total: rowTotal(r) }));
  if (table.columnTotals) range(columns).forEach((c) => equations.push({ parts: range(rows).map((r) => cell(r, c)), total: columnTotal(c) }));
  if (table.grandTotal) {
    if (table.rowTotals) equations.push({ parts: range(rows).map(rowTotal), total: grand });
    if (table.columnTotals) equations.push({ parts: range(columns).map(columnTotal), total: grand });
    if (!table.rowTotals && !table.columnTotals) equations.push({ parts: range(rows * columns), total: grand });
  }
  if (table.rowTotals) range(rows).forEach((r) => (shown[rowTotal(r)] = true));
  if (table.columnTotals) range(columns).forEach((c) => (shown[columnTotal(c)] = true));
  shown[grand] = table.grandTotal;
  return { rows, columns, values, equations, shown };
}

const EPSILON = 1e-9;

/**
 * Whether a suppressed entry's value follows from the shown entries and the equations: true when the unit
 * vector of that unknown lies in the row space of the equations restricted to the unknowns.
 */
function derivable(equations: readonly { parts: number[]; total: number }[], suppressed: readonly boolean[], entry: number): boolean {
  const unknowns = suppressed.map((s, i) => (s ? i : -1)).filter((i) => i >= 0);
  const column = new Map(unknowns.map((u, i) => [u, i] as [number, number]));
  const matrix = equations
    .map((e) => {
      const row = unknowns.map(() => 0);
      e.parts.forEach((p) => column.has(p) && (row[column.get(p) as number] += 1));
      if (column.has(e.total)) row[column.get(e.total) as number] -= 1;
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const rank = (m: number[][]): number => {
    const a = m.map((r) => r.slice());
    let rk = 0;
    for (let c = 0; c < unknowns.length && rk < a.length; c++) {
      let pivot = rk;
      for (let r = rk + 1; r < a.length; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
      if (Math.abs(a[pivot][c]) < EPSILON) continue;
      [a[rk], a[pivot]] = [a[pivot], a[rk]];
      for (let r = 0; r < a.length; r++) {
        if (r === rk) continue;
        const f = a[r][c] / a[rk][c];
        if (f !== 0) for (let k = c; k < unknowns.length; k++) a[r][k] -= f * a[rk][k];
      }
      rk++;
    }
    return rk;
  };
  const unit = unknowns.map((u) => (u === entry ? 1 : 0));
  return rank(matrix) === rank(matrix.concat([unit]));
}

/** The entries (flattened: cells row by row, then row totals, column totals, grand total) that leak. */
function exposedEntry(l: ILayout, suppressed: readonly boolean[]): number | undefined {
  for (const e of l.equations) {
    const members = e.parts.concat([e.total]).filter((i) => suppressed[i]);
    if (members.length === 1) return members[0];
  }
  for (let i = 0; i < suppressed.length; i++) if (suppressed[i] && l.shown[i] && derivable(l.equations, suppressed, i)) return i;
  return undefined;
}

function complementFor(l: ILayout, suppressed: readonly boolean[], entry: number): number | undefined {
  const candidates = l.equations
    .filter((e) => e.total === entry || e.parts.indexOf(entry) >= 0)
    .reduce((all, e) => all.concat(e.parts, [e.total]), [] as number[])
    .filter((i) => !suppressed[i] && l.shown[i]);
  const rank = (i: number): number => (l.values[i] === 0 ? Number.MAX_SAFE_INTEGER : l.values[i]);
  return candidates.sort((a, b) => rank(a) - rank(b) || a - b)[0];
}

/** Applies primary and complementary suppression to a table of respondent counts. */
export function suppress(table: ICountTable, minSize: number = DEFAULT_MIN_GROUP_SIZE): ISuppressedTable {
  const l = layout(table);
  const reasons: (SuppressionReason | undefined)[] = l.values.map((v, i) => (l.shown[i] && v > 0 && v < minSize ? 'small' : undefined));
  const suppressed = (): boolean[] => reasons.map((r) => r !== undefined);
  // Each round withholds one more shown entry, so this ends (at worst with everything withheld, from which nothing follows).
  for (let exposed = exposedEntry(l, suppressed()); exposed !== undefined; exposed = exposedEntry(l, suppressed())) {
    const complement = complementFor(l, suppressed(), exposed);
    if (complement === undefined) {
      // No shown partner in its equations: withhold the smallest shown entry anywhere instead.
      const rest = l.values.map((_, i) => i).filter((i) => l.shown[i] && reasons[i] === undefined);
      if (rest.length === 0) break;
      reasons[rest.sort((a, b) => l.values[a] - l.values[b])[0]] = 'complementary';
    } else reasons[complement] = 'complementary';
  }
  const entry = (i: number): IShownCount => (reasons[i] ? { count: l.values[i], suppressed: true, reason: reasons[i] } : { count: l.values[i], suppressed: false });
  const base = l.rows * l.columns;
  return {
    cells: Array.from({ length: l.rows }, (_, r) => Array.from({ length: l.columns }, (__, c) => entry(r * l.columns + c))),
    rowTotals: table.rowTotals ? Array.from({ length: l.rows }, (_, r) => entry(base + r)) : undefined,
    columnTotals: table.columnTotals ? Array.from({ length: l.columns }, (_, c) => entry(base + l.rows + c)) : undefined,
    grandTotal: table.grandTotal ? entry(base + l.rows + l.columns) : undefined
  };
}

/**
 * For tests and audits: the suppressed entries whose exact value can be worked out from what is shown.
 * Empty for every result of `suppress`.
 */
export function derivableEntries(table: ICountTable, result: ISuppressedTable): number[] {
  const l = layout(table);
  const flags: boolean[] = [];
  result.cells.forEach((row) => row.forEach((c) => flags.push(c.suppressed)));
  for (let r = 0; r < l.rows; r++) flags.push(result.rowTotals ? result.rowTotals[r].suppressed : false);
  for (let c = 0; c < l.columns; c++) flags.push(result.columnTotals ? result.columnTotals[c].suppressed : false);
  flags.push(result.grandTotal ? result.grandTotal.suppressed : false);
  return flags.map((s, i) => (s && derivable(l.equations, flags, i) ? i : -1)).filter((i) => i >= 0);
}
