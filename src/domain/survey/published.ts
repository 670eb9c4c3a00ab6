/**
 * Published survey results: the aggregates an evaluation lead publishes to the "Survey results" list so
 * that everyone else (who cannot read other people's responses) can see them, and the very object the
 * results view renders for leads live. One builder, one parser, one shape: what a lead sees is what would
 * be published (plus free text, which is never in here).
 *
 * What it holds, per wave that has opened by the publication day:
 * - respondents counted (`countedResponses`: each person's latest submitted answers before the close);
 * - per question except free text: the distribution (counts per option or Likert value; n, mean and
 *   median for numbers) and its breakdown by force, role, grade and department, exactly as `breakdown`
 *   gives it (small groups suppressed, then complementary suppression by `suppress` so no group can be
 *   worked out from the total);
 * - net minutes per task (saved, checking, net per week) overall and by force, and each respondent's net
 *   minutes over all tasks overall and by every dimension, with the same suppression (small groups, then
 *   a complement, against the shown total).
 * The trend across waves is the overall distribution of each wave side by side (identical to `trend`
 * without a dimension); a breakdown by wave is the same thing.
 *
 * Speed. `breakdown` re-scans the responses per option and per group (about 7 ms a call at 4,000
 * responses); the snapshot needs over 300 of them, so the builder tallies every group of a wave in one
 * pass and hands the counts to the same `suppress`. published.test.ts checks the result against
 * `breakdown` and `trend` group by group.
 *
 * Size. The JSON goes into a plain multi-line text (Note) column. SharePoint documents 63,999 characters
 * for such a column in a list (the 255 limit applies to document libraries and to single-line text; the
 * local emulator enforces neither), so the builder fits the JSON into `PUBLISHED_RESULTS_MAX_CHARS` by
 * trying `CAP_LEVELS` in turn: first number questions (the minutes per task, which the task table already
 * gives by force) lose their role, grade and department breakdowns; then dimensions with many groups keep
 * their largest groups (by respondents over all waves) and merge the rest into one "other" group BEFORE
 * suppression, roles first, then departments, then grades; last, whole dimensions are left out. What
 * was merged or left out is recorded (`m`, `x`, `xn`) so the view can say so.
 *
 * JSON shape (version 1), for other parts that read it (use `parsePublishedResults` and the accessors
 * below rather than the raw shape; docs/published-results.md describes it in full):
 * ```
 * { v: 1, on: "yyyy-mm-dd", min: 10, dpw: 5,
 *   qs: [{ id, k: "likert" | "single" | "multiple" | "number", o?: optionIds[], t?: ownText }],
 *   waves: [{ id, k: waveKind, o: opensOn, c: closesOn, p: provisional (still open), n: Count }],
 *   g: { force: names[], role: names[], grade: names[], department: names[] },  // sorted
 *   m: { role?: k, … },     // k values merged into an extra "other" group at index names.length
 *   x: ["role", …],         // dimensions left out to fit
 *   xn: ["role", …],        // dimensions number questions are not broken down by, to fit
 *   tk: taskIds[],
 *   r: [ per wave: {
 *     q: [ per question of qs: [overall: Cell, force: Cell[], role: Cell[], grade: Cell[], department: Cell[]] ],
 *     t: { a: TaskCell[] (per task of tk), f: TaskCell[][] (per force of g.force, per task),
 *          n: NetCell, nd: [force: NetCell[], role: NetCell[], grade: NetCell[], department: NetCell[]] } } ] }
 * Count    = number | "s"
 * Cell     = counts[] (single, Likert: one per option) | [n, ...counts] (multiple) | [n, mean, median] (number)
 *            | 0 (nobody answered) | "s" (fewer than min) | "c" (withheld: complementary) | null (no such group in the wave)
 * TaskCell = [n, savedPerWeek, checkingPerWeek, netPerWeek] | [same four, nPerUse, netPerUse] | 0 | "s" | "c" | null
 * NetCell  = [n, meanNetPerWeek, medianNetPerWeek, respondentsWithANetLoss] | 0 | "s" | "c" | null
 * ```
 * Group arrays may be shorter than their names (trailing nulls are dropped). Minutes are per week, rounded
 * half away from zero to 2 decimal places (number questions' mean and median to 1); per working day is
 * per week ÷ `dpw` (5). A net figure below zero is a net loss (checking took longer than the task saved).
 */
import { mean, median, netMinutesPerWeek, netTaskMinutes } from './aggregate';
import { countedResponses } from './responses';
import { suppress } from './suppression';
import type { SuppressionReason } from './suppression';
import { COPILOT_TASKS, minutesCheckingId, minutesSavedId, usesPerWeekId } from './template';
import type { CopilotTask } from './template';
import { LIKERT_VALUES } from './types';
import type { AnswerValue, Day, IQuestionnaire, IResponse, IWave, Question, WaveKind } from './types';
import { allQuestions, findQuestion, isBlank } from './validation';

export type { SuppressionReason };

export const PUBLISHED_RESULTS_VERSION: number = 1;
/** SharePoint's limit for a plain multi-line text column in a list, in characters. */
export const PUBLISHED_RESULTS_MAX_CHARS: number = 63999;
/** Per working day = per week ÷ this. */
export const WORKING_DAYS_PER_WEEK: number = 5;

