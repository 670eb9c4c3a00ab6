/**
 * A deliberately small in-memory list behind the fake transport, for unit tests of paging, writes
 * and batching before (and besides) the real emulator in dev/emulator. It understands exactly the
 * requests the data layer sends: `$filter` with eq/ne/ge/gt/le/lt, and/or, parentheses; `$top`;
 * `$orderby=Id`; `$skiptoken=Paged=TRUE&p_ID=n`; item add/MERGE/DELETE with etags; `$batch`.
 * It applies a list view threshold rule (configurable, small by default so tests stay fast).
 */
import { jsonResponse, odataErrorResponse, RecordedRequest, SITE, THRESHOLD_500, Handler } from './fakeServer';

export type Row = Record<string, unknown> & { Id: number };

type Literal = string | number | null;
type Expr =
  | { readonly kind: 'cmp'; readonly column: string; readonly op: string; readonly value: Literal }
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr };

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ') {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push(c);
      i++;
    } else if (c === "'") {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length) throw new Error('unterminated literal');
        if (text[j] === "'" && text[j + 1] === "'") {
          value += "'";
          j += 2;
        } else if (text[j] === "'") {
          break;
        } else {
          value += text[j++];
        }
      }
      tokens.push(`'${value}`);
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ' ' && text[j] !== '(' && text[j] !== ')') j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

