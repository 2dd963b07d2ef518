// Fixture pages for browser tests: a stylesheet and some markup, removed after each test.
import { afterEach } from 'vitest';

/** Returns `page(css, html)`, which adds both to the document and returns the markup's container. */
export function useFixturePages(): (css: string, html: string) => HTMLElement {
  const added: Element[] = [];
  afterEach(() => {
    for (const el of added.splice(0)) el.remove();
  });
  return (css, html) => {
    const style = document.createElement('style');
    style.textContent = css;
    const root = document.createElement('div');
    root.id = 'fixture';
    root.innerHTML = html;
    document.head.append(style);
    document.body.append(root);
    added.push(style, root);
    return root;
  };
}