export const RESULT_DIMENSIONS = ['force', 'role', 'grade', 'department'] as const;
export type ResultDimension = (typeof RESULT_DIMENSIONS)[number];
type CappedDimension = Exclude<ResultDimension, 'force'>;

/**
 * How much detail a snapshot keeps: per dimension, how many groups (the rest merged into "other"; 0: the
 * dimension is left out), and whether number questions are broken down beyond force.
 */
export interface ICapLevel {
  role: number;
  department: number;
  grade: number;
  numbers: boolean;
}

/**
 * The levels tried in turn until the JSON fits. Forces are never capped (the task minutes by force are
 * the point of the snapshot); roles shrink first (many job titles, a long tail of small ones).
 */
export const CAP_LEVELS: readonly ICapLevel[] = [
  { numbers: true, role: 25, department: 50, grade: 30 },
  { numbers: false, role: 25, department: 50, grade: 30 },
  { numbers: false, role: 15, department: 50, grade: 30 },
  { numbers: false, role: 15, department: 30, grade: 30 },
  { numbers: false, role: 10, department: 30, grade: 20 },
  { numbers: false, role: 10, department: 20, grade: 20 },
  { numbers: false, role: 5, department: 20, grade: 12 },
  { numbers: false, role: 5, department: 10, grade: 12 },
  { numbers: false, role: 0, department: 10, grade: 12 },
  { numbers: false, role: 0, department: 0, grade: 12 },
  { numbers: false, role: 0, department: 0, grade: 0 }
];

// ---------------------------------------------------------------------------------------------------
// The stored shape

type ReportedKind = 'likert' | 'single' | 'multiple' | 'number';
export type StoredCount = number | 's';
export type StoredCell = readonly number[] | 0 | 's' | 'c' | null;
/** One group array per dimension, in `RESULT_DIMENSIONS` order. */
export type StoredByDimension = readonly [readonly StoredCell[], readonly StoredCell[], readonly StoredCell[], readonly StoredCell[]];

export interface IStoredQuestion {
  id: string;
  k: ReportedKind;
  /** Option ids (single and multiple choice). */
  o?: readonly string[];
  /** A custom question's own wording (never an answer). */
  t?: string;
}

export interface IStoredWave {
  id: string;
  k: WaveKind;
  o: Day;
  c: Day;
  /** Still open on the publication day: provisional. */
  p: boolean;
  n: StoredCount;
}

export interface IStoredTasks {
  a: readonly StoredCell[];
  f: readonly (readonly StoredCell[])[];
  n: StoredCell;
  nd: StoredByDimension;
}

/** Overall, then one group array per dimension in `RESULT_DIMENSIONS` order. */
export type StoredQuestionResult = readonly [StoredCell, readonly StoredCell[], readonly StoredCell[], readonly StoredCell[], readonly StoredCell[]];

export interface IStoredWaveResult {
  q: readonly StoredQuestionResult[];
  t: IStoredTasks;
}

/** Published results as stored (JSON-serialisable as is). */
export interface IPublishedResults {
  v: number;
  on: Day;
  min: number;
  dpw: number;
  qs: readonly IStoredQuestion[];
  waves: readonly IStoredWave[];
  g: Readonly<Record<ResultDimension, readonly string[]>>;
  m: Readonly<Partial<Record<ResultDimension, number>>>;
  x: readonly ResultDimension[];
  xn: readonly ResultDimension[];
  tk: readonly string[];
  r: readonly IStoredWaveResult[];
}

// ---------------------------------------------------------------------------------------------------
// Building

function roundTo(value: number, places: number): number {
  const f = Math.pow(10, places);
  const r = Math.round(Math.abs(value) * f) / f;
  return value < 0 && r !== 0 ? -r : r;
}

function storedQuestion(q: Question): IStoredQuestion {
  const stored: IStoredQuestion = { id: q.id, k: q.kind as ReportedKind };
  const withOptions = q.kind === 'single' || q.kind === 'multiple' ? { ...stored, o: q.options.slice() } : stored;
  return q.text !== undefined && q.text.trim() !== '' ? { ...withOptions, t: q.text } : withOptions;
}

function suppressedCell(count: number, minSize: number): 's' | 'c' {
  return count > 0 && count < minSize ? 's' : 'c';
}

function trimNulls(cells: StoredCell[]): StoredCell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  return cells.slice(0, end);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Answers to one question, tallied per group in one pass: what `distribution` computes, for every group at once. */
interface ITally {
  n: number[];
  /** Choice questions: counts[group][option]. */
  counts: number[][];
  /** Number questions: the numeric answers per group. */
  values: number[][];
}

function optionList(q: Question): readonly (string | number)[] {
  return q.kind === 'likert' ? LIKERT_VALUES : q.kind === 'single' || q.kind === 'multiple' ? q.options : [];
}

/**
 * A wave's counted responses with what the tallies read pulled out once (answers are objects with varying
 * keys, slow to look up hundreds of thousands of times): each question's answers, and each respondent's
 * minutes per task and net minutes over all tasks.
 */
interface IWaveData {
  rs: IResponse[];
  /** answers[question][response] */
  answers: (AnswerValue | undefined)[][];
  /** Per task: minutes saved and checking (undefined when not given), and net (undefined when neither was given). */
  tasks: { saved: (number | undefined)[]; checking: (number | undefined)[]; net: (number | undefined)[]; uses: (number | undefined)[] }[];
  /** Net minutes per week over all tasks (undefined: no task answered). */
  nets: (number | undefined)[];
}

