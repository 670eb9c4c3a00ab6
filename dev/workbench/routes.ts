import * as fs from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import * as path from 'path';
import { PERSONAS, type IPersona } from '../demo/personas';

// The package's exports hide package.json, so find its folder from its main entry (lib-commonjs/index.js).
const fontDir = path.join(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');

/**
 * SharePoint Online's script policy, applied to the workbench page: only scripts from this origin run, so
 * inline script, `on*=` handlers and `javascript:` URLs are blocked, and violations are reported to the
 * emulator (browser tests assert there are none). Fluent injects <style> elements, which SharePoint allows.
 */
export const CONTENT_SECURITY_POLICY: string = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  'report-uri /_workbench/csp-report'
].join('; ');

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>M365 Adoption Suite — local workbench</title>
<link rel="stylesheet" href="/_workbench/workbench.css">
<script type="module" src="/_workbench/fabric-config.js"></script>
<script type="module" src="/_workbench/workbench.js"></script>
</head>
<body>
<div id="workbench"></div>
</body>
</html>
`;

const CSS = `html, body { margin: 0; height: 100%; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; }
#workbench { min-height: 100%; }
`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.css': 'text/css; charset=utf-8'
};

export interface IWorkbenchRoutesOptions {
  /** Where buildWorkbench wrote the bundle. */
  bundleDir: string;
  /** Server-relative URL of the site the workbench page pretends to be on (made absolute per request). */
  sitePath: string;
  personas?: readonly IPersona[];
  defaultUpn?: string;
}

export interface IWorkbenchRoutes {
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** CSP violations the browser reported since the last call. */
  takeCspReports(): unknown[];
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
  res.end(body);
}

/** Serves the workbench page, its bundle, the Fluent icon fonts and its configuration under /_workbench/. */
export function workbenchRoutes(options: IWorkbenchRoutesOptions): IWorkbenchRoutes {
  const personas = options.personas ?? PERSONAS;
  const cspReports: unknown[] = [];
  const safeFile = (dir: string, name: string): string | undefined => {
    const full = path.join(dir, name);
    return full.startsWith(dir + path.sep) && fs.existsSync(full) && fs.statSync(full).isFile() ? full : undefined;
  };
  return {
    takeCspReports: () => cspReports.splice(0, cspReports.length),
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const p = url.pathname;
      if (p === '/' || p === '/_workbench' || p === '/_workbench/') {
        if (p !== '/_workbench/') {
          res.writeHead(302, { Location: `/_workbench/${url.search}` });
          res.end();
          return true;
        }
        send(res, 200, 'text/html; charset=utf-8', PAGE, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
        return true;
      }
      if (p === '/favicon.ico') {
        send(res, 204, 'image/x-icon', '');
        return true;
      }
      if (!p.startsWith('/_workbench/')) return false;
      const rest = decodeURIComponent(p.slice('/_workbench/'.length));
      if (rest === 'csp-report' && req.method === 'POST') {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          try {
            cspReports.push(JSON.parse(body) as unknown);
          } catch {
            cspReports.push(body);
          }
          send(res, 204, 'text/plain', '');
        });
        return true;
      }
      if (rest === 'config.json') {
        const config = { personas, siteUrl: `http://${req.headers.host ?? 'localhost'}${options.sitePath}`, defaultUpn: options.defaultUpn ?? personas[0].upn };
        send(res, 200, 'application/json; charset=utf-8', JSON.stringify(config));
        return true;
      }
      if (rest === 'workbench.css') {
        send(res, 200, TYPES['.css'], CSS);
        return true;
      }
      const file = rest.startsWith('fonts/') ? safeFile(fontDir, rest.slice('fonts/'.length)) : safeFile(options.bundleDir, rest);
      if (!file) {
        send(res, 404, 'text/plain; charset=utf-8', 'Not found');
        return true;
      }
      send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
      return true;
    }
  };
}
