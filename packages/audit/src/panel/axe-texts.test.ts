// The panel's copies of axe-core's Chinese rule texts match the axe-core installed: after updating
// axe-core, `pnpm --filter @reachable/audit axe-texts` writes them again.
import { describe, expect, it } from 'vitest';
import zhCN from 'axe-core/locales/zh_CN.json';
import zhTW from 'axe-core/locales/zh_TW.json';
import textsCN from './axe-texts/zh-CN.js';
import textsTW from './axe-texts/zh-TW.js';

describe.each([
  ['zh-CN', zhCN, textsCN],
  ['zh-TW', zhTW, textsTW],
] as const)("axe-core's rules in %s", (_, locale, texts) => {
  it("hold each rule's title and description, as axe-core's translation has them", () => {
    const rules = locale.rules as Record<string, { help: string; description: string }>;
    expect(Object.keys(texts).sort()).toEqual(Object.keys(rules).sort());
    expect(Object.keys(texts).length).toBeGreaterThan(90);
    for (const [id, [help, description]] of Object.entries(texts)) expect([help, description], id).toEqual([rules[id]!.help, rules[id]!.description]);
  });
});
