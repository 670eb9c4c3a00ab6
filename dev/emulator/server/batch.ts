import { badRequest } from './errors';
import { statusText, type EmuResponse } from './http-types';

/**
 * `$batch` multipart parsing and answering, as PnPjs v4 writes and reads it (sp/batching.js):
 * LF line endings, GETs as top-level parts, writes inside changesets with their real verb, and an
 * answer of exactly one flat `--batchresponse_` part per request, in order, ending with the closing
 * boundary and a newline (PnPjs's parser throws "Unexpected end of input" without it).
 */

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : undefined;
}

/** Splits a multipart body into the raw text of each part (without the boundary lines). */
function splitMultipart(body: string, boundary: string): string[] {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      current = undefined;
      break;
    }
    if (t === `--${boundary}`) {
      if (current) parts.push(current.join('\n'));
      current = [];
      continue;
    }
    if (current) current.push(line);
  }
  if (current) throw badRequest('The $batch body is missing its closing boundary.');
  return parts;
}

function parseHeaderBlock(lines: string[], start: number): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') return { headers, next: i + 1 };
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, next: i };
}

function parseHttpPart(text: string): BatchPart {
  const lines = text.split('\n');
  const outer = parseHeaderBlock(lines, 0);
  let i = outer.next;
  while (i < lines.length && lines[i].trim() === '') i++;
  const requestLine = /^([A-Za-z]+)\s+(\S+)\s+HTTP\/\d\.\d$/.exec((lines[i] ?? '').trim());
  if (!requestLine) throw badRequest(`Invalid request line in $batch part: '${lines[i] ?? ''}'.`);
  const inner = parseHeaderBlock(lines, i + 1);
  const body = lines.slice(inner.next).join('\n').replace(/\n+$/, '');
  return { method: requestLine[1].toUpperCase(), url: requestLine[2], headers: inner.headers, body };
}

export function parseBatch(contentType: string | undefined, body: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary || !/^multipart\/mixed/i.test(contentType ?? '')) throw badRequest('A $batch request must be multipart/mixed with a boundary.');
  const out: BatchPart[] = [];
  for (const part of splitMultipart(body, boundary)) {
    const lines = part.split('\n');
    const { headers } = parseHeaderBlock(lines, 0);
    const ct = headers['content-type'] ?? '';
    if (/^multipart\/mixed/i.test(ct)) {
      const cs = boundaryOf(ct);
      if (!cs) throw badRequest('A changeset must declare its boundary.');
      const rest = lines.slice(parseHeaderBlock(lines, 0).next).join('\n');
      for (const inner of splitMultipart(rest, cs)) out.push(parseHttpPart(inner));
    } else {
      out.push(parseHttpPart(part));
    }
  }
  return out;
}

export function formatBatchResponse(responseBoundary: string, responses: EmuResponse[]): string {
  const chunks: string[] = [];
  for (const r of responses) {
    chunks.push(`--${responseBoundary}\n`);
    chunks.push('Content-Type: application/http\nContent-Transfer-Encoding: binary\n\n');
    chunks.push(`HTTP/1.1 ${r.status} ${statusText(r.status)}\n`);
    for (const [k, v] of Object.entries(r.headers)) chunks.push(`${k.toUpperCase()}: ${v}\n`);
    chunks.push('\n');
    if (r.status !== 204 && r.body !== '') chunks.push(`${r.body}\n`);
  }
  chunks.push(`--${responseBoundary}--\n`);
  return chunks.join('');
}
