// The shared axe-core check for browser tests: zero violations, or a readable failure.
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(context: axe.ElementContext = document, options: axe.RunOptions = {}): Promise<void> {
  const { violations } = await axe.run(context, { resultTypes: ['violations'], ...options });
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
  );
  expect(report, 'axe-core violations').toEqual([]);
}
