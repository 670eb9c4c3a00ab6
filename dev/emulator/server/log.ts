/**
 * Request log: one entry per HTTP request (and per $batch part), with the structured literals of
 * every parsed $filter so a test can prove user input stayed a single literal.
 */

export interface LoggedFilterLiteral {
  field: string;
  op: string;
  type: string;
  value: unknown;
}

export interface LoggedFilter {
  list: string;
  filter: string;
  literals: LoggedFilterLiteral[];
  scanned: number;
  usedIndex?: string;
}

export interface LogEntry {
  seq: number;
  time: string;
  method: string;
  path: string;
  user: string;
  status: number;
  ms: number;
  /** Set on the parts of a $batch: the seq of the outer POST. */
  batchSeq?: number;
  /** Set when a fault shaped the answer (throttle, drop-before, drop-after). */
  fault?: string;
  filters: LoggedFilter[];
}

export class RequestLog {
  private readonly items: LogEntry[] = [];
  private seq = 0;

  public constructor(private readonly capacity = 10000) {}

  public nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  public add(entry: LogEntry): void {
    this.items.push(entry);
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
  }

  /** Entries with seq greater than `since` (all by default). */
  public entries(since = 0): LogEntry[] {
    return this.items.filter((e) => e.seq > since);
  }

  /** Every parsed $filter, oldest first. */
  public filters(since = 0): LoggedFilter[] {
    return this.entries(since).flatMap((e) => e.filters);
  }

  public last(): LogEntry | undefined {
    return this.items[this.items.length - 1];
  }

  public clear(): void {
    this.items.length = 0;
  }
}
