/**
 * Text folding and tokenising for the catalogue's in-memory search, and highlighting the words that
 * matched. One scanner serves the index, the query and the highlighter, so a word is folded exactly the
 * same way wherever it is met (otherwise "Résumé" could be found but not highlighted).
 *
 * Decisions:
 * - Folding is per character: canonical decomposition with the combining marks dropped (é → e), lower
 *   case, a few letters that do not decompose spelled out (ß → ss, æ → ae, ø → o, œ → oe, ł → l, đ → d),
 *   apostrophes dropped inside words (O'Brien → obrien, don’t → dont).
 * - A word is a run of letters and digits: ASCII letters and digits, and any character from U+00C0 up
 *   that is not punctuation, a symbol, a space, a joiner or half of an emoji (so Arabic, Polish or Welsh
 *   words stay words; emoji and dashes separate).
 * - British and American "-ise/-ize" spellings meet: in words of six letters or more an "iz" before a
 *   common ending (or at the end of a typed prefix) folds to "is", so "summarize" finds "summarise".
 */

// eslint-disable-next-line no-misleading-character-class -- RATIONALE: a class of lone combining marks, to strip them after decomposition
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i'
};

const foldCache = new Map<string, string>();

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** True for a character that is part of a word (before folding). */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  // Combining marks belong to the letter before them.
  if (code >= 0x300 && code <= 0x36f) return true;
  // General punctuation, super/subscripts, currency, letter-like symbols, arrows, maths, technical, box
  // drawing, shapes, dingbats, supplemental punctuation; CJK punctuation; surrogates (emoji); variation
  // selectors, the byte-order mark and other specials.
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x2e00 && code <= 0x2e7f) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0xfe00 && code <= 0xfe0f) return false;
  if (code >= 0xfff0 || code === 0xfeff) return false;
  return true;
}

/** The folded form of one character ('' for a combining mark or an apostrophe). */
function foldChar(ch: string, code: number): string {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : isApostrophe(code) ? '' : ch;
  if (isApostrophe(code)) return '';
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    const special = SPECIAL[ch];
    folded = special !== undefined ? special : ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    foldCache.set(ch, folded);
  }
  return folded;
}

const IZE = /iz(e|es|ed|er|ers|ing|ation|ations)?$/;

/** The spelling fold applied to a whole folded word (same length, so offsets survive). */
function foldWord(word: string): string {
  if (word.length < 6) return word;
  const m = IZE.exec(word);
  return m === null ? word : `${word.slice(0, m.index)}is${word.slice(m.index + 2)}`;
}

/** A word found by the scanner: its folded form and where it starts and ends in the original text. */
export interface IScannedWord {
  folded: string;
  start: number;
  end: number;
  /**
   * For each character of `folded`, the index just past the original character it came from (so a match
   * of the first n folded characters ends at `ends[n - 1]` in the original text). Only when asked for.
   */
  ends: number[] | null;
}

/**
 * Calls `onWord` for every word of `text`, in order. `withOffsets` fills `ends` (the highlighter needs it;
 * the index does not, and skips the cost).
 */
export function scanWords(text: string, onWord: (word: IScannedWord) => void, withOffsets: boolean = false): void {
  let folded = '';
  let start = -1;
  let ends: number[] | null = withOffsets ? [] : null;
  const flush = (end: number): void => {
    if (start >= 0 && folded !== '') onWord({ folded: foldWord(folded), start, end, ends });
    folded = '';
    start = -1;
    ends = withOffsets ? [] : null;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // An apostrophe inside a word joins it; anywhere else it separates.
    if (isApostrophe(code) && start >= 0 && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) continue;
    if (!isWordCode(code)) {
      flush(i);
      continue;
    }
    const piece = foldChar(text.charAt(i), code);
    if (start < 0) {
      if (piece === '') continue;
      start = i;
    }
    folded += piece;
    if (ends !== null) for (let k = 0; k < piece.length; k++) ends.push(i + 1);
    // A mark's fold is '': the previous character's end moves past it.
    if (ends !== null && piece === '' && ends.length > 0) ends[ends.length - 1] = i + 1;
  }
  flush(text.length);
}

/** The folded words of a text, in order (duplicates kept). */
export function tokenise(text: string): string[] {
  const words: string[] = [];
  scanWords(text, (w) => words.push(w.folded));
  return words;
}

/**
 * Words a query can do without: with every query word required, "how do I summarise a case file" would
 * otherwise find nothing that does not say "how", "do" and "I". Kept when the query is nothing else.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'can', 'do', 'does', 'for', 'from', 'how', 'i', 'in', 'is', 'me', 'my',
  'of', 'on', 'or', 'the', 'to', 'what', 'when', 'with', 'use', 'using'
]);

/** The folded, distinct words of a query, stop words dropped unless the query has nothing else. */
export function queryTerms(query: string): string[] {
  const words = tokenise(query);
  const content = words.filter((w) => !STOP_WORDS.has(w));
  const kept = content.length > 0 ? content : words;
  return kept.filter((w, i) => kept.indexOf(w) === i);
}

export interface ITextRange {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * Where the terms match in `text`: each word that starts with a term is marked from its start to the end
 * of the matched prefix (the longest term that matches wins), as ranges of the ORIGINAL text, sorted and
 * merged. Use the terms `searchCatalogue` returns, so the highlighter and the search agree.
 */
export function highlightRanges(text: string, terms: readonly string[]): ITextRange[] {
  if (terms.length === 0 || text === '') return [];
  const ranges: ITextRange[] = [];
  scanWords(
    text,
    (w) => {
      let best = 0;
      for (const term of terms) if (term.length > best && w.folded.indexOf(term) === 0) best = term.length;
      if (best > 0 && w.ends !== null) ranges.push({ start: w.start, end: w.ends[best - 1] });
    },
    true
  );
  const merged: ITextRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', pound: '£' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * The words of an HTML fragment as plain text, for the search index only (never for display: it is not a
 * sanitiser). Works without a DOM, so the index can be built anywhere (the benchmark runs in Node).
 * Script and style content is dropped; every tag becomes a space, so `<li>a</li><li>b</li>` stays two words.
 */
export function htmlToText(html: string): string {
  const withoutBlocks = html.replace(/<(script|style|template|textarea|title)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const withoutComments = withoutBlocks.replace(/<!--[\s\S]*?-->/g, ' ');
  const withoutTags = withoutComments.replace(/<\/?[a-z!?][^>]*>/gi, ' ');
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}
