/**
 * A list definition's schema version: a short hash of everything set-up applies to the list (its
 * settings and every column's XML, title, required flag and index). Set-up records it in the Suite
 * settings list after a successful ensure, so an owner can see which lists were upgraded and when
 * (the setting's Modified); a hash instead of a hand-kept number cannot be forgotten on a change.
 */
import { fieldEntries, ListDefinition, listSettingsPayload } from './define';
import { fieldXml } from './fieldXml';

/** cyrb53 (public domain): a fast, well-mixed 53-bit string hash; not cryptographic, and need not be. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The canonical text the version is hashed from (exported for tests and for diffing by hand). */
export function schemaFingerprint(def: ListDefinition): string {
  const settings = listSettingsPayload(def);
  const fields = fieldEntries(def).map(([, field]) => ({
    // Lookups name their target by key: the target's list id differs from site to site.
    xml: fieldXml(field, (targetKey) => targetKey).schemaXml,
    title: field.displayName,
    required: field.required,
    indexed: field.indexed
  }));
  const sortedSettings = Object.keys(settings)
    .sort()
    .map((k) => [k, settings[k]]);
  return JSON.stringify({ url: def.url, settings: sortedSettings, fields });
}

/** 12 hex digits, stable across runs and machines for the same definition. */
export function schemaVersion(def: ListDefinition): string {
  return `000000000000${cyrb53(schemaFingerprint(def)).toString(16)}`.slice(-12);
}
