import { describe, expect, it } from 'vitest';
import { CHECK_GROUPS, gbFor, manualChecks, MIIT, RULE_IDS, RULES, standardsOf, WCAG, wcagFromTag, whoForTags } from './rules.js';
import { WHO } from './types.js';

describe('the mapping table', () => {
  it('has every WCAG 2.2 A and AA success criterion, and no 4.1.1', () => {
    const levels = Object.values(WCAG).map((c) => c.level);
    expect(levels.filter((l) => l === 'A')).toHaveLength(31);
    expect(levels.filter((l) => l === 'AA')).toHaveLength(24);
    expect(WCAG['4.1.1']).toBeUndefined();
  });

  it('maps WCAG 2.0 criteria to GB/T 37668-2019 by principle and guideline, and claims nothing for 2.1 and 2.2', () => {
    expect(gbFor('1.1.1')).toBe('可感知性 · 替代文本 (≙ WCAG 2.0 1.1.1)');
    expect(gbFor('2.4.7')).toBe('可操作性 · 可导航 (≙ WCAG 2.0 2.4.7)');
    expect(gbFor('4.1.2')).toBe('兼容性 · 兼容 (≙ WCAG 2.0 4.1.2)');
    expect(gbFor('1.4.10')).toBeUndefined(); // WCAG 2.1
    expect(gbFor('2.5.8')).toBeUndefined(); // WCAG 2.2
  });

  it('marks every GB and MIIT mapping approximate', () => {
    expect(standardsOf(['1.4.3'])).toEqual({ gb: ['可感知性 · 可辨别 (≙ WCAG 2.0 1.4.3)'], miit: [expect.stringMatching(/^对比度/)], approximate: ['gb', 'miit'] });
    expect(standardsOf(['2.5.8'])).toEqual({ gb: [], miit: [], approximate: [] });
  });

  it("reads axe-core's WCAG tags", () => {
    expect(wcagFromTag('wcag111')).toBe('1.1.1');
    expect(wcagFromTag('wcag1410')).toBe('1.4.10');
    expect(wcagFromTag('wcag2aa')).toBeUndefined();
    expect(whoForTags(['cat.color', 'wcag143'])).toEqual(['low-vision', 'older']);
  });

  it('gives every custom rule who it hurts, a fix, and only WCAG criteria it knows', () => {
    for (const id of RULE_IDS) {
      const rule = RULES[id];
      expect(rule.who.length, id).toBeGreaterThan(0);
      for (const who of rule.who) expect(WHO, id).toContain(who);
      expect(rule.fix.length, id).toBeGreaterThan(20);
      for (const sc of rule.wcag) expect(WCAG[sc], `${id} ${sc}`).toBeDefined();
      // A rule with no WCAG criterion maps to another standard, or it would count for none.
      if (!rule.wcag.length) expect('miit' in rule && rule.miit.length, id).toBeTruthy();
    }
  });

  it('puts every custom rule in a group of checks, and every group but axe-core has rules', () => {
    const groups = new Set(RULE_IDS.map((id) => RULES[id].group));
    expect([...groups].sort()).toEqual(CHECK_GROUPS.filter((g) => g !== 'axe').sort());
  });

  it('lists what a person must check, marking what an automated check touched', () => {
    const { wcag, gb, miit } = manualChecks(new Set(['1.4.3']));
    expect(wcag).toHaveLength(55);
    expect(wcag.find((m) => m.ref.startsWith('WCAG 1.4.3'))!.automated).toBe('partly');
    expect(wcag.find((m) => m.ref.startsWith('WCAG 1.3.1'))!.automated).toBe('no');
    expect(gb.every((m) => m.ref.startsWith('GB/T 37668-2019 '))).toBe(true);
    expect(gb.length).toBe(Object.values(WCAG).filter((c) => c.since === '2.0' && c.level !== 'AAA').length);
    expect(miit.length).toBeGreaterThan(0);
    // MIIT's items too are partly automated only when something checked them.
    expect(miit.filter((m) => m.automated === 'partly')).toEqual([]);
    const checked = manualChecks(new Set(), new Set([MIIT.zoom])).miit;
    expect(checked.filter((m) => m.automated === 'partly').map((m) => m.ref)).toEqual([MIIT.zoom]);
  });
});
