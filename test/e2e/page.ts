// The page API of the end-to-end tests, the same in every engine: a small part
// of Playwright's (getByRole, getByLabel, locator, click, fill, keyboard.press…),
// built on the four operations every driver has (./drivers.ts). Elements are
// found in the page by axe-core, from the role and accessible name it computes
// through open shadow roots; a click waits until the element is visible, still,
// and the one the pointer would hit, then clicks its centre with a real mouse event.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { DriverPage, EngineName } from './drivers.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = 10_000;

type Name = string | { regexp: string; flags: string };
type Step = { kind: 'css'; selector: string } | { kind: 'role'; role: string; name?: Name; exact?: boolean } | { kind: 'label'; name: Name; exact?: boolean };
type Result = { ok: unknown } | { wait: string } | { error: string } | { axe: false };

/** The focused element, inside open shadow roots too. Runs in the page (serialised with toString). */
function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Runs in the page (serialised with toString): it must not use anything from outside itself but `deepActiveElement`, sent with it. */
async function inPage(steps: Step[], op: string, arg?: unknown): Promise<Result> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const axe = (window as any).axe;
  if (!axe) return { axe: false };
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  const matchesName = (actual: string, expected: Name | undefined, exact?: boolean) => {
    if (expected === undefined) return true;
    if (typeof expected !== 'string') return new RegExp(expected.regexp, expected.flags).test(normal(actual));
    return exact ? normal(actual) === normal(expected) : normal(actual).toLowerCase().includes(normal(expected).toLowerCase());
  };
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility === 'visible';
  };
  const describe = (el: Element | null) => (el ? `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}>` : 'nothing');

  // Engines with the standard CSS zoom (Chromium, Firefox) give boxes in the viewport's pixels; WebKit
  // still gives them in the element's own zoomed pixels: they are scaled by every zoom from the root down.
  const legacyZoom = (el: Element) => {
    let scale = 1;
    if ('currentCSSZoom' in Element.prototype) return scale;
    for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
      scale *= parseFloat(getComputedStyle(node).zoom) || 1;
    }
    return scale;
  };

  const found: Element[] = [];
  // The page may be running axe-core itself (the audit panel): its run owns the setup until it ends.
  let root;
  try {
    root = axe.setup(document);
  } catch {
    return { wait: "the page's own axe-core run is in progress" };
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let scope: any[] = [root];
    for (const step of steps) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const next = new Set<any>();
      for (const within of scope) {
        let selector = step.kind === 'css' ? step.selector : '*';
        const visibleOnly = selector.endsWith(':visible');
        if (visibleOnly) selector = selector.slice(0, -':visible'.length) || '*';
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const filter = (node: any) => {
          if (node === within) return false;
          if (step.kind === 'css') return !visibleOnly || visible(node.actualNode);
          if (!axe.commons.dom.isVisibleToScreenReaders(node)) return false;
          if (step.kind === 'label' && !/^(input|select|textarea)$/.test(node.props.nodeName)) return false;
          if (step.kind === 'role' && axe.commons.aria.getRole(node) !== step.role) return false;
          return matchesName(axe.commons.text.accessibleTextVirtual(node), step.name, step.exact);
        };
        for (const node of axe.utils.querySelectorAllFilter(within, selector, filter)) next.add(node);
      }
      scope = [...next];
    }
    for (const node of scope) found.push(node.actualNode);
  } finally {
    axe.teardown();
  }

  if (op === 'count') return { ok: found.length };
  if (op === 'texts') return { ok: found.map((el) => el.textContent ?? '') };
  if (op === 'visible' && found.length === 0) return { ok: false };
  if (found.length === 0) return { wait: 'no element matches' };
  if (found.length > 1) return { error: `${found.length} elements match: ${found.slice(0, 5).map(describe).join(', ')}` };
  const el = found[0] as HTMLElement & { value?: string; checked?: boolean; disabled?: boolean; select?: () => void };

  switch (op) {
    case 'element':
      return { ok: el };
    case 'one':
      return { ok: true };
    case 'visible':
      return { ok: visible(el) };
    case 'text':
      return { ok: el.textContent };
    case 'attribute':
      return { ok: el.getAttribute(arg as string) };
    case 'value':
      return { ok: el.value ?? null };
    case 'checked':
      return { ok: el.checked ?? el.getAttribute('aria-checked') === 'true' };
    case 'focus': {
      el.focus();
      if (deepActiveElement() !== el) return { wait: `could not focus ${describe(el)}` };
      el.select?.();
      return { ok: true };
    }
    case 'select': {
      // As Playwright does: select the option by value or label, then input and change events.
      if (!(el instanceof HTMLSelectElement)) return { error: `${describe(el)} is not a <select>` };
      const wanted = arg as { value?: string; label?: string };
      const option = [...el.options].find((o) => (wanted.label !== undefined ? normal(o.label) === wanted.label : o.value === wanted.value || normal(o.label) === wanted.value));
      if (!option) return { wait: `no option ${JSON.stringify(wanted)}` };
      option.selected = true;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return { ok: true };
    }
    case 'box': {
      const box = el.getBoundingClientRect();
      const scale = legacyZoom(el);
      return { ok: { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale } };
    }
    case 'point': {
      // Actionable as Playwright means it: visible, enabled, not moving, and what the pointer hits at its centre.
      if (!visible(el)) return { wait: `${describe(el)} is not visible` };
      if (el.disabled || el.getAttribute('aria-disabled') === 'true') return { wait: `${describe(el)} is disabled` };
      let box = el.getBoundingClientRect();
      if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
        el.scrollIntoView({ block: 'center', inline: 'center' });
      }
      box = el.getBoundingClientRect();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const after = el.getBoundingClientRect();
      if (after.x !== box.x || after.y !== box.y || after.width !== box.width || after.height !== box.height) return { wait: `${describe(el)} is moving` };
      const scale = legacyZoom(el);
      const x = (box.left + box.width / 2) * scale;
      const y = (box.top + box.height / 2) * scale;
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      for (let node: Node | null = hit; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
        if (node === el) return { ok: { x, y } };
      }
      // Covered (a sticky header, say): centre it in the viewport for the next attempt, as Playwright does.
      el.scrollIntoView({ block: 'center', inline: 'center' });
      return { wait: `${describe(hit)} would receive the click on ${describe(el)}` };
    }
  }
  return { error: `unknown operation ${op}` };
}

