export { PANEL_TAG, showAuditPanel } from './panel.js';
export type { AuditPanel, PanelOptions } from './panel.js';
