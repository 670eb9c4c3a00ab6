/**
 * Hints that a question or a poor-output report holds personal or operational data, so the form can warn
 * before it is sent ("do not paste personal or operational data"). A warning, never a block and never
 * proof: patterns miss things and flag harmless text, and the person decides. Nothing here is logged.
 */

export type SensitiveKind =
  | 'email'
  | 'phone'
  | 'postcode'
  | 'niNumber'
  | 'vehicleRegistration'
  | 'referenceNumber'
  | 'dateOfBirth'
  | 'protectiveMarking';

export interface ISensitiveHint {
  kind: SensitiveKind;
  start: number;
  /** Exclusive. */
  end: number;
}

const PATTERNS: ReadonlyArray<[SensitiveKind, RegExp]> = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g],
  // UK numbers: 07700 900123, 01622 690690, +44 7700 900123, 0300 123 4567.
  ['phone', /(?:\+44\s?(?:\(0\)\s?)?|\b0)[1-9](?:[\s-]?\d){8,9}\b/g],
  ['postcode', /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi],
  ['niNumber', /\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi],
  ['vehicleRegistration', /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/gi],
  // Crime and incident references: 42/123456/26, CAD 1234, URN 91AB1234526, crime ref KT-2611-004512.
  ['referenceNumber', /\b\d{1,4}\/\d{3,8}\/\d{2,4}\b|\b(?:crime|incident|cad|urn|occurrence|log|case)\s*(?:ref(?:erence)?\.?|no\.?|number)?\s*[:#]?\s*[A-Z]{0,4}[-/]?\d[\dA-Z/-]{2,}/gi],
  ['dateOfBirth', /\b(?:d\.?o\.?b\.?|date of birth|born on)\b/gi],
  // Markings are written in capitals; "secret" in prose is not one.
  ['protectiveMarking', /\b(?:OFFICIAL[- ]SENSITIVE|TOP SECRET|SECRET)\b/g]
];

/** Every hint in the text, in order of position. */
export function sensitiveDataHints(text: string): ISensitiveHint[] {
  const hints: ISensitiveHint[] = [];
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      // "TOP SECRET" also matches "SECRET": keep the longer one only.
      const start = m.index;
      const end = m.index + m[0].length;
      if (!hints.some((h) => h.kind === kind && h.start <= start && h.end >= end)) hints.push({ kind, start, end });
    }
  }
  return hints.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The kinds found, each once, in a stable order (for the form's warning). */
export function sensitiveKinds(text: string): SensitiveKind[] {
  const found = new Set(sensitiveDataHints(text).map((h) => h.kind));
  return PATTERNS.map(([kind]) => kind).filter((k) => found.has(k));
}
