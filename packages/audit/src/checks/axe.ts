// axe-core for everything it covers: WCAG 2.0–2.2 at levels A and AA, plus its AAA
// contrast rule, reported separately as advice.
import axeCore from 'axe-core';
import { describe, isElement, ownUiExclusions, snippetOf } from '../dom.js';
import { AXE_ENHANCED, AXE_TAGS, whoForTags, wcagFromTag } from '../rules.js';
import type { CheckRun, FindingElement, Severity } from '../types.js';

type Axe = typeof axeCore;

/** axe rules superseded by a custom check that decides what axe leaves for review. */
const SUPERSEDED: Record<string, string> = { 'video-caption': 'video-captions' };

export interface AxeFinding {
  id: string;
  title: string;
  fix: string;
  helpUrl: string;
  severity: Severity;
  advice: boolean;
  wcag: string[];
  who: ReturnType<typeof whoForTags>;
  elements: FindingElement[];
  nodes: Element[];
  /** How many elements axe found (only the first are described). */
  count: number;
}

/** The axe-core instance that can audit `doc`: this realm's, or the one loaded into the document's window. */
export function axeFor(doc: Document): Axe | undefined {
  if (typeof document !== 'undefined' && doc === document) return axeCore;
  return (doc.defaultView as (Window & { axe?: Axe }) | null)?.axe;
}

/** Runs axe-core; only the first `max` elements of each violation are described (the count says how many there were). */
export async function runAxe(
  doc: Document,
  root: Element,
  exclude: readonly string[],
  max = Infinity,
): Promise<{ findings: AxeFinding[]; checks: CheckRun[]; version: string } | undefined> {
  const axe = axeFor(doc);
  if (!axe) return undefined;
  const rules = axe
    .getRules(AXE_TAGS)
    .filter((r) => !r.tags.includes('deprecated') && !r.tags.includes('experimental'))
    .map((r) => r.ruleId);
  const ids = [...new Set([...rules, AXE_ENHANCED])];
  // Reachable's own UI and the audit's are never the site's defects.
  const context = {
    include: [root === doc.documentElement ? doc : root],
    exclude: [...ownUiExclusions(doc), ...exclude.map((s) => [s])],
  } as unknown as axeCore.ElementContext;
  const results = await axe.run(context, {
    runOnly: { type: 'rule', values: ids },
    resultTypes: ['violations', 'incomplete'],
    // Elements, not selectors: axe's selectors cost seconds on big pages; ours are made for the few listed.
    elementRef: true,
    selectors: false,
    ancestry: false,
  } as axeCore.RunOptions);

  const meta = new Map(axe.getRules().map((r) => [r.ruleId, r]));
  const wcagOf = (tags: readonly string[]) => [...new Set(tags.map(wcagFromTag).filter((x): x is string => !!x))];
  const findings: AxeFinding[] = [];
  const checks: CheckRun[] = [];
  const run = (id: string, outcome: CheckRun['outcome'], note?: string) => {
    const tags = meta.get(id)?.tags ?? [];
    const check: CheckRun = { rule: `axe/${id}`, title: meta.get(id)?.help ?? id, outcome, advice: id === AXE_ENHANCED, wcag: wcagOf(tags), gb: [], miit: [] };
    if (note) check.note = note;
    checks.push(check);
  };

  for (const v of results.violations) {
    if (SUPERSEDED[v.id]) continue;
    const nodes: Element[] = [];
    const elements = v.nodes.slice(0, max).map((node) => {
      const el = (node as axeCore.NodeResult & { element?: Element }).element;
      const detail = (node.failureSummary ?? '').replace(/^Fix (any|all) of the following:\s*/gm, '').replace(/\s*\n\s*/g, '; ').trim();
      if (el && isElement(el)) {
        nodes.push(el);
        return describe(el, detail);
      }
      return { selector: node.target?.map(String).join(' ') ?? '', snippet: node.html.slice(0, 160), detail } satisfies FindingElement;
    });
    findings.push({
      id: v.id,
      title: v.help,
      fix: v.description.replace(/\.?$/, '.'),
      helpUrl: v.helpUrl,
      severity: (v.impact ?? 'moderate') as Severity,
      advice: v.id === AXE_ENHANCED,
      wcag: wcagOf(v.tags),
      who: whoForTags(v.tags),
      elements,
      nodes,
      count: v.nodes.length,
    });
    run(v.id, 'failed');
  }
  const failed = new Set(results.violations.map((v) => v.id));
  for (const r of results.incomplete) {
    if (failed.has(r.id) || SUPERSEDED[r.id]) continue;
    failed.add(r.id);
    const first = (r.nodes[0] as (axeCore.NodeResult & { element?: Element }) | undefined)?.element;
    run(r.id, 'needs-review', `${r.nodes.length} element${r.nodes.length === 1 ? '' : 's'} for a person to review${first ? `, e.g. ${snippetOf(first, 80)}` : ''}`);
  }
  for (const r of results.passes) if (!failed.has(r.id) && !SUPERSEDED[r.id]) run(r.id, 'passed');
  for (const r of results.inapplicable) if (!failed.has(r.id) && !SUPERSEDED[r.id]) run(r.id, 'not-applicable');
  // Leave nothing of axe's on elements it marked.
  return { findings, checks, version: axe.version };
}
