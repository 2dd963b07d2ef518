/** Documents whose Content-Security-Policy refused the large cursor's images (`img-src` without `data:`), and who wants to know. */
const refused = new WeakSet<Document>();
const watchers = new WeakMap<Document, Set<() => void>>();

export const cursorRefused = (doc: Document): boolean => refused.has(doc);

export function refuseCursor(doc: Document): void {
  if (refused.has(doc)) return;
  refused.add(doc);
  for (const changed of watchers.get(doc) ?? []) changed();
}

export function watchRefusal(doc: Document, changed: () => void): () => void {
  const set = watchers.get(doc) ?? new Set();
  watchers.set(doc, set.add(changed));
  return () => void set.delete(changed);
}
