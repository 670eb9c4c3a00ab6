import * as fs from 'fs';
import type { Locator, Page } from 'playwright-core';

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface IAxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core on the current view; returns the serious and critical violations (the bar every part must clear).
 * axe is evaluated through the DevTools protocol, which the page's CSP does not govern, so the page's own
 * policy stays exactly as users get it.
 */
export async function seriousAccessibilityViolations(page: Page, selector?: string): Promise<IAxeViolation[]> {
  // Judge the page at rest: mid-way through a panel's fade-in, text is lighter than it will be, and axe
  // would report a contrast the person never sees (on a loaded machine the fade takes longer).
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || (a.effect?.getTiming().iterations ?? 1) === Infinity), undefined, { timeout: 3000 })
    .catch(() => undefined);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (include: string | null) => {
    interface AxeResult {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(include ? { include: [include] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, selector ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export interface ICspWatcher {
  violations(): Promise<string[]>;
}

/**
 * Records Content Security Policy violations (blocked inline script, handlers, javascript: URLs) in the
 * page, from the moment it is installed, across navigations.
 */
export async function watchCsp(page: Page): Promise<ICspWatcher> {
  const seen: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => {
    seen.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) seen.push(m.text());
  });
  return { violations: async () => seen.slice() };
}

/** True when something set the global the hostile corpus's payloads try to set. */
export async function payloadExecuted(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned !== undefined);
}

/** What a keyboard user has focused: its accessible name (aria-label or text), role, tag and label. */
export interface IFocused {
  name: string;
  role: string | null;
  tag: string;
  /** The label a screen reader announces for a form field: aria-labelledby, a <label>, or aria-label. */
  label: string;
}

async function focusedElement(page: Page): Promise<IFocused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const name = (el.getAttribute('aria-label') || el.textContent || '').trim();
    const byIds = (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id)?.textContent ?? '' : ''))
      .join(' ')
      .trim();
    const labels = (el as HTMLInputElement).labels;
    const label = byIds || (labels && labels.length > 0 ? labels[0].textContent ?? '' : '') || el.getAttribute('aria-label') || '';
    return { name, role: el.getAttribute('role'), tag: el.tagName.toLowerCase(), label: label.trim() };
  });
}

function describeFocus(focused: IFocused | null): string {
  return focused ? `${focused.tag}${focused.role ? `[${focused.role}]` : ''} "${(focused.label || focused.name).slice(0, 40)}"` : '(nothing)';
}

/**
 * Presses Tab until `isTarget` holds for the focused element (at most `maxTabs` presses) and proves the
 * focus is visible the way a sighted keyboard user would: the element and the few pixels around it look
 * different focused than unfocused (screenshots with the caret hidden and animations off). A class on the
 * page or an outline property proves nothing if a style rule hides it.
 */
export async function tabTo(page: Page, isTarget: (el: IFocused) => boolean, maxTabs: number = 40): Promise<void> {
  await pressUntilFocused(page, 'Tab', isTarget, maxTabs);
}

/** Presses `key` (Tab, an arrow…) until `isTarget` holds for the focused element, whose focus must be visible. */
export async function pressUntilFocused(page: Page, key: string, isTarget: (el: IFocused) => boolean, maxPresses: number = 40): Promise<void> {
  const visited: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press(key);
    const focused = await focusedElement(page);
    if (focused && isTarget(focused)) {
      if (!(await focusIsVisible(page))) throw new Error(`Focus on ${describeFocus(focused)} is not visible`);
      return;
    }
    visited.push(describeFocus(focused));
  }
  throw new Error(`No matching element reached within ${maxPresses} presses of ${key}; focus went to: ${visited.join(', ')}`);
}

/**
 * Whether the focused element looks different focused than with focus taken away (then given back). A
 * visually hidden native input (Fluent's checkboxes and radios draw their own box on the label) is judged
 * by its label, which is what a sighted keyboard user sees.
 */
async function focusIsVisible(page: Page): Promise<boolean> {
  const element = await page.evaluateHandle(() => document.activeElement as HTMLElement);
  try {
    const box = await element.evaluate((el) => {
      const own = el.getBoundingClientRect();
      const hidden = getComputedStyle(el).opacity === '0' || own.width < 4 || own.height < 4;
      const shown = hidden ? ((el as HTMLInputElement).labels?.[0] ?? el.parentElement) : el;
      const r = (shown ?? el).getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    });
    if (!box) return false;
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    const x = Math.max(0, Math.floor(box.x) - 4);
    const y = Math.max(0, Math.floor(box.y) - 4);
    const clip = { x, y, width: Math.max(1, Math.min(viewport.width - x, Math.ceil(box.width) + 8)), height: Math.max(1, Math.min(viewport.height - y, Math.ceil(box.height) + 8)) };
    const shot = (): Promise<Buffer> => page.screenshot({ clip, caret: 'hide', animations: 'disabled' });
    const focused = await shot();
    await element.evaluate((el) => el.blur());
    const unfocused = await shot();
    await element.evaluate((el) => el.focus());
    return !focused.equals(unfocused);
  } finally {
    await element.dispose();
  }
}

/**
 * A dialog or panel keeps the keyboard inside it: `presses` Tabs forwards, then as many backwards, never
 * leave `container` (a modal's focus trap, WCAG 2.4.3). Returns where focus went outside, if it did.
 */
export async function focusEscapes(page: Page, container: Locator, presses: number = 12): Promise<string | undefined> {
  const handle = await container.elementHandle();
  if (handle === null) return 'the container is not on the page';
  try {
    // An opening dialog moves focus into itself (Fluent does so a frame after it renders).
    const inside = (): Promise<boolean> => handle.evaluate((el) => el.contains(document.activeElement));
    if (!(await eventually(inside, true, 2000))) return `focus never moved into it: ${describeFocus(await focusedElement(page))}`;
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < presses; i++) {
        await page.keyboard.press(key);
        const inside = await handle.evaluate((el) => el.contains(document.activeElement));
        if (!inside) return `${key} ${i + 1}: ${describeFocus(await focusedElement(page))}`;
      }
    }
    return undefined;
  } finally {
    await handle.dispose();
  }
}

/** Whether the keyboard focus is on `target` (e.g. the button that opened a dialog, once it is closed). */
export async function focusIsOn(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * The page scrolls sideways (content wider than the viewport): unusable at 320 px. Checked once layout
 * has settled: Fluent's Pivot lays its tabs out at full width for a frame before it measures and moves
 * the ones that do not fit into its overflow menu, so a lasting overflow is what counts (up to 2 s).
 */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  const overflowing = (): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  for (let i = 0; i < 10 && (await overflowing()); i++) await page.waitForTimeout(200);
  return overflowing();
}

/** Reads until the value equals `expected` (the UI catching up after a save), then returns it; the last value after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs: number = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}
