export { audit, CHECK_GROUPS } from './audit.js';
export type { AuditOptions, CheckGroup } from './audit.js';
export { AXE_ENHANCED, AXE_TAGS, gbFor, MIIT, RULE_IDS, RULES, WCAG, wcagLabel } from './rules.js';
export type { RuleId, RuleInfo } from './rules.js';
export { failing, fingerprints, newFindings, STANDARD_NAMES, summarize } from './summary.js';
export { SEVERITIES, STANDARDS, WHO } from './types.js';
export type { CheckRun, Finding, FindingElement, ManualCheck, Outcome, Rect, Report, Severity, Standard, StandardSummary, Who } from './types.js';
