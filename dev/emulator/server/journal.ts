import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Append-only journal of successful mutating REST requests (JSONL). Demo state is rebuilt from the
 * seed on start and the journal is replayed on top of it with faults off and each entry's own clock
 * time, so user edits survive a restart without ever rewriting a large state file.
 */

export interface JournalEntry {
  /** Format version. */
  v: 1;
  /** Emulator clock time when the request was applied (ISO). */
  time: string;
  /** Effective method (MERGE/DELETE already folded in). */
  method: string;
  /** Path and query, without scheme/host/port (the port changes between runs). */
  url: string;
  /** Only the headers that change the outcome. */
  headers: Record<string, string>;
  body: string;
  user: string;
}

/** Headers worth keeping: they select verb, concurrency and payload format. */
const KEPT_HEADERS = ['if-match', 'content-type', 'accept'];

export function journalHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of KEPT_HEADERS) if (headers[k] !== undefined) out[k] = headers[k];
  return out;
}

export class Journal {
  public constructor(public readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
  }

  public append(entry: JournalEntry): void {
    // Synchronous on purpose: the write is on disk before the HTTP answer leaves, so a crash right
    // after a 201 cannot lose an edit the client was told about.
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`, 'utf8');
  }

  public read(): JournalEntry[] {
    if (!existsSync(this.file)) return [];
    const out: JournalEntry[] = [];
    const lines = readFileSync(this.file, 'utf8').split('\n');
    for (const line of lines) {
      if (line.trim() === '') continue;
      try {
        const parsed: unknown = JSON.parse(line);
        if (isEntry(parsed)) out.push(parsed);
      } catch {
        // A torn last line (crash mid-append) is skipped; every earlier line is complete.
      }
    }
    return out;
  }

  public clear(): void {
    writeFileSync(this.file, '', 'utf8');
  }
}

function isEntry(v: unknown): v is JournalEntry {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return r.v === 1 && typeof r.time === 'string' && typeof r.method === 'string' && typeof r.url === 'string' && typeof r.body === 'string' && typeof r.user === 'string' && typeof r.headers === 'object' && r.headers !== null;
}
