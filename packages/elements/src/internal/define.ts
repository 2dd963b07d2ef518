import { warn } from '@reachable/core/internal';

type VersionedElement = CustomElementConstructor & { readonly version?: string };

const warned = new Set<string>();

/**
 * Registers `tag` once. Loading the same version again (say, the npm package
 * and the script-tag bundle on one page) does nothing; a different version
 * keeps the first registration and warns once. Never throws, and does nothing
 * where there is no custom-element registry (server-side rendering).
 */
export function defineElement(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) return customElements.define(tag, element);
  if (existing.version !== element.version && !warned.has(tag)) {
    warned.add(tag);
    warn(
      'R100',
      `<${tag}> ${existing.version ?? '(unknown version)'} is already registered; version ${element.version} was not registered. Load one copy of Reachable per page.`,
    );
  }
}