function finiteNumber(v: AnswerValue | undefined): number | undefined {
  return typeof v === 'number' && isFinite(v) ? v : undefined;
}

function waveData(rs: IResponse[], questions: readonly Question[], tasks: readonly CopilotTask[]): IWaveData {
  return {
    rs,
    answers: questions.map((q) => rs.map((r) => r.answers[q.id])),
    tasks: tasks.map((task) => {
      const savedId = minutesSavedId(task);
      const checkingId = minutesCheckingId(task);
      const usesId = usesPerWeekId(task);
      return {
        saved: rs.map((r) => finiteNumber(r.answers[savedId])),
        checking: rs.map((r) => finiteNumber(r.answers[checkingId])),
        net: rs.map((r) => netTaskMinutes(r, task)),
        uses: rs.map((r) => finiteNumber(r.answers[usesId]))
      };
    }),
    nets: rs.map(netMinutesPerWeek)
  };
}

function tally(q: Question, answers: readonly (AnswerValue | undefined)[], slotOf: ArrayLike<number>, groups: number): ITally {
  const options = optionList(q);
  const optionIndex = new Map<AnswerValue, number>(options.map((o, k) => [o, k] as [AnswerValue, number]));
  const t: ITally = { n: new Array<number>(groups).fill(0), counts: [], values: [] };
  for (let g = 0; g < groups; g++) {
    t.counts.push(new Array<number>(options.length).fill(0));
    t.values.push([]);
  }
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i];
    if (isBlank(a)) continue;
    const g = slotOf[i];
    t.n[g]++;
    if (q.kind === 'number') {
      if (typeof a === 'number') t.values[g].push(a);
    } else if (Array.isArray(a)) {
      // As `distribution`: an option counts when it is among the chosen ones.
      for (let k = 0; k < options.length; k++) if (a.indexOf(options[k] as string) >= 0) t.counts[g][k]++;
    } else {
      const k = optionIndex.get(a);
      if (k !== undefined) t.counts[g][k]++;
    }
  }
  return t;
}

function shownCell(q: Question, t: ITally, g: number): StoredCell {
  const n = t.n[g];
  if (n === 0) return 0;
  if (q.kind === 'number') {
    const values = t.values[g];
    return values.length === 0 ? [n] : [n, roundTo(mean(values), 1), roundTo(median(values), 1)];
  }
  return q.kind === 'multiple' ? [n, ...t.counts[g]] : t.counts[g].slice();
}

/**
 * One dimension's groups in a wave, suppressed as `breakdown` does: the groups in name order, their
 * counts in one row with the total shown. Returns the cells in dictionary order.
 */
function suppressedRow(present: readonly number[], counts: readonly number[], cell: (slot: number) => StoredCell, dictionarySize: number, minSize: number): StoredCell[] {
  const table = suppress({ counts: [counts], rowTotals: false, columnTotals: false, grandTotal: true }, minSize);
  const row = new Array<StoredCell>(dictionarySize).fill(null);
  present.forEach((d, slot) => {
    row[d] = table.cells[0][slot].suppressed ? suppressedCell(counts[slot], minSize) : cell(slot);
  });
  return trimNulls(row);
}

/** Primary suppression only: a shown total is never chosen as a complement (it exceeds every part). */
function totalCell(count: number, cell: () => StoredCell, minSize: number): StoredCell {
  return count > 0 && count < minSize ? 's' : cell();
}

interface IWaveGroups {
  /** Dictionary index of each group present in the wave, in the (relabelled) name order `breakdown` uses. */
  present: number[];
  /** Slot (index into present) of each counted response. */
  slotOf: Int32Array;
}

interface IDimensionBlock {
  names: string[];
  merged: number;
  /** cells[wave][question] */
  cells: StoredCell[][][];
  /** Net minutes per respondent, per wave. */
  net: StoredCell[][];
  /** Per wave, the groups (the force block's are reused for the task table). */
  groups: IWaveGroups[];
}

interface IBuildContext {
  questions: Question[];
  waves: IWaveData[];
  minSize: number;
}

/** Keeps the `cap` largest groups (respondents over all waves, then name); the rest become one "other". */
function cappedNames(ctx: IBuildContext, dim: ResultDimension, cap: number): { names: string[]; merged: Set<string> } {
  const sizes = new Map<string, number>();
  ctx.waves.forEach((w) => w.rs.forEach((r) => sizes.set(r.unit[dim], (sizes.get(r.unit[dim]) ?? 0) + 1)));
  const all = Array.from(sizes.keys());
  // Merging a single group would hide nothing and help nothing: keep it.
  if (cap <= 0 || all.length <= cap + 1) return { names: all.sort(byName), merged: new Set<string>() };
  const bySize = all.sort((a, b) => (sizes.get(b) as number) - (sizes.get(a) as number) || byName(a, b));
  return { names: bySize.slice(0, cap).sort(byName), merged: new Set(bySize.slice(cap)) };
}

