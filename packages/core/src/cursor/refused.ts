/** Documents whose Content-Security-Policy refused the large cursor's images (`img-src` without `data:`). */
const refused = new WeakSet<Document>();

export const cursorRefused = (doc: Document): boolean => refused.has(doc);
export const refuseCursor = (doc: Document): void => void refused.add(doc);
