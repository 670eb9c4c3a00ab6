/**
 * `$filter` parser: tokenizer + recursive descent to an AST whose leaves carry typed literals. No
 * text is ever evaluated; a quoted value is one token however many quotes or keywords it contains.
 *
 * Grammar (SharePoint's subset of OData v3):
 *   or      := and ('or' and)*
 *   and     := primary ('and' primary)*
 *   primary := '(' or ')' | func | path op literal
 *   func    := startswith(path, 'text') | substringof('text', path)      [optionally "eq true"]
 *   op      := eq | ne | lt | le | gt | ge
 *   literal := 'text' | number | datetime'…' | true | false | null
 * `not`, arithmetic, other functions and a literal on the left are refused (400).
 */
import { parseIsoDate } from './dates';
import { columnMissing, fieldNotFilterable, invalidExpression, queryNotValid } from './errors';
import { isMultiRef, isRef, wireNameToField } from './fields';
import type { FieldDef, FilterLiteral } from './types';

export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export interface FieldTarget {
  /** Path as written (`OwnerId`, `Owner/EMail`). */
  path: string;
  field: FieldDef;
  /** null: the column's own value (the id for user/lookup); otherwise a property of the user/lookup item. */
  projection: string | null;
}

/**
 * `key` is the literal in the column's comparable form: epoch ms for dates, 0/1 for booleans,
 * lower-cased text, numbers; null for a null literal. For projections it is the literal's own
 * comparable form (lower-cased text, number, boolean as 0/1).
 */
export type FilterAst =
  | { kind: 'and'; left: FilterAst; right: FilterAst }
  | { kind: 'or'; left: FilterAst; right: FilterAst }
  | { kind: 'compare'; op: CompareOp; target: FieldTarget; literal: FilterLiteral; key: number | string | null }
  | { kind: 'startswith'; target: FieldTarget; literal: FilterLiteral; key: string }
  | { kind: 'substringof'; target: FieldTarget; literal: FilterLiteral; key: string };

type Token =
  | { t: 'punct'; v: '(' | ')' | ',' }
  | { t: 'string'; v: string }
  | { t: 'datetime'; v: string }
  | { t: 'number'; v: number }
  | { t: 'word'; v: string };

const COMPARE_OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const ARITHMETIC = new Set(['add', 'sub', 'mul', 'div', 'mod']);
/** OData functions SharePoint list queries do not support: a clear 400 rather than a parse error. */
const UNSUPPORTED_FUNCTIONS = new Set([
  'endswith', 'tolower', 'toupper', 'contains', 'length', 'indexof', 'replace', 'substring', 'trim', 'concat',
  'year', 'month', 'day', 'hour', 'minute', 'second', 'round', 'floor', 'ceiling', 'isof', 'cast', 'any', 'all'
]);
/** Properties of the site user (User Information List item) a filter may project. */
const USER_PROPERTIES = new Set(['Title', 'EMail', 'Name', 'UserName', 'FirstName', 'LastName', 'JobTitle', 'Department', 'Office', 'SipAddress', 'IsSiteAdmin']);

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const bad = (): never => {
    throw invalidExpression(input);
  };
  let i = 0;
  const readQuoted = (): string => {
    // i points at the opening quote; '' inside is one literal quote.
    let out = '';
    i += 1;
    for (;;) {
      if (i >= input.length) bad();
      const c = input[i];
      if (c === "'") {
        if (input[i + 1] === "'") {
          out += "'";
          i += 2;
          continue;
        }
        i += 1;
        return out;
      }
      out += c;
      i += 1;
    }
  };
  while (i < input.length) {
    const c = input[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: 'punct', v: c });
      i += 1;
    } else if (c === "'") {
      tokens.push({ t: 'string', v: readQuoted() });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(input[i + 1] ?? ''))) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(input.slice(i));
      if (m === null) bad();
      const text = (m as RegExpExecArray)[0];
      i += text.length;
      if (/[A-Za-z_]/.test(input[i] ?? '')) bad();
      tokens.push({ t: 'number', v: Number(text) });
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(input.slice(i));
      const word = (m as RegExpExecArray)[0];
      i += word.length;
      if (word === 'datetime' && input[i] === "'") tokens.push({ t: 'datetime', v: readQuoted() });
      else if (input[i] === "'") bad();
      else tokens.push({ t: 'word', v: word });
    } else {
      bad();
    }
  }
  return tokens;
}

