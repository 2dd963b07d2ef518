// jsdom has constructable style sheets but no `adoptedStyleSheets` to adopt them into. Reachable's
// elements and engines adopt their styles there, so unit tests of code that creates them (the React
// and Vue wrappers) give Document and ShadowRoot the property; no style is applied, and none is checked.
for (const host of [Document.prototype, ShadowRoot.prototype]) {
  if (!('adoptedStyleSheets' in host)) Object.defineProperty(host, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
}