function waveGroups(rs: readonly IResponse[], dim: ResultDimension, names: readonly string[], merged: ReadonlySet<string>): IWaveGroups {
  let other = '\u0000other';
  while (names.indexOf(other) >= 0) other += '\u0000';
  const dictionary = new Map<string, number>(names.map((n, i) => [n, i] as [string, number]));
  dictionary.set(other, names.length);
  const labels = rs.map((r) => (merged.has(r.unit[dim]) ? other : r.unit[dim]));
  const presentLabels = Array.from(new Set(labels)).sort(byName);
  const slots = new Map<string, number>(presentLabels.map((l, i) => [l, i] as [string, number]));
  const slotOf = new Int32Array(rs.length);
  labels.forEach((l, i) => (slotOf[i] = slots.get(l) as number));
  return { present: presentLabels.map((l) => dictionary.get(l) as number), slotOf };
}

/** Values per slot of the responses where `value` is defined. */
function valuesBySlot(values: readonly (number | undefined)[], slotOf: ArrayLike<number>, slots: number, value: (i: number) => number = (i) => values[i] as number): number[][] {
  const out: number[][] = Array.from({ length: slots }, () => [] as number[]);
  for (let i = 0; i < values.length; i++) if (values[i] !== undefined) out[slotOf[i]].push(value(i));
  return out;
}

function netCell(nets: readonly number[]): StoredCell {
  if (nets.length === 0) return 0;
  return [nets.length, roundTo(mean(nets), 2), roundTo(median(nets), 2), nets.filter((v) => v < 0).length];
}

function dimensionBlock(ctx: IBuildContext, dim: ResultDimension, cap: number): IDimensionBlock {
  const { names, merged } = cappedNames(ctx, dim, cap);
  const size = names.length + (merged.size > 0 ? 1 : 0);
  const block: IDimensionBlock = { names, merged: merged.size, cells: [], net: [], groups: [] };
  ctx.waves.forEach((w) => {
    const groups = waveGroups(w.rs, dim, names, merged);
    const slots = groups.present.length;
    block.groups.push(groups);
    block.cells.push(
      ctx.questions.map((q, qi) => {
        const t = tally(q, w.answers[qi], groups.slotOf, slots);
        return suppressedRow(groups.present, t.n, (slot) => shownCell(q, t, slot), size, ctx.minSize);
      })
    );
    const nets = valuesBySlot(w.nets, groups.slotOf, slots);
    block.net.push(suppressedRow(groups.present, nets.map((v) => v.length), (slot) => netCell(nets[slot]), size, ctx.minSize));
  });
  return block;
}

/** A wave's overall cell for a question. */
function overallCell(q: Question, answers: readonly (AnswerValue | undefined)[], minSize: number): StoredCell {
  const t = tally(q, answers, new Int32Array(answers.length), 1);
  return totalCell(t.n[0], () => shownCell(q, t, 0), minSize);
}

/**
 * Mean minutes saved, checking and net per week for one task over the respondents who gave either figure
 * (a missing one of the pair counts as 0): `taskAverages`, for every group of a wave at once.
 */
function taskCells(task: IWaveData['tasks'][number], slotOf: ArrayLike<number>, slots: number): { n: number[]; cell: (slot: number) => StoredCell } {
  const saved = valuesBySlot(task.net, slotOf, slots, (i) => task.saved[i] ?? 0);
  const checking = valuesBySlot(task.net, slotOf, slots, (i) => task.checking[i] ?? 0);
  const net = valuesBySlot(task.net, slotOf, slots);
  return {
    n: net.map((v) => v.length),
    cell: (slot) => (net[slot].length === 0 ? 0 : [net[slot].length, roundTo(mean(saved[slot]), 2), roundTo(mean(checking[slot]), 2), roundTo(mean(net[slot]), 2)])
  };
}

/**
 * Net minutes per use of one task: Σ net ÷ Σ uses over the respondents who gave minutes and a number of
 * uses above zero (a ratio of totals, so a heavy user weighs by their uses), per group of a wave.
 */
function perUseBySlot(task: IWaveData['tasks'][number], slotOf: ArrayLike<number>, slots: number): { n: number[]; net: number[]; uses: number[] } {
  const out = { n: new Array<number>(slots).fill(0), net: new Array<number>(slots).fill(0), uses: new Array<number>(slots).fill(0) };
  for (let i = 0; i < task.net.length; i++) {
    const net = task.net[i];
    const uses = task.uses[i];
    if (net === undefined || uses === undefined || uses <= 0) continue;
    const slot = slotOf[i];
    out.n[slot]++;
    out.net[slot] += net;
    out.uses[slot] += uses;
  }
  return out;
}

/** A shown task cell with its per-use figure appended: [n, saved, checking, net, n per use, net per use]. */
function withPerUse(cell: StoredCell, perUse: { n: number[]; net: number[]; uses: number[] }, slot: number): StoredCell {
  return Array.isArray(cell) ? [...cell, perUse.n[slot], roundTo(perUse.net[slot] / perUse.uses[slot], 2)] : cell;
}

/**
 * Task minutes in one wave: overall, and by force with each task's forces suppressed as one row with its
 * total. Minutes per use are added where at least `minSize` people gave their uses: overall on that
 * condition alone, by force only when every force present passes it or has nobody who gave uses
 * (otherwise one force's per-use figure could be worked out from the overall one and the others').
 */