const IN_PAGE = `((deepActiveElement) => ${inPage.toString()})(${deepActiveElement.toString()})`;

/** Wraps an expression so that its value comes back as JSON text in every driver. */
function asJson(expression: string): string {
  return `(async () => {
    const value = await (${expression});
    try { return JSON.stringify(value === undefined ? {} : { value }) ?? '{}'; } catch { return '{}'; }
  })()`;
}

async function poll<T>(attempt: () => Promise<{ done: true; value: T } | { done: false; reason: string }>, what: string, timeout = TIMEOUT): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const result = await attempt();
    if (result.done) return result.value;
    if (Date.now() > end) throw new Error(`${what}: ${result.reason} (waited ${timeout / 1000} s)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type RoleOptions = { name?: string | RegExp; exact?: boolean };
const toName = (name: string | RegExp | undefined): Name | undefined => (name instanceof RegExp ? { regexp: name.source, flags: name.flags } : name);

export class Locator {
  constructor(
    private readonly page: Page,
    private readonly steps: Step[],
  ) {}

  toString(): string {
    return this.steps
      .map((s) => (s.kind === 'css' ? `locator(${JSON.stringify(s.selector)})` : s.kind === 'role' ? `getByRole(${JSON.stringify(s.role)}, ${JSON.stringify(s.name ?? '')})` : `getByLabel(${JSON.stringify(s.name)})`))
      .join('.');
  }

  getByRole(role: string, { name, exact }: RoleOptions = {}): Locator {
    return new Locator(this.page, [...this.steps, { kind: 'role', role, name: toName(name), exact }]);
  }

  getByLabel(name: string | RegExp, { exact }: { exact?: boolean } = {}): Locator {
    return new Locator(this.page, [...this.steps, { kind: 'label', name: toName(name)!, exact }]);
  }

  locator(selector: string): Locator {
    return new Locator(this.page, [...this.steps, { kind: 'css', selector }]);
  }

  /** Runs `op` in the page; with `wait`, retries while no single element is ready for it. */
  private async run<T>(op: string, arg?: unknown, wait = true): Promise<T> {
    const expression = `(${IN_PAGE})(${JSON.stringify(this.steps)}, ${JSON.stringify(op)}, ${JSON.stringify(arg)})`;
    return poll<T>(async () => {
      const result = (await this.page.evaluateExpression(expression)) as Result;
      if ('axe' in result) {
        await this.page.loadAxe();
        return { done: false, reason: 'axe-core was not loaded' };
      }
      if ('error' in result) throw new Error(`${this}: ${result.error}`);
      if ('wait' in result) return wait ? { done: false, reason: result.wait } : { done: true, value: null as T };
      return { done: true, value: result.ok as T };
    }, String(this));
  }

  count(): Promise<number> {
    return this.run('count');
  }
  isVisible(): Promise<boolean> {
    return this.run('visible');
  }
  /** Waits until exactly one element matches and is visible. */
  async waitFor(): Promise<void> {
    await poll(async () => ((await this.run<boolean>('visible')) ? { done: true, value: undefined } : { done: false, reason: 'not visible' }), String(this));
  }
  textContent(): Promise<string | null> {
    return this.run('text');
  }
  allTextContents(): Promise<string[]> {
    return this.run('texts');
  }
  getAttribute(name: string): Promise<string | null> {
    return this.run('attribute', name);
  }
  inputValue(): Promise<string> {
    return this.run('value');
  }

  /** The element's box in the viewport, in CSS pixels, as the visitor sees it. */
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.run('box');
  }

  async click(): Promise<void> {
    const { x, y } = await this.run<{ x: number; y: number }>('point');
    await this.page.driver.click(x, y);
  }

  /** Clicks a radio button or checkbox unless it is checked, then waits until it is. */
  async check(): Promise<void> {
    if (!(await this.run<boolean>('checked'))) await this.click();
    await poll(async () => ((await this.run<boolean>('checked')) ? { done: true, value: undefined } : { done: false, reason: 'not checked' }), `${this}.check()`);
  }

  /** Focuses the field, selects what it holds and types `text` over it. */
  async fill(text: string): Promise<void> {
    await this.run('focus');
    await this.page.driver.type(text);
  }

  async selectOption(option: string | { label: string }): Promise<void> {
    await this.run('select', typeof option === 'string' ? { value: option } : option);
  }

  /** Calls `fn` in the page with the one matching element. */
  async evaluate<R, A = undefined, E extends Element = Element>(fn: (el: E, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    await this.run('one');
    const expression = `(${IN_PAGE})(${JSON.stringify(this.steps)}, 'element').then((r) => {
      if (!('ok' in r)) throw new Error(${JSON.stringify(String(this))} + ': ' + (r.wait ?? r.error));
      return (${fn.toString()})(r.ok, ${JSON.stringify(arg)});
    })`;
    return (await this.page.evaluateExpression(expression)) as R;
  }
}

export class Page {
  private earlierProblems: string[] = [];

  constructor(
    readonly driver: DriverPage,
    readonly engine: EngineName,
  ) {}

  /** Resizes the viewport, as a visitor resizing the window or turning a phone does. */
  resize(width: number, height: number): Promise<void> {
    return this.driver.resize(width, height);
  }

  readonly keyboard = {
    press: (key: string) => this.driver.press(key),
    type: (text: string) => this.driver.type(text),
  };

  /** Evaluates a JavaScript expression in the page and returns its value (undefined when it cannot be sent back). */
  async evaluateExpression(expression: string): Promise<unknown> {
    const json = JSON.parse(await this.driver.evaluate(asJson(expression))) as { value?: unknown };
    return json.value;
  }

  /** Calls `fn` in the page. It is sent as source: it can use only its argument and the page's globals. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.evaluateExpression(`(${fn.toString()})(${JSON.stringify(arg)})`) as Promise<R>;
  }

  /** Calls `fn` in the page with the focused element, found inside open shadow roots too (null if none). */
  focused<R>(fn: (el: Element | null) => R): Promise<R> {
    return this.evaluateExpression(`(${fn.toString()})((${deepActiveElement.toString()})())`) as Promise<R>;
  }

  async waitForFunction(fn: () => unknown, { timeout = TIMEOUT } = {}): Promise<void> {
    const expression = `(async () => !!(await (${fn.toString()})()))()`;
    await poll(async () => ((await this.evaluateExpression(expression)) ? { done: true, value: undefined } : { done: false, reason: 'still false' }), `waitForFunction(${fn})`, timeout);
  }

  async waitForLoadState(_state: 'load'): Promise<void> {
    await this.waitForFunction(() => document.readyState === 'complete');
  }

  async reload(): Promise<void> {
    this.earlierProblems.push(...(await this.readProblems()));
    await this.driver.reload();
  }

  async loadAxe(): Promise<void> {
    await this.driver.evaluate(`(function () { ${axeSource}\n; return ''; }).call(window)`);
  }

  getByRole(role: string, options?: RoleOptions): Locator {
    return new Locator(this, []).getByRole(role, options);
  }
  getByLabel(name: string | RegExp, options?: { exact?: boolean }): Locator {
    return new Locator(this, []).getByLabel(name, options);
  }
  locator(selector: string): Locator {
    return new Locator(this, []).locator(selector);
  }
  textContent(selector: string): Promise<string | null> {
    return this.locator(selector).textContent();
  }

  private async readProblems(): Promise<string[]> {
    return ((await this.evaluate(() => (window as unknown as Record<symbol, string[]>)[Symbol.for('reachable.e2e.problems')])) ?? ['the page has no problem recorder']) as string[];
  }

  /** Console errors and warnings, uncaught exceptions, failed loads and CSP violations, since the page was opened. */
  async problems(): Promise<string[]> {
    return [...this.earlierProblems, ...(await this.readProblems())];
  }

  /** Runs axe-core in the page (driver evaluation is not subject to the page's CSP): one line per violated rule; `runOnly` names rules. */
  async axeViolations({ runOnly }: { runOnly?: string[] } = {}): Promise<string[]> {
    if (!(await this.evaluate(() => 'axe' in window))) await this.loadAxe();
    return this.evaluate(async (runOnly) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const { violations } = await axe.run(document, { resultTypes: ['violations'], ...(runOnly ? { runOnly: { type: 'rule' as const, values: runOnly } } : {}) });
      return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, runOnly);
  }

  /** Runs axe-core in the page and expects no violations. */
  async expectNoAxeViolations(options: { runOnly?: string[] } = {}): Promise<void> {
    const violations = await this.axeViolations(options);
    expect(violations, `axe-core violations in ${this.engine}`).toEqual([]);
  }
}