export function parseFilter(text: string): Expr {
  const tokens = tokenize(text);
  let pos = 0;
  function parseFactor(): Expr {
    if (tokens[pos] === '(') {
      pos++;
      // eslint-disable-next-line @typescript-eslint/no-use-before-define -- recursive descent
      const inner = parseOr();
      if (tokens[pos++] !== ')') throw new Error('expected )');
      return inner;
    }
    const column = tokens[pos++];
    const op = tokens[pos++];
    const raw = tokens[pos++];
    if (raw === undefined || ['eq', 'ne', 'lt', 'le', 'gt', 'ge'].indexOf(op) < 0) throw new Error(`bad clause at ${pos}`);
    const value: Literal = raw[0] === "'" ? raw.slice(1) : raw === 'null' ? null : Number(raw);
    return { kind: 'cmp', column, op, value };
  }
  function parseAnd(): Expr {
    let left = parseFactor();
    while (tokens[pos] === 'and') {
      pos++;
      left = { kind: 'and', left, right: parseFactor() };
    }
    return left;
  }
  function parseOr(): Expr {
    let left = parseAnd();
    while (tokens[pos] === 'or') {
      pos++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  }
  const expr = parseOr();
  if (pos !== tokens.length) throw new Error(`trailing tokens: ${tokens.slice(pos).join(' ')}`);
  return expr;
}

function evaluate(expr: Expr, row: Row): boolean {
  if (expr.kind !== 'cmp') {
    return expr.kind === 'and' ? evaluate(expr.left, row) && evaluate(expr.right, row) : evaluate(expr.left, row) || evaluate(expr.right, row);
  }
  const v = row[expr.column] ?? null;
  const w = expr.value;
  switch (expr.op) {
    case 'eq':
      return v === w;
    case 'ne':
      return v !== w;
    default: {
      if (typeof v !== 'number' || typeof w !== 'number') return false;
      return expr.op === 'lt' ? v < w : expr.op === 'le' ? v <= w : expr.op === 'gt' ? v > w : v >= w;
    }
  }
}

/** The clauses of a filter's leading `and` chain, in order. */
function andChain(expr: Expr): Expr[] {
  return expr.kind === 'and' ? [...andChain(expr.left), ...andChain(expr.right)] : [expr];
}

/**
 * What SharePoint uses to decide threshold safety: the first clause, together with the clauses
 * right after it on the same column (`Id ge a and Id lt b` is one range seek on the Id index).
 */
function firstClause(expr: Expr): Expr {
  const chain = andChain(expr);
  const first = chain[0];
  if (first.kind !== 'cmp') return first;
  let range: Expr = first;
  for (let i = 1; i < chain.length; i++) {
    const next = chain[i];
    if (next.kind !== 'cmp' || next.column !== first.column) break;
    range = { kind: 'and', left: range, right: next };
  }
  return range;
}

function firstColumn(expr: Expr): string {
  return expr.kind === 'cmp' ? expr.column : firstColumn(expr.left);
}

export interface FakeListOptions {
  /** Rows above which unindexed or too-wide queries fail with the threshold 500. Default 50. */
  readonly threshold?: number;
  readonly indexed?: readonly string[];
  readonly listPath?: string;
}

export class FakeList {
  public readonly rows: Row[] = [];
  public nextId = 1;
  public readonly threshold: number;
  private readonly indexed: readonly string[];
  private readonly listPath: string;

  public constructor(options: FakeListOptions = {}) {
    this.threshold = options.threshold ?? 50;
    this.indexed = ['Id', ...(options.indexed ?? [])];
    this.listPath = options.listPath ?? "/sites/m365/_api/web/getList('%2Fsites%2Fm365%2FLists%2FPeople')";
  }

  public add(values: Record<string, unknown>): Row {
    const id = this.nextId++;
    const now = '2026-11-23T12:00:00Z';
    const row: Row = { ...values, Id: id, ID: id, 'odata.etag': '"1"', Created: now, Modified: now, AuthorId: 7, EditorId: 7 };
    this.rows.push(row);
    return row;
  }

  private query(req: { query: Readonly<Record<string, string>> }, baseUrl: string): Response {
    const q = req.query;
    const filter = q.$filter !== undefined ? parseFilter(q.$filter) : null;
    const top = q.$top !== undefined ? Number(q.$top) : 100;
    if (top > 5000) return THRESHOLD_500();
    if (this.rows.length > this.threshold && filter !== null) {
      const first = firstClause(filter);
      const col = first.kind === 'or' ? '' : firstColumn(first);
      const matches = this.rows.filter((r) => evaluate(first, r)).length;
      if (this.indexed.indexOf(col) < 0 || matches > this.threshold) return THRESHOLD_500();
    }
    const orderBy = q.$orderby ?? 'Id asc';
    if (!/^Id( asc| desc)?$/.test(orderBy)) throw new Error(`fake list orders by Id only, got ${orderBy}`);
    const desc = / desc$/.test(orderBy);
    const skip = /p_ID=(\d+)/.exec(q.$skiptoken ?? '');
    let rows = this.rows.filter((r) => filter === null || evaluate(filter, r));
    rows.sort((a, b) => (desc ? b.Id - a.Id : a.Id - b.Id));
    if (skip !== null) rows = rows.filter((r) => (desc ? r.Id < Number(skip[1]) : r.Id > Number(skip[1])));
    const page = rows.slice(0, top);
    const body: Record<string, unknown> = { value: page.map((r) => this.project(r, q.$select)) };
    if (rows.length > top) {
      const next = new URLSearchParams();
      Object.keys(q)
        .filter((k) => k !== '$skiptoken')
        .forEach((k) => next.set(k, q[k]));
      next.set('$skiptoken', `Paged=TRUE&p_ID=${page[page.length - 1].Id}`);
      body['odata.nextLink'] = `${baseUrl}?${next.toString()}`;
    }
    return jsonResponse(body);
  }

  private project(row: Row, select: string | undefined): Record<string, unknown> {
    if (select === undefined) return { ...row };
    const out: Record<string, unknown> = { 'odata.etag': row['odata.etag'] };
    select.split(',').forEach((s) => {
      const [nav] = s.split('/');
      if (nav === 'Author' || nav === 'Editor') out[nav] = { Id: row[`${nav}Id`], Title: `User ${String(row[`${nav}Id`])}`, EMail: '' };
      else if (row[nav] !== undefined) out[nav] = row[nav];
    });
    return out;
  }

  /** Handles one (non-batch) request against this list, or returns null when it is not for it. */
  public handle(req: Pick<RecordedRequest, 'method' | 'path' | 'query' | 'headers' | 'json'>, absoluteBase: string): Response | null {
    if (req.path.indexOf(this.listPath) !== 0) return null;
    const rest = req.path.slice(this.listPath.length);
    const verb = (req.headers['x-http-method'] ?? req.method).toUpperCase();
    if (rest === '/items' && verb === 'GET') return this.query(req, `${absoluteBase}${req.path}`);
    if (rest === '/items' && verb === 'POST') {
      const row = this.add((req.json ?? {}) as Record<string, unknown>);
      return jsonResponse(row, 201);
    }
    const m = /^\/items\((\d+)\)$/.exec(rest);
    if (m === null) return odataErrorResponse(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `fake list cannot ${verb} ${rest}`);
    const row = this.rows.filter((r) => r.Id === Number(m[1]))[0];
    if (row === undefined) return odataErrorResponse(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
    if (verb === 'GET') return jsonResponse(this.project(row, req.query.$select));
    const ifMatch = req.headers['if-match'] ?? '*';
    if (ifMatch !== '*' && ifMatch !== row['odata.etag']) {
      return odataErrorResponse(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${ifMatch}' does not match the object's ETag value '${String(row['odata.etag'])}'.`);
    }
    if (verb === 'DELETE') {
      this.rows.splice(this.rows.indexOf(row), 1);
      return new Response(null, { status: 200 });
    }
    if (verb === 'MERGE') {
      Object.assign(row, req.json as Record<string, unknown>);
      row['odata.etag'] = `"${Number(String(row['odata.etag']).replace(/"/g, '')) + 1}"`;
      return new Response(null, { status: 204, headers: { ETag: String(row['odata.etag']) } });
    }
    return odataErrorResponse(400, '-1, System.NotSupportedException', `fake list cannot ${verb}`);
  }
}