function taskBlock(w: IWaveData, forces: IWaveGroups, forceCount: number, minSize: number): Pick<IStoredTasks, 'a' | 'f' | 'n'> {
  const all = new Int32Array(w.rs.length);
  const a = w.tasks.map((task) => {
    const overall = taskCells(task, all, 1);
    const perUse = perUseBySlot(task, all, 1);
    return totalCell(overall.n[0], () => (perUse.n[0] >= Math.max(1, minSize) ? withPerUse(overall.cell(0), perUse, 0) : overall.cell(0)), minSize);
  });
  const rows = w.tasks.map((task) => {
    const byForce = taskCells(task, forces.slotOf, forces.present.length);
    const perUse = perUseBySlot(task, forces.slotOf, forces.present.length);
    const everyForce = perUse.n.every((n) => n === 0 || n >= minSize);
    const cell = (slot: number): StoredCell => (everyForce && perUse.n[slot] > 0 ? withPerUse(byForce.cell(slot), perUse, slot) : byForce.cell(slot));
    return suppressedRow(forces.present, byForce.n, cell, forceCount, minSize);
  });
  // Stored per force (what a reader of one force wants), then per task.
  const f = Array.from({ length: forceCount }, (_, d) => trimNulls(rows.map((row) => (row[d] === undefined ? null : row[d]))));
  const nets = w.nets.filter((v): v is number => v !== undefined);
  return { a, f, n: totalCell(nets.length, () => netCell(nets), minSize) };
}

export interface IBuildOptions {
  /** The JSON must fit in this many characters (default `PUBLISHED_RESULTS_MAX_CHARS`). */
  maxChars?: number;
  /** The levels of detail tried in turn (default `CAP_LEVELS`). */
  capLevels?: readonly ICapLevel[];
}

function byOpening(a: IWave, b: IWave): number {
  return byName(a.opensOn, b.opensOn) || byName(a.id, b.id);
}

/**
 * The results of every wave that has opened by `publishedOn`, from the raw stored responses of those
 * waves (drafts, late and repeated submissions included: `countedResponses` decides what counts), with
 * groups below `minGroupSize` suppressed everywhere. Holds no free text, no names and no UPNs. When even
 * the least detailed level is larger than `maxChars` it is returned anyway: check the serialised length
 * before publishing.
 */
export function buildPublishedResults(
  questionnaire: IQuestionnaire,
  waves: readonly IWave[],
  responses: readonly IResponse[],
  minGroupSize: number,
  publishedOn: Day,
  options: IBuildOptions = {}
): IPublishedResults {
  const minSize = Math.max(1, Math.floor(minGroupSize));
  const opened = waves.filter((w) => w.opensOn <= publishedOn).sort(byOpening);
  const questions = allQuestions(questionnaire).filter((q) => q.kind !== 'text');
  const tasks = COPILOT_TASKS.filter((t) => findQuestion(questionnaire, minutesSavedId(t)) !== undefined || findQuestion(questionnaire, minutesCheckingId(t)) !== undefined);
  // Each wave's own responses only: `countedResponses` works out the UK day of every response it is given.
  const counted = opened.map((w) => countedResponses(responses.filter((r) => r.waveId === w.id), w, questionnaire));
  const ctx: IBuildContext = { questions, waves: counted.map((rs) => waveData(rs, questions, tasks)), minSize };

  const force = dimensionBlock(ctx, 'force', 0);
  const overall = ctx.waves.map((w) => questions.map((q, qi) => overallCell(q, w.answers[qi], minSize)));
  const tasksByWave = ctx.waves.map((w, i) => taskBlock(w, force.groups[i], force.names.length, minSize));
  const cache = new Map<string, IDimensionBlock | undefined>();
  const block = (dim: CappedDimension, cap: number): IDimensionBlock | undefined => {
    const key = `${dim}:${cap}`;
    if (!cache.has(key)) cache.set(key, cap > 0 ? dimensionBlock(ctx, dim, cap) : undefined);
    return cache.get(key);
  };

  const assemble = (level: ICapLevel): IPublishedResults => {
    const blocks: Record<ResultDimension, IDimensionBlock | undefined> = { force, role: block('role', level.role), grade: block('grade', level.grade), department: block('department', level.department) };
    const merged: Partial<Record<ResultDimension, number>> = {};
    RESULT_DIMENSIONS.forEach((d) => {
      const b = blocks[d];
      if (b && b.merged > 0) merged[d] = b.merged;
    });
    const numbersBy = (d: ResultDimension): boolean => d === 'force' || level.numbers;
    const groups = (d: ResultDimension, w: number, q: number): StoredCell[] => (blocks[d] !== undefined && (questions[q].kind !== 'number' || numbersBy(d)) ? (blocks[d] as IDimensionBlock).cells[w][q] : []);
    const nets = (d: ResultDimension, w: number): StoredCell[] => blocks[d]?.net[w] ?? [];
    return {
      v: PUBLISHED_RESULTS_VERSION,
      on: publishedOn,
      min: minSize,
      dpw: WORKING_DAYS_PER_WEEK,
      qs: questions.map(storedQuestion),
      waves: opened.map((w, i) => {
        const n = counted[i].length;
        return { id: w.id, k: w.kind, o: w.opensOn, c: w.closesOn, p: w.closesOn >= publishedOn, n: n > 0 && n < minSize ? 's' : n };
      }),
      g: { force: force.names, role: blocks.role?.names ?? [], grade: blocks.grade?.names ?? [], department: blocks.department?.names ?? [] },
      m: merged,
      x: RESULT_DIMENSIONS.filter((d) => blocks[d] === undefined),
      xn: RESULT_DIMENSIONS.filter((d) => blocks[d] !== undefined && !numbersBy(d) && questions.some((q) => q.kind === 'number')),
      tk: tasks.slice(),
      r: opened.map((_, w) => ({
        q: questions.map((__, q): StoredQuestionResult => [overall[w][q], groups('force', w, q), groups('role', w, q), groups('grade', w, q), groups('department', w, q)]),
        t: { ...tasksByWave[w], nd: [nets('force', w), nets('role', w), nets('grade', w), nets('department', w)] }
      }))
    };
  };

  const maxChars = options.maxChars ?? PUBLISHED_RESULTS_MAX_CHARS;
  const levels = options.capLevels !== undefined && options.capLevels.length > 0 ? options.capLevels : CAP_LEVELS;
  let result = assemble(levels[0]);
  for (let i = 1; i < levels.length && serialisePublishedResults(result).length > maxChars; i++) result = assemble(levels[i]);
  return result;
}

