import { expect, it } from 'vitest';
import { Collector } from './check.js';

it('describes only the first elements it keeps, and counts them all', () => {
  const described: string[] = [];
  const details: string[] = [];
  const found = new Collector((el, detail) => {
    described.push(el.id);
    return { selector: `#${el.id}`, snippet: '', ...(detail && { detail }) };
  }, 3);
  const els = Array.from({ length: 10 }, (_, i) => Object.assign(document.createElement('p'), { id: `p${i}` }));
  for (const el of els) {
    found.add('text-size', el, () => {
      details.push(el.id);
      return `${el.id} detail`;
    }, { severity: el.id === 'p9' ? 'serious' : 'minor' });
  }
  found.add('text-size', els[0]!, 'again'); // the same element twice counts once
  const [finding] = found.findings;
  expect(described).toEqual(['p0', 'p1', 'p2']);
  expect(details).toEqual(['p0', 'p1', 'p2']);
  expect(finding!.elements.map((e) => e.detail)).toEqual(['p0 detail', 'p1 detail', 'p2 detail']);
  expect(finding!.nodes).toEqual(els);
  expect(finding!.count).toBe(10);
  // An element past the ones described still raises the severity.
  expect(finding!.severity).toBe('serious');
});
