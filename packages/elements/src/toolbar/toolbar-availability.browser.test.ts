// Aids that stop working while the panel is open: the system's forced colours
// turned on, the page's policy refusing the large cursor's images.
import { expect, it } from 'vitest';
import { accessibilityTree, liveRegions } from '../../../../test/ax.js';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { emulateForcedColors } from '../../../../test/engine.js';
import { useToolbar } from '../../../../test/toolbar.js';

const t = useToolbar();
const { mount, shadow, buttonNamed, settle } = t;
const focused = () => t.toolbar.shadowRoot!.activeElement as HTMLElement | null;
const radios = (name: string) => t.toolbar.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`);

it('forced colours turned on while the panel is open: the colour controls give way to the note, which takes their focus', async () => {
  await mount();
  t.toolbar.show();
  await settle();
  t.controller.preferences.set({ colorScheme: 'yellow-on-black' });
  await settle();
  try {
    // Focus on a control that stays keeps it.
    buttonNamed('增大字体大小').focus();
    await emulateForcedColors(true);
    await expect.poll(() => radios('colorScheme').length).toBe(0);
    expect(focused()).toBe(buttonNamed('增大字体大小'));
    await emulateForcedColors(false);
    await expect.poll(() => radios('colorScheme').length).toBeGreaterThan(0);
    // Focus on a colour scheme goes to the note saying why, not to the page.
    [...radios('colorScheme')].find((radio) => radio.checked)!.focus();
    await emulateForcedColors(true);
    await expect.poll(() => focused()?.textContent).toContain('配色和滤镜由系统决定');
    expect(focused()!.closest('[role="group"]')).toBe(shadow('#group-color').closest('.group'));
    await expectNoAxeViolations();
    // With the visitor elsewhere, they are told.
    t.toolbar.hide();
    await settle();
    await emulateForcedColors(false);
    (document.querySelector('a') as HTMLElement).focus();
    await emulateForcedColors(true);
    await expect.poll(async () => liveRegions(await accessibilityTree()).map((r) => r.text).join()).toContain('配色和滤镜由系统决定');
  } finally {
    await emulateForcedColors(false);
  }
});

it('the large cursor refused by the page: its choices give way to the note, and the next control keeps its focus', async () => {
  await mount();
  t.toolbar.show();
  await settle();
  t.controller.preferences.set({ cursor: 'large-black' });
  await expect.poll(() => document.documentElement.hasAttribute('data-reach-cursor-large-black')).toBe(true);
  const guide = radios('readingGuide')[1]!;
  guide.focus();
  // The cursor's choices are there before the refusal: their going is what is checked below.
  expect(radios('cursor').length).toBeGreaterThan(0);
  // What the browser dispatches when the page's policy refuses a data: image (the end-to-end tests use a real policy).
  document.dispatchEvent(
    new SecurityPolicyViolationEvent('securitypolicyviolation', { blockedURI: 'data', effectiveDirective: 'img-src', violatedDirective: 'img-src', originalPolicy: "img-src 'self'", disposition: 'enforce', statusCode: 200 }),
  );
  await expect.poll(() => radios('cursor').length).toBe(0);
  expect(shadow('#group-reading').closest('.group')!.textContent).toContain('本网站的安全策略不允许显示大鼠标');
  expect(focused()).toBe(guide);
  expect(guide.isConnected).toBe(true);
  await expectNoAxeViolations();
});
