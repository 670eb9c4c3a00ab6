import type { LogEntry } from '../../dev/emulator/server';

export interface ILiteralFinding {
  filter: string;
  literals: unknown[];
  problem: string;
}

/**
 * Proves an input reached SharePoint as exactly one OData literal: every logged $filter that mentions the
 * input must have a literal equal to it, and none may contain a fragment of it as a separate literal
 * (the sign of an unescaped quote that split the input into query syntax).
 */
export function findLiteralProblems(entries: readonly LogEntry[], input: string): ILiteralFinding[] {
  const problems: ILiteralFinding[] = [];
  const fragments = input.split("'").filter((f) => f.trim().length > 0);
  for (const entry of entries) {
    for (const f of entry.filters) {
      const values = f.literals.map((l) => l.value);
      const whole = values.some((v) => v === input);
      const split = fragments.length > 1 && values.some((v) => typeof v === 'string' && v !== input && fragments.indexOf(v) >= 0);
      const mentions = f.filter.indexOf(fragments[0] ?? input) >= 0;
      if (mentions && (!whole || split)) {
        problems.push({ filter: f.filter, literals: values, problem: whole ? 'input also appears split into several literals' : 'input is not one literal' });
      }
    }
  }
  return problems;
}
