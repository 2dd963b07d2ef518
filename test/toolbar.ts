// The toolbar's browser tests: a page with a controller, and a <reach-toolbar> mounted on it; cleaned up after each test.
import { destroyAnnouncer } from '@reachable/core/announce';
import { createReachable, type Reachable } from '@reachable/core/controller';
import { memoryStorage } from '@reachable/core/preferences';
import type { ReachToolbar } from '@reachable/elements/toolbar';
import { afterEach, beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import { walk, type AXNode } from './ax.js';
import '../packages/elements/src/toolbar/index.js';

export interface ToolbarTest {
  /** The page's controller, made afresh for each test; a test that destroys it sets another for the clean-up. */
  controller: Reachable;
  /** The toolbar `mount()` made last. */
  toolbar: ReachToolbar;
  /** Style elements a test added to the page, removed afterwards. */
  hostile: HTMLStyleElement[];
  /** A new toolbar with these attributes and the test's controller, rendered. */
  mount(attributes?: Record<string, string>): Promise<ReachToolbar>;
  /** An element of the toolbar's shadow root. */
  shadow(selector: string): HTMLElement;
  /** The toolbar's button with this accessible name (its label or text). */
  buttonNamed(name: string): HTMLButtonElement;
  /** Waits for the toolbar to render. */
  settle(): Promise<boolean>;
}

export function useToolbar(): ToolbarTest {
  const t: ToolbarTest = {
    controller: undefined as unknown as Reachable,
    toolbar: undefined as unknown as ReachToolbar,
    hostile: [],
    async mount(attributes = {}) {
      t.toolbar?.remove();
      t.toolbar = document.createElement('reach-toolbar');
      for (const [name, value] of Object.entries(attributes)) t.toolbar.setAttribute(name, value);
      t.toolbar.controller = t.controller;
      document.body.append(t.toolbar);
      await t.toolbar.updateComplete;
      return t.toolbar;
    },
    shadow: (selector) => t.toolbar.shadowRoot!.querySelector<HTMLElement>(selector)!,
    buttonNamed: (name) =>
      [...t.toolbar.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name)!,
    settle: () => t.toolbar.updateComplete,
  };

  beforeEach(async () => {
    document.documentElement.lang = 'zh-CN';
    document.body.innerHTML = '<main><h1>机构主页 Charity</h1><p>正文 Body text.</p><a href="#x">链接 link</a></main>';
    t.controller = createReachable({ storage: memoryStorage() });
    await page.viewport(1024, 768);
  });

  afterEach(() => {
    t.toolbar?.remove();
    t.controller.destroy();
    // A change's spoken confirmation may still be waiting: it must not land in the next test's page.
    destroyAnnouncer();
    for (const style of t.hostile.splice(0)) style.remove();
    document.body.replaceChildren();
    // Toolbars that made their own controller stored choices in localStorage.
    localStorage.removeItem('reachable');
  });
  return t;
}

/** The first node of the accessibility tree with this role (and name) that is not ignored. */
export const findAX = (root: AXNode, role: string, name?: string) =>
  [...walk(root)].find((n) => n.role === role && (name === undefined || n.name === name) && !n.ignored);
