/**
 * The hostile corpus in every text column of every list, through the suite's own write path (mapping,
 * validation, client ids) to the emulator and back: text that fits is stored exactly as typed, character
 * for character; text longer than a column holds is refused before sending with the column named; and an
 * indexed text column finds the item by its exact value, the input sent as one literal.
 */
import { emulatorSite, type RunningEmulatorLike } from './testing/emulator';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { ALL_LISTS, type ListDefinition, type NewItemOf } from '../lists';
import type { FieldDef } from '../lists/fields';
import { createItems } from './writes';
import { listOf } from './sp';
import { filterFor } from './odata';
import { collectPages, queryIndexed } from './paging';
import { ValidationError } from './errors';
// The corpus every browser test types, here through the data layer.
import { HOSTILE_CORPUS } from '../testing/hostile';

const OWNER = 'olivia.owner@essex.police.uk';
let emu: RunningEmulatorLike;

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Olivia Owner' }, []);
});

afterAll(async () => {
  await emu.close();
});

/** A value the column accepts, for the columns an item needs beside the one under test. */
function plainValue(field: FieldDef): unknown {
  switch (field.kind) {
    case 'Choice':
      return (field as unknown as { choices: readonly string[] }).choices[0];
    case 'Number':
    case 'Currency':
      return (field as unknown as { min?: number }).min ?? 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return (field as unknown as { format: string }).format === 'DateOnly' ? '2026-11-23' : new Date('2026-11-23T10:00:00Z');
    case 'MultiChoice':
      return [];
    default:
      return 'plain';
  }
}

const textColumns = ALL_LISTS.flatMap((def) =>
  Object.keys(def.fields)
    .filter((key) => key !== 'clientId' && (def.fields[key].kind === 'Text' || def.fields[key].kind === 'Note'))
    .map((key) => [def.title, key, def] as const)
);

describe('the hostile corpus in every text column', () => {
  it.each(textColumns)('%s: %s', async (_title, key, def: ListDefinition) => {
    const site = emulatorSite(emu, OWNER);
    const field = def.fields[key];
    const base: Record<string, unknown> = {};
    for (const k of Object.keys(def.fields)) if (def.fields[k].required && k !== key && k !== 'clientId') base[k] = plainValue(def.fields[k]);
    const limit = field.kind === 'Text' ? (field as unknown as { maxLength?: number }).maxLength ?? 255 : Infinity;
    const inputs = HOSTILE_CORPUS.map((text) => ({ ...base, [key]: text }) as unknown as NewItemOf<ListDefinition>);
    const outcomes = await createItems(site, def, inputs);
    for (let i = 0; i < HOSTILE_CORPUS.length; i++) {
      const text = HOSTILE_CORPUS[i];
      const o = outcomes[i];
      if (text.length > limit) {
        // Refused before sending, naming the column.
        expect(o.ok).toBe(false);
        expect(!o.ok && o.error instanceof ValidationError && o.error.problems.some((p) => p.field === key)).toBe(true);
        continue;
      }
      if (!o.ok) throw o.error;
      const stored = (await listOf(site, def).items.getById(o.value.id).select(field.internalName)()) as Record<string, unknown>;
      expect({ text, stored: stored[field.internalName] }).toEqual({ text, stored: text });
    }
    if (field.indexed === true) {
      // Found by its exact value; every other input (one literal each) matches nothing else.
      for (const text of HOSTILE_CORPUS.filter((t) => t.length <= limit).slice(0, 8)) {
        const found = await collectPages(queryIndexed(site, def, filterFor(def).eq(key as never, text as never)));
        expect(found.map((item) => (item as unknown as Record<string, unknown>)[key])).toEqual(expect.arrayContaining([text]));
        expect(found.every((item) => (item as unknown as Record<string, unknown>)[key] === text)).toBe(true);
      }
    }
  });
});
