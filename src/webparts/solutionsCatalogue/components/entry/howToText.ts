/**
 * The how-to editor's plain-text form. Contributors write steps as text, not HTML: blank lines separate
 * paragraphs, lines starting "1." (or "1)") make a numbered list, lines starting "-", "*" or "•" a
 * bulleted one, and web addresses become links. The stored HTML is built here (every character escaped)
 * and sanitised again on save and on every display.
 *
 * Decision: the editor shows stored HTML as this text (`howToToText`), and the form writes the how-to back
 * ONLY when the text was changed, so formatting the text cannot express (bold, tables) survives an edit of
 * other fields.
 */
import { safeHref, sanitiseHowTo } from '../../../../domain/catalogue/sanitise';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

/** Escaped text with web addresses as links (trailing punctuation stays text). */
function inline(text: string): string {
  let out = '';
  let last = 0;
  URL_IN_TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_IN_TEXT.exec(text)) !== null) {
    const url = m[0].replace(/[.,;:!?)\]]+$/, '');
    const start = m.index;
    const end = start + url.length;
    out += escapeHtml(text.slice(last, start));
    out += safeHref(url) !== null ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
    last = end;
    URL_IN_TEXT.lastIndex = end;
  }
  return out + escapeHtml(text.slice(last));
}

const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;
const BULLETED = /^\s*[-*\u2022]\s+(.*)$/;

type Run = { kind: 'text'; lines: string[] } | { kind: 'ol'; start: number; items: string[][] } | { kind: 'ul'; items: string[][] };

/** HTML of the editor's text: paragraphs, numbered and bulleted lists, links. '' for blank text. */
export function howToFromText(text: string): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/^\n+|\n+$/g, ''))
    .filter((b) => b.trim() !== '');
  const html: string[] = [];
  for (const block of blocks) {
    const runs: Run[] = [];
    for (const line of block.split('\n')) {
      const numbered = NUMBERED.exec(line);
      const bulleted = numbered === null ? BULLETED.exec(line) : null;
      const last = runs[runs.length - 1];
      if (numbered !== null) {
        if (last !== undefined && last.kind === 'ol') last.items.push([numbered[2]]);
        else runs.push({ kind: 'ol', start: Number(numbered[1]), items: [[numbered[2]]] });
      } else if (bulleted !== null) {
        if (last !== undefined && last.kind === 'ul') last.items.push([bulleted[1]]);
        else runs.push({ kind: 'ul', items: [[bulleted[1]]] });
      } else if (last !== undefined && last.kind !== 'text' && /^\s/.test(line) && line.trim() !== '') {
        // An indented line continues the list item above it.
        last.items[last.items.length - 1].push(line.trim());
      } else if (line.trim() !== '') {
        if (last !== undefined && last.kind === 'text') last.lines.push(line.trim());
        else runs.push({ kind: 'text', lines: [line.trim()] });
      }
    }
    for (const run of runs) {
      if (run.kind === 'text') html.push(`<p>${run.lines.map(inline).join('<br>')}</p>`);
      else {
        const items = run.items.map((lines) => `<li>${lines.map((l) => inline(l.trim())).join('<br>')}</li>`).join('');
        html.push(run.kind === 'ol' ? `<ol${run.start !== 1 ? ` start="${run.start}"` : ''}>${items}</ol>` : `<ul>${items}</ul>`);
      }
    }
  }
  return html.join('');
}

/** Text of one inline node: line breaks kept, links as "text (address)". */
function pieceText(child: Node): string {
  if (child.nodeType === 3) return (child.textContent ?? '').replace(/\s+/g, ' ');
  if (child.nodeType !== 1) return '';
  const el = child as Element;
  const name = el.tagName.toLowerCase();
  if (name === 'br') return '\n';
  if (name === 'a') {
    const text = inlineText(el).trim();
    const href = el.getAttribute('href') ?? '';
    return href !== '' && href !== text ? (text !== '' ? `${text} (${href})` : href) : text;
  }
  if (name === 'ul' || name === 'ol') return `\n${listText(el)}`;
  return inlineText(el);
}

/** Text of an element's inline content. */
function inlineText(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    out += pieceText(child);
  });
  return out;
}

function listText(list: Element): string {
  const ordered = list.tagName.toLowerCase() === 'ol';
  let n = ordered ? Number(list.getAttribute('start') ?? '1') || 1 : 0;
  const lines: string[] = [];
  list.childNodes.forEach((child) => {
    if (child.nodeType !== 1 || (child as Element).tagName.toLowerCase() !== 'li') return;
    const [first, ...rest] = inlineText(child)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    lines.push(`${ordered ? `${n++}.` : '-'} ${first ?? ''}`, ...rest.map((l) => `   ${l}`));
  });
  return lines.join('\n');
}

/** The editor's text for stored how-to HTML (sanitised first: stored HTML is untrusted). Needs a DOM. */
export function howToToText(html: string): string {
  const safe = sanitiseHowTo(html);
  if (safe === '') return '';
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${safe}</body></html>`, 'text/html');
  const blocks: string[] = [];
  let loose = '';
  const flush = (): void => {
    if (loose.trim() !== '') blocks.push(loose.trim());
    loose = '';
  };
  doc.body.childNodes.forEach((child) => {
    if (child.nodeType === 3) {
      loose += child.textContent ?? '';
      return;
    }
    if (child.nodeType !== 1) return;
    const el = child as Element;
    const name = el.tagName.toLowerCase();
    if (['strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'kbd', 'a', 'br'].indexOf(name) >= 0) {
      loose += pieceText(el);
      return;
    }
    flush();
    if (name === 'ul' || name === 'ol') blocks.push(listText(el));
    else if (name === 'table') {
      const rows: string[] = [];
      el.querySelectorAll('tr').forEach((tr) => rows.push(Array.from(tr.children).map((c) => inlineText(c).trim()).join(' | ')));
      blocks.push(rows.join('\n'));
    } else if (name !== 'hr') {
      const text = inlineText(el)
        .split('\n')
        .map((l) => l.trim())
        .join('\n')
        .trim();
      if (text !== '') blocks.push(text);
    }
  });
  flush();
  return blocks.join('\n\n');
}
