/**
 * The allow-list sanitiser for the catalogue's one rich-text field (an entry's how-to, an FAQ's answer).
 *
 * Decisions:
 * - Hand-written on the browser's own HTML parser rather than a library: no sanitiser is among the
 *   project's dependencies, and the allow-list is small enough that REBUILDING is simpler to reason about
 *   than filtering in place. The input is parsed with `DOMParser` into an inert document (no script runs,
 *   nothing loads); a new tree is then built, in another inert document, from allowed elements and
 *   attributes only, copying text as text. Nothing of the parsed tree (no attribute, no node) is ever
 *   moved into the output, so whatever the parser made of hostile input cannot survive.
 * - No raw-text element (script, style, textarea, title, xmp, noscript…) and no foreign content (svg,
 *   math) is allowed, so every text node serialises escaped and a second parse of the output yields the
 *   same tree (the mutation-XSS family needs one of those). The tests check `sanitise(sanitise(x)) ===
 *   sanitise(x)` over the hostile corpus.
 * - Dangerous containers (script, style, iframe, object, embed, svg, math, template, form controls…) are
 *   dropped with their content; any other unknown element (div, span, font, form, h1…) is unwrapped: its
 *   children are kept, itself is not. Images are dropped (they would load from anywhere, and a how-to
 *   works without them).
 * - Attributes: none but `href` on links (http, https, mailto, or a relative/anchor link: no other scheme,
 *   no whitespace or control characters anywhere in it, checked after the parser decoded entities),
 *   `colspan`/`rowspan` on table cells and `start` on ordered lists (small whole numbers). No `class`,
 *   `style`, `id` or `name` (no styling from contributors, no DOM clobbering). Web links get
 *   `target="_blank"` and `rel="noopener noreferrer"`.
 * - Nesting deeper than 40 elements is flattened to text, so no input can exhaust the stack.
 * It needs a DOM (the browser, or jsdom in tests); the search index uses `htmlToText`, which does not.
 */

/** Elements kept as they are. */
const ALLOWED = new Set([
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'pre', 'kbd', 'blockquote',
  'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'hr', 'a',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption'
]);

/** Elements dropped together with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'textarea', 'title',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'base', 'link', 'meta', 'head',
  'svg', 'math', 'img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'map', 'area',
  'input', 'select', 'option', 'optgroup', 'button', 'datalist', 'output', 'progress', 'meter', 'portal', 'slot'
]);

const MAX_DEPTH = 40;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The link target if it is safe, else null. The parser has already decoded entities (`&#106;avascript:`
 * arrives as `javascript:`). Anything holding whitespace or a control character is refused outright,
 * because browsers strip those before reading a scheme (`java\tscript:`).
 */
export function safeHref(raw: string): string | null {
  const value = raw.trim();
  // eslint-disable-next-line no-control-regex -- RATIONALE: control characters are exactly what must be refused in a link
  if (value === '' || /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/.test(value)) return null;
  if (value.indexOf('\\') >= 0) return null;
  const scheme = /^([^/?#]*):/.exec(value);
  if (scheme !== null) return SAFE_SCHEMES.has(scheme[1].toLowerCase()) ? value : null;
  // Protocol-relative (`//host`) would leave the site without saying so.
  if (value.indexOf('//') === 0) return null;
  return value;
}

function smallNumber(raw: string | null, max: number): string | null {
  if (raw === null || !/^\s*\d{1,3}\s*$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= max ? String(n) : null;
}

interface IDomParserLike {
  parseFromString(text: string, type: 'text/html'): Document;
}

export interface ISanitiseOptions {
  /** A DOMParser (defaults to the global one: the browser's, or jsdom's in tests). */
  parser?: IDomParserLike;
}

function parserFrom(options: ISanitiseOptions): IDomParserLike {
  if (options.parser !== undefined) return options.parser;
  const Ctor = (globalThis as { DOMParser?: new () => IDomParserLike }).DOMParser;
  if (Ctor === undefined) throw new Error('sanitiseHowTo needs a DOM (DOMParser): run it in the browser or under jsdom');
  return new Ctor();
}

function copyChildren(from: Node, to: Node, out: Document, depth: number): void {
  for (let child = from.firstChild; child !== null; child = child.nextSibling) copyNode(child, to, out, depth);
}

function copyNode(node: Node, parent: Node, out: Document, depth: number): void {
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    if (text !== '') parent.appendChild(out.createTextNode(text));
    return;
  }
  // Comments, CDATA, processing instructions, doctypes: dropped.
  if (node.nodeType !== 1) return;
  const el = node as Element;
  // `localName` of an HTML element is lower case; foreign (svg/math) elements are dropped by name.
  const name = el.localName.toLowerCase();
  if (DROPPED.has(name) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
  if (depth >= MAX_DEPTH) {
    const text = el.textContent ?? '';
    if (text !== '') parent.appendChild(out.createTextNode(text));
    return;
  }
  if (!ALLOWED.has(name)) {
    copyChildren(el, parent, out, depth + 1);
    return;
  }
  const copy = out.createElement(name);
  if (name === 'a') {
    const href = safeHref(el.getAttribute('href') ?? '');
    if (href !== null) {
      copy.setAttribute('href', href);
      if (/^https?:/i.test(href)) {
        copy.setAttribute('target', '_blank');
        copy.setAttribute('rel', 'noopener noreferrer');
      }
    }
  } else if (name === 'td' || name === 'th') {
    const colspan = smallNumber(el.getAttribute('colspan'), 20);
    const rowspan = smallNumber(el.getAttribute('rowspan'), 50);
    if (colspan !== null) copy.setAttribute('colspan', colspan);
    if (rowspan !== null) copy.setAttribute('rowspan', rowspan);
  } else if (name === 'ol') {
    const start = smallNumber(el.getAttribute('start'), 999);
    if (start !== null) copy.setAttribute('start', start);
  }
  if (name !== 'br' && name !== 'hr') copyChildren(el, copy, out, depth + 1);
  parent.appendChild(copy);
}

/**
 * Sanitised HTML of a how-to: safe to set as `innerHTML` (or `dangerouslySetInnerHTML`) in any host.
 * Run it on every display, not only on save: anyone who may contribute can write the column through REST.
 */
export function sanitiseHowTo(html: string, options: ISanitiseOptions = {}): string {
  if (html.trim() === '') return '';
  const parser = parserFrom(options);
  const source = parser.parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
  const out = parser.parseFromString('<!DOCTYPE html><html><head></head><body></body></html>', 'text/html');
  const root = out.createElement('div');
  if (source.body !== null) copyChildren(source.body, root, out, 0);
  return root.innerHTML;
}

/** HTML for plain text (a champion's answer promoted to an FAQ): escaped, paragraphs at blank lines, line breaks kept. */
export function textToHtml(text: string): string {
  const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.split('\n').map(escape).join('<br>')}</p>`)
    .join('');
}