export function serialisePublishedResults(results: IPublishedResults): string {
  return JSON.stringify(results);
}

// ---------------------------------------------------------------------------------------------------
// Parsing (defensive: anything malformed gives undefined, never a throw)

type Rec = Readonly<Record<string, unknown>>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WAVE_KINDS: readonly string[] = ['baseline', 'month1', 'month3', 'month6'];
const KINDS: readonly string[] = ['likert', 'single', 'multiple', 'number'];

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isCount(v: unknown): v is number {
  return typeof v === 'number' && isFinite(v) && v >= 0 && Math.floor(v) === v;
}
function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && isFinite(v);
}
function isStrings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
function isDay(v: unknown): v is string {
  return typeof v === 'string' && DAY.test(v);
}
function isMarker(v: unknown): boolean {
  return v === 0 || v === 's' || v === 'c' || v === null;
}

function optionCount(q: IStoredQuestion): number {
  return q.k === 'likert' ? LIKERT_VALUES.length : (q.o ?? []).length;
}

function isQuestionCell(q: IStoredQuestion, v: unknown): boolean {
  if (isMarker(v)) return true;
  if (!Array.isArray(v) || !v.every(isFiniteNumber)) return false;
  const nums = v as number[];
  switch (q.k) {
    case 'number':
      return (nums.length === 1 || nums.length === 3) && isCount(nums[0]);
    case 'multiple':
      return nums.length === optionCount(q) + 1 && nums.every(isCount);
    default:
      return nums.length === optionCount(q) && nums.every(isCount);
  }
}

function isFiguresCell(v: unknown, countAt: readonly number[], lengths: readonly number[] = [4]): boolean {
  if (isMarker(v)) return true;
  return Array.isArray(v) && lengths.indexOf(v.length) >= 0 && v.every(isFiniteNumber) && countAt.every((i) => i >= v.length || isCount(v[i]));
}

function isGroupArray(v: unknown, length: number, cell: (x: unknown) => boolean): boolean {
  return Array.isArray(v) && v.length <= length && v.every(cell);
}

function isStoredQuestion(v: unknown): v is IStoredQuestion {
  if (!isRec(v) || typeof v.id !== 'string' || typeof v.k !== 'string' || KINDS.indexOf(v.k) < 0) return false;
  if (v.t !== undefined && typeof v.t !== 'string') return false;
  if (v.k === 'single' || v.k === 'multiple') return isStrings(v.o);
  return v.o === undefined;
}

function isStoredWave(v: unknown): v is IStoredWave {
  return isRec(v) && typeof v.id === 'string' && typeof v.k === 'string' && WAVE_KINDS.indexOf(v.k) >= 0 && isDay(v.o) && isDay(v.c) && typeof v.p === 'boolean' && (isCount(v.n) || v.n === 's');
}

