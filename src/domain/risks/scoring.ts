/**
 * The 5×5 scale: score = likelihood × impact (1–25), and its RAG band.
 *
 * Banding (decision), Orange Book-style four bands on the product:
 *
 * | Score  | Band       | Cells                                                    |
 * |--------|------------|----------------------------------------------------------|
 * | 1–4    | green      | at most "unlikely × minor", or anything rare and below severe |
 * | 5–9    | amber      | e.g. possible × moderate (9), rare × severe (5)          |
 * | 10–14  | red-amber  | unlikely × severe (10), possible × major (12)            |
 * | 15–25  | red        | possible × severe (15) and above                         |
 *
 * Why: 15 is the common UK public-sector line for the highest band (NPSA/NHS 5×5 "extreme" 15–25, used
 * by many police and government registers), and 10 splits the wide middle where a severe-impact risk
 * that is merely unlikely (2 × 5) needs the board's attention beyond amber. The bands are data
 * (`RAG_BANDS`) so a board with a different matrix passes its own; snapshots record the bands they used.
 *
 * The score says nothing about good or bad by itself: for an opportunity a higher score is better
 * (`improves` says which way is good for a kind).
 */
import type { IScore, Level, RiskKind } from './types';

export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

export type Rag = 'green' | 'amber' | 'redAmber' | 'red';

/** RAG bands, lowest first; bands are contiguous and cover 1–25. */
export interface IRagBand {
  rag: Rag;
  min: number;
  max: number;
}

export const RAG_BANDS: readonly IRagBand[] = [
  { rag: 'green', min: 1, max: 4 },
  { rag: 'amber', min: 5, max: 9 },
  { rag: 'redAmber', min: 10, max: 14 },
  { rag: 'red', min: 15, max: 25 }
];

/** Bands in order of severity (green 0 … red 3), for comparing and sorting. */
export const RAG_ORDER: readonly Rag[] = ['green', 'amber', 'redAmber', 'red'];

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && (value === 1 || value === 2 || value === 3 || value === 4 || value === 5);
}

/** A score from its two numbers, or null unless both are levels 1–5. */
export function scoreFrom(likelihood: number | null | undefined, impact: number | null | undefined): IScore | null {
  return isLevel(likelihood) && isLevel(impact) ? { likelihood, impact } : null;
}

/** Likelihood × impact, 1–25. */
export function scoreValue(score: IScore): number {
  return score.likelihood * score.impact;
}

export function scoreOrNull(score: IScore | null): number | null {
  return score === null ? null : scoreValue(score);
}

/** The band of a score (1–25). Throws for anything outside the bands: a programming error. */
export function ragOf(score: number, bands: readonly IRagBand[] = RAG_BANDS): Rag {
  for (const band of bands) if (score >= band.min && score <= band.max) return band.rag;
  throw new RangeError(`No RAG band holds the score ${score}`);
}

export function ragOrNull(score: IScore | null, bands: readonly IRagBand[] = RAG_BANDS): Rag | null {
  return score === null ? null : ragOf(scoreValue(score), bands);
}

/** Checks bands are contiguous from 1 to 25 with no overlap (for bands a board supplies). */
export function validRagBands(bands: readonly IRagBand[]): boolean {
  let next = 1;
  for (const band of bands) {
    if (band.min !== next || band.max < band.min) return false;
    next = band.max + 1;
  }
  return next === 26;
}

/**
 * Orders scores: by score, then impact (a rarer severe risk outranks a likelier minor one of the same
 * score), then likelihood; `null` (unscored) lowest.
 */
export function compareScores(a: IScore | null, b: IScore | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return scoreValue(a) - scoreValue(b) || a.impact - b.impact || a.likelihood - b.likelihood;
}

/** The highest of some scores by `compareScores`, or null when none is scored. */
export function worstScore(scores: ReadonlyArray<IScore | null>): IScore | null {
  let worst: IScore | null = null;
  for (const s of scores) if (compareScores(s, worst) > 0) worst = s;
  return worst;
}

export function sameScore(a: IScore | null, b: IScore | null): boolean {
  return a === null || b === null ? a === b : a.likelihood === b.likelihood && a.impact === b.impact;
}

/** Which way a score moved: `same` when the product is equal (the cell may still have moved). */
export type Direction = 'up' | 'down' | 'same';

export function directionOf(from: number | null, to: number | null): Direction {
  const a = from ?? 0;
  const b = to ?? 0;
  return b > a ? 'up' : b < a ? 'down' : 'same';
}

/** Whether a move is good news: down for a threat, up for an opportunity. */
export function improves(kind: RiskKind, direction: Direction): boolean {
  return direction !== 'same' && (kind === 'threat' ? direction === 'down' : direction === 'up');
}

/** `3×4` style text of a score (for CSV export and logs; the UI localises its own). */
export function scoreText(score: IScore | null): string {
  return score === null ? '' : `${score.likelihood}\u00d7${score.impact}`;
}
