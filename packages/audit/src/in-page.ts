// The auditor as one script to evaluate in a page (built to dist/in-page.js, with
// axe-core and Reachable's engines inside): what auditPage() and the CLI inject.
import { audit } from './audit.js';

declare const __VERSION__: string;

(globalThis as { ReachableAudit?: object }).ReachableAudit ??= { audit, version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0' };
