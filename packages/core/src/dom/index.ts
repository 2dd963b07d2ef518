export { adoptSheet } from '../internal/owned-sheet.js';
export type { OwnedSheet } from '../internal/owned-sheet.js';
