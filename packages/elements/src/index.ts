// Registers every Reachable element. Import a feature's subpath instead
// (e.g. `@reachable/elements/announcer`) to pay only for what you use.
export * from './announcer/index.js';
export * from './captions/index.js';
export * from './i18n/index.js';
export * from './toolbar/index.js';
