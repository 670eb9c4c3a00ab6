import { chromium, type Browser } from 'playwright-core';
import * as fs from 'fs';

/**
 * The browser the tests drive: Debian's chromium by default, or whatever CHROMIUM_PATH points at (a local
 * Chrome on a developer's machine). Playwright's own browser download cannot work offline, so none is used.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) {
    if (c && fs.existsSync(c)) return c;
  }
  throw new Error('No Chromium found: install Debian\u2019s chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary.');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Without the background-networking flags Chromium tries to reach Google's services and, on a closed
    // network, fails noisily and slowly.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
  });
}
