import type { EmulatorStore, WebStore } from '../../emulator/store';
import type { SecurityModel } from '../../emulator/server';
import type { IDemoPerson } from '../people';
import { Rng } from '../rng';
import { peopleSlice } from './people';
import { trainingSlice } from './training';
import { surveySlice } from './survey';
import { catalogueSlice } from './catalogue';
import { riskSlice } from './risks';
import { boardSlice } from './board';

/** What every demo data slice gets: the store, the data site, the directory and a seeded RNG. */
export interface IDemoContext {
  store: EmulatorStore;
  security: SecurityModel;
  dataWeb: WebStore;
  people: readonly IDemoPerson[];
  /** The site user id of the person who "ran" the seed (the owner persona): author of seeded content. */
  ownerId: number;
  /** The demo's "today" (the fixed clock in tests). */
  today: string;
  rng: Rng;
}

/**
 * A part's demo data, written straight into the store (not through REST) after the real provisioning
 * code has created the lists. Each web part issue adds its slice here.
 */
export interface IDemoSlice {
  name: string;
  seed(ctx: IDemoContext): { items: number };
}

export const DEMO_SLICES: readonly IDemoSlice[] = [peopleSlice, trainingSlice, surveySlice, catalogueSlice, riskSlice, boardSlice];

/** Runs every slice; each is skipped when its list already holds data (a restart replays the journal). */
export function seedSlices(ctx: IDemoContext, slices: readonly IDemoSlice[] = DEMO_SLICES): Array<{ name: string; items: number }> {
  return slices.map((slice) => ({ name: slice.name, ...slice.seed({ ...ctx, rng: new Rng(hash(slice.name)) }) }));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}