type ValueClass = 'number' | 'datetime' | 'boolean' | 'text' | 'any';

function valueClassOf(target: FieldTarget): ValueClass {
  if (target.projection !== null) return 'any';
  switch (target.field.TypeAsString) {
    case 'Counter':
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'ModStat':
    case 'User':
    case 'Lookup':
      return 'number';
    case 'DateTime':
      return 'datetime';
    case 'Boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

/** Deeper parenthesis nesting is refused rather than risking the parser's stack. */
const MAX_NESTING = 100;

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly input: string,
    private readonly tokens: Token[],
    private readonly fields: readonly FieldDef[]
  ) {}

  private bad(): never {
    throw invalidExpression(this.input);
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const t = this.tokens[this.pos];
    if (t === undefined) this.bad();
    this.pos += 1;
    return t as Token;
  }

  private isWord(v: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'word' && t.v === v;
  }

  private expectPunct(v: '(' | ')' | ','): void {
    const t = this.next();
    if (t.t !== 'punct' || t.v !== v) this.bad();
  }

  parse(): FilterAst {
    if (this.tokens.length === 0) this.bad();
    const ast = this.parseOr();
    if (this.pos !== this.tokens.length) {
      const t = this.peek();
      if (t !== undefined && t.t === 'word' && ARITHMETIC.has(t.v)) throw queryNotValid();
      this.bad();
    }
    return ast;
  }

  private parseOr(): FilterAst {
    let left = this.parseAnd();
    while (this.isWord('or')) {
      this.pos += 1;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterAst {
    let left = this.parsePrimary();
    while (this.isWord('and')) {
      this.pos += 1;
      left = { kind: 'and', left, right: this.parsePrimary() };
    }
    return left;
  }

  private parsePrimary(): FilterAst {
    const t = this.next();
    if (t.t === 'punct' && t.v === '(') {
      this.depth += 1;
      if (this.depth > MAX_NESTING) throw queryNotValid();
      const inner = this.parseOr();
      this.expectPunct(')');
      this.depth -= 1;
      return inner;
    }
    if (t.t !== 'word') this.bad();
    const word = (t as { v: string }).v;
    if (word === 'not') throw queryNotValid();
    const following = this.peek();
    if (following !== undefined && following.t === 'punct' && following.v === '(') {
      return this.parseFunction(word);
    }
    return this.parseComparison(word);
  }

  private parseFunction(name: string): FilterAst {
    if (UNSUPPORTED_FUNCTIONS.has(name.toLowerCase())) throw queryNotValid();
    if (name !== 'startswith' && name !== 'substringof') this.bad();
    this.expectPunct('(');
    let path: string;
    let text: string;
    const a = this.next();
    this.expectPunct(',');
    const b = this.next();
    this.expectPunct(')');
    if (name === 'startswith') {
      if (a.t !== 'word' || b.t !== 'string') this.bad();
      path = (a as { v: string }).v;
      text = (b as { v: string }).v;
    } else {
      if (a.t !== 'string' || b.t !== 'word') this.bad();
      text = (a as { v: string }).v;
      path = (b as { v: string }).v;
    }
    // OData v3 also allows "startswith(…) eq true".
    if (this.isWord('eq')) {
      this.pos += 1;
      const v = this.next();
      if (v.t !== 'word' || v.v !== 'true') throw queryNotValid();
    }
    const target = this.resolve(path);
    const cls = valueClassOf(target);
    if ((cls !== 'text' && cls !== 'any') || target.field.TypeAsString === 'MultiChoice') this.bad();
    const literal: FilterLiteral = { field: path, op: name, type: 'string', value: text };
    return name === 'startswith' ? { kind: 'startswith', target, literal, key: text.toLowerCase() } : { kind: 'substringof', target, literal, key: text.toLowerCase() };
  }

  private parseComparison(path: string): FilterAst {
    const opToken = this.next();
    if (opToken.t !== 'word') this.bad();
    const op = (opToken as { v: string }).v;
    if (ARITHMETIC.has(op)) throw queryNotValid();
    if (!COMPARE_OPS.has(op)) this.bad();
    const target = this.resolve(path);
    const lit = this.next();
    const after = this.peek();
    if (after !== undefined && after.t === 'word' && ARITHMETIC.has(after.v)) throw queryNotValid();
    return this.typedComparison(op as CompareOp, target, lit);
  }

  private typedComparison(op: CompareOp, target: FieldTarget, lit: Token): FilterAst {
    const cls = valueClassOf(target);
    const field = target.path;
    // A multi-choice column matches when any of its values equals the literal; ordering makes no sense.
    if (target.projection === null && target.field.TypeAsString === 'MultiChoice' && op !== 'eq' && op !== 'ne') this.bad();
    const make = (literal: FilterLiteral, key: number | string | null): FilterAst => ({ kind: 'compare', op, target, literal, key });
    if (lit.t === 'word' && lit.v === 'null') {
      if (op !== 'eq' && op !== 'ne') this.bad();
      return make({ field, op, type: 'null', value: null }, null);
    }
    if (lit.t === 'word' && (lit.v === 'true' || lit.v === 'false')) {
      if (cls !== 'boolean' && cls !== 'any') this.bad();
      return make({ field, op, type: 'boolean', value: lit.v === 'true' }, lit.v === 'true' ? 1 : 0);
    }
    if (lit.t === 'number') {
      if (cls === 'boolean') {
        if (lit.v !== 0 && lit.v !== 1) this.bad();
      } else if (cls !== 'number' && cls !== 'any') {
        this.bad();
      }
      return make({ field, op, type: 'number', value: lit.v }, lit.v);
    }
    if (lit.t === 'datetime' || (lit.t === 'string' && cls === 'datetime')) {
      if (cls !== 'datetime' && cls !== 'any') this.bad();
      const ms = parseIsoDate(lit.v, true);
      if (ms === null) this.bad();
      return make({ field, op, type: 'datetime', value: lit.v }, ms);
    }
    if (lit.t === 'string') {
      if (cls !== 'text' && cls !== 'any') this.bad();
      return make({ field, op, type: 'string', value: lit.v }, lit.v.toLowerCase());
    }
    return this.bad();
  }

  /** Column path → field; unknown names get SharePoint's "Column … does not exist" 400. */
  private resolve(path: string): FieldTarget {
    const parts = path.split('/');
    if (parts.length > 2) this.bad();
    if (parts.length === 2) {
      const [head, tail] = parts;
      const match = wireNameToField(this.fields, head);
      if (match === undefined || match.idForm) throw columnMissing(head);
      const field = match.field;
      if (!isRef(field.TypeAsString)) this.bad();
      if (isMultiRef(field.TypeAsString)) throw fieldNotFilterable(field.InternalName, field.TypeAsString);
      // `Owner/Id` is the stored id itself, exactly like `OwnerId`.
      if (tail === 'Id' || tail === 'ID') return { path, field, projection: null };
      if (field.TypeAsString === 'User' && !USER_PROPERTIES.has(tail)) this.bad();
      return { path, field, projection: tail };
    }
    const match = wireNameToField(this.fields, path);
    if (match === undefined) throw columnMissing(path);
    const field = match.field;
    const type = field.TypeAsString;
    if (isMultiRef(type) || type === 'Note' || type === 'URL' || type === 'Computed' || field.InternalName === '_UIVersionString' || type === 'Guid') {
      throw fieldNotFilterable(field.InternalName, type);
    }
    // A bare user/lookup name compares the display value in SharePoint; the engine only supports ids.
    if (isRef(type) && !match.idForm) this.bad();
    return { path, field, projection: null };
  }
}

/** Parses a raw `$filter`. Throws ODataError(400) for anything SharePoint would refuse. */
export function parseFilter(filter: string, fields: FieldDef[]): FilterAst {
  return new Parser(filter, tokenize(filter), fields).parse();
}

/** Every literal of a parsed filter, left to right. */
export function filterLiterals(ast: FilterAst): FilterLiteral[] {
  // Iterative so a long `and` chain (a left-deep tree) costs linear time and no deep recursion.
  const out: FilterLiteral[] = [];
  const stack: FilterAst[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as FilterAst;
    if (node.kind === 'and' || node.kind === 'or') stack.push(node.right, node.left);
    else out.push(node.literal);
  }
  return out;
}
