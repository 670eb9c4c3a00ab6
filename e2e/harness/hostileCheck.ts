import type { Locator, Page } from 'playwright-core';
import type { LogEntry } from '../../dev/emulator/server';
import { payloadExecuted, type ICspWatcher } from './checks';
import { findLiteralProblems } from './literals';

export interface IHostileField {
  /** The text box to type into. */
  field: Locator;
  /** What makes the input take effect (press Enter, click Save…); after it the page must have settled. */
  submit: () => Promise<void>;
  /** Where the page shows what was typed, if it does (e.g. the saved title); checked to read exactly as typed. */
  shownIn?: () => Locator;
  /** Runs after each input is checked, e.g. to open the editor again for the next one. */
  after?: () => Promise<void>;
}

export interface IHostileFinding {
  input: string;
  problem: string;
}

/**
 * Types every input of a corpus into a field and proves, for each: nothing executed (no payload ran, no
 * Content Security Policy violation), every `$filter` the emulator received holds the input as exactly one
 * literal, and — where the page shows it — the text reads exactly as typed. Returns every finding (empty
 * means the field passed).
 */
export async function hostileInputFindings(
  page: Page,
  csp: ICspWatcher,
  log: (sinceSeq: number) => LogEntry[],
  target: IHostileField,
  corpus: readonly string[]
): Promise<IHostileFinding[]> {
  const findings: IHostileFinding[] = [];
  for (const input of corpus) {
    const before = log(0);
    const since = before.length > 0 ? before[before.length - 1].seq : 0;
    const cspBefore = (await csp.violations()).length;
    await target.field.fill(input);
    await target.submit();
    if (await payloadExecuted(page)) findings.push({ input, problem: 'a payload executed' });
    const violations = (await csp.violations()).slice(cspBefore);
    if (violations.length > 0) findings.push({ input, problem: `script policy violated: ${violations[0]}` });
    for (const p of findLiteralProblems(log(since).filter((e) => e.seq > since), input)) {
      findings.push({ input, problem: `${p.problem}: ${p.filter}` });
    }
    if (target.shownIn) {
      const shown = await target.shownIn().textContent();
      if (shown !== input) findings.push({ input, problem: 'not shown exactly as typed' });
    }
    await target.after?.();
  }
  return findings;
}