/** The published results in this JSON, or undefined when it is not a well-formed version 1 snapshot. */
export function parsePublishedResults(json: string | null | undefined): IPublishedResults | undefined {
  try {
    if (typeof json !== 'string' || json.trim() === '') return undefined;
    const v = JSON.parse(json) as unknown;
    if (!isRec(v) || v.v !== PUBLISHED_RESULTS_VERSION || !isDay(v.on) || !isCount(v.min) || (v.min as number) < 1 || !isFiniteNumber(v.dpw) || (v.dpw as number) <= 0) return undefined;
    if (!Array.isArray(v.qs) || !v.qs.every(isStoredQuestion) || !Array.isArray(v.waves) || !v.waves.every(isStoredWave)) return undefined;
    const g = v.g;
    if (!isRec(g) || !RESULT_DIMENSIONS.every((d) => isStrings(g[d]))) return undefined;
    const m = v.m;
    if (!isRec(m) || !Object.keys(m).every((k) => (RESULT_DIMENSIONS as readonly string[]).indexOf(k) >= 0 && isCount(m[k]))) return undefined;
    const isDimensions = (x: unknown): boolean => isStrings(x) && x.every((d) => (RESULT_DIMENSIONS as readonly string[]).indexOf(d) >= 0);
    if (!isDimensions(v.x) || !isDimensions(v.xn)) return undefined;
    if (!isStrings(v.tk) || !v.tk.every((t) => (COPILOT_TASKS as readonly string[]).indexOf(t) >= 0)) return undefined;
    const qs = v.qs as IStoredQuestion[];
    const sizes = RESULT_DIMENSIONS.map((d) => (g[d] as string[]).length + (isCount(m[d]) && (m[d] as number) > 0 ? 1 : 0));
    const forces = (g.force as string[]).length;
    const tasks = (v.tk as string[]).length;
    const taskCell = (x: unknown): boolean => isFiguresCell(x, [0, 4], [4, 6]);
    const netCell = (x: unknown): boolean => isFiguresCell(x, [0, 3]);
    if (!Array.isArray(v.r) || v.r.length !== v.waves.length) return undefined;
    const resultsOk = v.r.every((w: unknown) => {
      if (!isRec(w) || !Array.isArray(w.q) || w.q.length !== qs.length) return false;
      const questionsOk = w.q.every((entry: unknown, i: number) => {
        if (!Array.isArray(entry) || entry.length !== 5 || !isQuestionCell(qs[i], entry[0])) return false;
        return RESULT_DIMENSIONS.every((_, d) => isGroupArray(entry[d + 1], sizes[d], (x) => isQuestionCell(qs[i], x)));
      });
      const t = w.t;
      return (
        questionsOk &&
        isRec(t) &&
        Array.isArray(t.a) &&
        t.a.length === tasks &&
        t.a.every(taskCell) &&
        Array.isArray(t.f) &&
        t.f.length === forces &&
        t.f.every((row: unknown) => isGroupArray(row, tasks, taskCell)) &&
        netCell(t.n) &&
        Array.isArray(t.nd) &&
        t.nd.length === RESULT_DIMENSIONS.length &&
        RESULT_DIMENSIONS.every((_, d) => isGroupArray((t.nd as unknown[])[d], sizes[d], netCell))
      );
    });
    return resultsOk ? (v as unknown as IPublishedResults) : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading: decoded figures for the view and for other parts

/** A published figure: shown, withheld (and why), or not applicable (the group has nobody in that wave). */
export type Figure<T> = { status: 'shown'; value: T } | { status: 'suppressed'; reason: SuppressionReason } | { status: 'absent' };

export interface IChoiceFigures {
  kind: 'choice';
  /** Respondents who answered. */
  n: number;
  /** One per option (Likert 1–5, or the question's options in order); multiple choice counts may add up to more than n. */
  counts: number[];
}

export interface INumberFigures {
  kind: 'number';
  n: number;
  mean: number | undefined;
  median: number | undefined;
}

export type QuestionFigures = IChoiceFigures | INumberFigures;

function decode<T>(cell: StoredCell | undefined, value: (nums: readonly number[]) => T, empty: () => T): Figure<T> {
  if (cell === undefined || cell === null) return { status: 'absent' };
  if (cell === 's') return { status: 'suppressed', reason: 'small' };
  if (cell === 'c') return { status: 'suppressed', reason: 'complementary' };
  return { status: 'shown', value: cell === 0 ? empty() : value(cell) };
}

/** One question's figures in a wave: overall, or for one group of a dimension (index into `groupsOf`). */
export function questionFigures(results: IPublishedResults, wave: number, question: number, group?: { dimension: ResultDimension; index: number }): Figure<QuestionFigures> {
  const q = results.qs[question];
  const entry = results.r[wave]?.q[question];
  if (q === undefined || entry === undefined) return { status: 'absent' };
  const cell = group === undefined ? entry[0] : (entry[RESULT_DIMENSIONS.indexOf(group.dimension) + 1] as readonly StoredCell[])[group.index];
  const options = optionCount(q);
  if (q.k === 'number') return decode<QuestionFigures>(cell, (c) => ({ kind: 'number', n: c[0], mean: c[1], median: c[2] }), () => ({ kind: 'number', n: 0, mean: undefined, median: undefined }));
  return decode<QuestionFigures>(
    cell,
    (c) => (q.k === 'multiple' ? { kind: 'choice', n: c[0], counts: c.slice(1) } : { kind: 'choice', n: c.reduce((a, b) => a + b, 0), counts: c.slice() }),
    () => ({ kind: 'choice', n: 0, counts: new Array<number>(options).fill(0) })
  );
}

/** The option values of a reported question, in order: Likert 1–5 or option ids. */
export function optionValues(question: IStoredQuestion): (string | number)[] {
  return question.k === 'likert' ? LIKERT_VALUES.slice() : (question.o ?? []).slice();
}

export interface IPublishedGroup {
  index: number;
  /** The unit's value ('' when not recorded); undefined for the merged "other" group. */
  name: string | undefined;
  /** For the "other" group: how many values it merges. */
  merged: number;
}

/** The groups of a dimension (none when it was left out), the merged "other" group last. */
export function groupsOf(results: IPublishedResults, dimension: ResultDimension): IPublishedGroup[] {
  const names = results.g[dimension].map((name, index) => ({ index, name, merged: 0 }) as IPublishedGroup);
  const merged = results.m[dimension] ?? 0;
  return merged > 0 ? names.concat([{ index: names.length, name: undefined, merged }]) : names;
}

/** Respondents counted in a wave. */
export function waveRespondents(results: IPublishedResults, wave: number): Figure<number> {
  const w = results.waves[wave];
  if (w === undefined) return { status: 'absent' };
  return w.n === 's' ? { status: 'suppressed', reason: 'small' } : { status: 'shown', value: w.n };
}

/** The newest wave that had closed when the results were published (the open one is provisional). */
export function latestClosedWave(results: IPublishedResults): number | undefined {
  for (let i = results.waves.length - 1; i >= 0; i--) if (!results.waves[i].p) return i;
  return undefined;
}

export interface IMinutes {
  perWeek: number;
  perDay: number;
}

export interface ITaskFigures {
  /** Respondents who gave minutes for the task. */
  n: number;
  saved: IMinutes;
  checking: IMinutes;
  /** Saved minus checking: negative is a net loss. */
  net: IMinutes;
  /**
   * Net minutes per use (Σ net ÷ Σ uses a week) over the `n` respondents who also said how often they used
   * Copilot for the task; absent when fewer than the smallest group did (or the survey did not ask).
   */
  perUse?: { n: number; net: number };
}

export interface INetFigures {
  /** Respondents who gave minutes for at least one task. */
  n: number;
  mean: IMinutes;
  median: IMinutes;
  /** Respondents whose checking outweighed their savings. */
  netLoss: number;
}

function minutes(perWeek: number, daysPerWeek: number): IMinutes {
  return { perWeek, perDay: roundTo(perWeek / daysPerWeek, 2) };
}

export interface ITaskMinutes {
  task: CopilotTask;
  overall: Figure<ITaskFigures>;
  byForce: { force: string; figure: Figure<ITaskFigures> }[];
}

export interface ITaskMinutesTable {
  waveId: string;
  provisional: boolean;
  tasks: ITaskMinutes[];
  net: { overall: Figure<INetFigures>; byForce: { force: string; figure: Figure<INetFigures> }[] };
}

/**
 * Net minutes per task in a wave, overall and by force (what the solutions catalogue's measured minutes
 * and the risk register's benefits realisation indicator read). Per day = per week ÷ `dpw`.
 */
export function taskMinutes(results: IPublishedResults, wave: number): ITaskMinutesTable | undefined {
  const w = results.waves[wave];
  const t = results.r[wave]?.t;
  if (w === undefined || t === undefined) return undefined;
  const dpw = results.dpw;
  const task = (c: StoredCell | undefined): Figure<ITaskFigures> =>
    decode<ITaskFigures>(
      c,
      (x) => ({ n: x[0], saved: minutes(x[1], dpw), checking: minutes(x[2], dpw), net: minutes(x[3], dpw), ...(x.length === 6 ? { perUse: { n: x[4], net: x[5] } } : {}) }),
      () => ({ n: 0, saved: minutes(0, dpw), checking: minutes(0, dpw), net: minutes(0, dpw) })
    );
  const net = (c: StoredCell | undefined): Figure<INetFigures> => netFigure(c, dpw);
  return {
    waveId: w.id,
    provisional: w.p,
    tasks: results.tk.map((id, i) => ({
      task: id as CopilotTask,
      overall: task(t.a[i]),
      byForce: results.g.force.map((force, f) => ({ force, figure: task(t.f[f]?.[i]) }))
    })),
    net: { overall: net(t.n), byForce: results.g.force.map((force, f) => ({ force, figure: net(t.nd[0][f]) })) }
  };
}

function netFigure(c: StoredCell | undefined, dpw: number): Figure<INetFigures> {
  return decode<INetFigures>(
    c,
    (x) => ({ n: x[0], mean: minutes(x[1], dpw), median: minutes(x[2], dpw), netLoss: x[3] }),
    () => ({ n: 0, mean: minutes(0, dpw), median: minutes(0, dpw), netLoss: 0 })
  );
}

/** Each respondent's net minutes over all tasks in a wave, by the groups of a dimension (none when it was left out). */
export function netMinutesBy(results: IPublishedResults, wave: number, dimension: ResultDimension): { group: IPublishedGroup; figure: Figure<INetFigures> }[] {
  const t = results.r[wave]?.t;
  if (t === undefined) return [];
  const cells = t.nd[RESULT_DIMENSIONS.indexOf(dimension)];
  return groupsOf(results, dimension).map((group) => ({ group, figure: netFigure(cells[group.index], results.dpw) }));
}

/**
 * The measured net minutes per working day for one task and force (or all forces), from the newest closed
 * wave unless one is named: the figure the catalogue and the risk register show. Undefined when there is
 * no such wave or task; a suppressed figure says so.
 */
export function measuredTaskMinutes(results: IPublishedResults, task: CopilotTask, force?: string, waveId?: string): Figure<ITaskFigures> | undefined {
  const wave = waveId !== undefined ? results.waves.map((w) => w.id).indexOf(waveId) : latestClosedWave(results);
  const table = wave !== undefined && wave >= 0 ? taskMinutes(results, wave) : undefined;
  const row = table?.tasks.filter((t) => t.task === task)[0];
  if (row === undefined) return undefined;
  if (force === undefined) return row.overall;
  return row.byForce.filter((f) => f.force.toLowerCase() === force.toLowerCase())[0]?.figure ?? { status: 'absent' };
}