interface BatchPart {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Splits a PnPjs `$batch` body into its requests (GET parts and changeset parts alike). */
export function parseBatchBody(body: string): BatchPart[] {
  const parts: BatchPart[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(GET|POST|MERGE|PATCH|PUT|DELETE) (\S+) HTTP\/1\.1$/.exec(lines[i]);
    if (m === null) continue;
    const headers: Record<string, string> = {};
    let j = i + 1;
    for (; j < lines.length && lines[j] !== ''; j++) {
      const at = lines[j].indexOf(':');
      headers[lines[j].slice(0, at).trim().toLowerCase()] = lines[j].slice(at + 1).trim();
    }
    let k = j + 1;
    const bodyLines: string[] = [];
    for (; k < lines.length && lines[k].indexOf('--') !== 0 && !/^(GET|POST|MERGE|PATCH|PUT|DELETE) /.test(lines[k]); k++) bodyLines.push(lines[k]);
    parts.push({ method: m[1], url: m[2], headers, body: bodyLines.join('\n').trim() });
    i = k - 1;
  }
  return parts;
}

/** Builds the flat `$batch` response PnPjs parses: one part per request, in order. */
export function batchResponse(responses: ReadonlyArray<{ status: number; body: string; headers?: Record<string, string> }>): Response {
  const id = 'fake-batch';
  const text =
    responses
      .map(
        (r) =>
          `--batchresponse_${id}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n` +
          `HTTP/1.1 ${r.status} ${r.status < 300 ? 'OK' : 'Error'}\n` +
          `${Object.keys(r.headers ?? {})
            .map((k) => `${k}: ${(r.headers ?? {})[k]}\n`)
            .join('')}CONTENT-TYPE: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\n\n${r.body}\n`
      )
      .join('') + `--batchresponse_${id}--\n`;
  return new Response(text, { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=batchresponse_${id}` } });
}

/** A handler serving the list, including `$batch` requests whose parts target it. */
export function listHandler(list: FakeList, fallback?: Handler): Handler {
  return async (req) => {
    if (/\/_api\/\$batch$/.test(req.path)) {
      const answers: Array<{ status: number; body: string; headers?: Record<string, string> }> = [];
      for (const part of parseBatchBody(req.body)) {
        const u = new URL(part.url);
        const query: Record<string, string> = {};
        u.searchParams.forEach((v, k) => (query[k] = v));
        let json: unknown;
        try {
          json = part.body === '' ? undefined : JSON.parse(part.body);
        } catch {
          json = undefined;
        }
        const res = list.handle({ method: part.method, path: u.pathname, query, headers: { ...part.headers, 'x-http-method': part.method }, json }, SITE.replace(/\/sites\/.*$/, '')) ??
          odataErrorResponse(404, '-1, System.ArgumentException', 'not found');
        const headers: Record<string, string> = {};
        const etag = res.headers.get('ETag');
        if (etag !== null) headers.ETag = etag;
        answers.push({ status: res.status, body: res.status === 204 ? '' : await res.text(), headers });
      }
      return batchResponse(answers);
    }
    const res = list.handle(req, SITE.replace(/\/sites\/.*$/, ''));
    if (res !== null) return res;
    if (fallback !== undefined) return fallback(req);
    return odataErrorResponse(404, '-1, System.ArgumentException', `no route for ${req.method} ${req.path}`);
  };
}
