import { COLOR_SCHEMES } from '@reachable/core/preferences';
import { GROUPS } from '@reachable/core/aids';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { accessibilityTree, liveRegions } from '../../../../test/ax.js';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { emulateForcedColors } from '../../../../test/engine.js';
import { findAX, useToolbar } from '../../../../test/toolbar.js';

const t = useToolbar();
const { mount, shadow, buttonNamed, settle } = t;

describe('<reach-toolbar>: accessible in every state', () => {
  it('passes axe-core closed, open, with the help shown, and with aids on', async () => {
    await mount();
    await expectNoAxeViolations();
    t.toolbar.show();
    await settle();
    await expectNoAxeViolations();
    buttonNamed('快捷键').click();
    t.controller.preferences.set({ fontScale: 1.5, textSpacing: true });
    await settle();
    await expectNoAxeViolations();
  });

  it('passes axe-core open over the page in every colour scheme and filter, and stays unrestyled', async () => {
    await mount();
    t.toolbar.show();
    await settle();
    const title = shadow('h2');
    const ink = getComputedStyle(title).color;
    for (const colorScheme of COLOR_SCHEMES) {
      t.controller.preferences.set({ colorScheme });
      await settle();
      expect(getComputedStyle(title).color, colorScheme).toBe(ink);
      await expectNoAxeViolations();
    }
    t.controller.preferences.set({ colorScheme: 'default', colorFilter: 'grayscale' });
    await settle();
    await expectNoAxeViolations();
  });

  it('draws each colour scheme’s option with a sample in that scheme’s colours, from the aid’s definition', async () => {
    await mount();
    t.toolbar.show();
    await settle();
    const swatches = [...t.toolbar.shadowRoot!.querySelectorAll<HTMLElement>('input[name="colorScheme"] ~ .swatch')];
    // One per option (the site's own colours in the panel's).
    expect(swatches).toHaveLength(COLOR_SCHEMES.length);
    const yellow = t.toolbar.shadowRoot!.querySelector<HTMLElement>('.swatch-colorScheme-yellow-on-black')!;
    expect(getComputedStyle(yellow).color).toBe('rgb(255, 255, 0)');
    expect(getComputedStyle(yellow).backgroundColor).toBe('rgb(0, 0, 0)');
    expect(yellow.getAttribute('aria-hidden')).toBe('true');
  });

  it('under forced colours, says the system colours are in force instead of offering colour controls', async () => {
    await emulateForcedColors(true);
    try {
      await mount();
      t.toolbar.show();
      await settle();
      expect(t.toolbar.shadowRoot!.querySelector('input[name="colorScheme"]')).toBeNull();
      expect(shadow('#group-color').closest('.group')!.textContent).toContain('配色和滤镜由系统决定');
      expect(getComputedStyle(shadow('.launcher')).borderTopColor).not.toBe('');
      // The launcher's border is the system's button text colour (a probe tells what that is here).
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = 'ButtonText';
      try {
        expect(getComputedStyle(shadow('.launcher')).borderTopColor).toBe(getComputedStyle(probe).color);
      } finally {
        probe.remove();
      }
      // A switch's knob stands out from its track, so where it sits (its state) can be seen.
      const track = buttonNamed('文字间距').querySelector('.switch')!;
      expect(getComputedStyle(track, '::after').backgroundColor).not.toBe(getComputedStyle(track).backgroundColor);
      // A stepper button at its limit looks unavailable in the system's colours too.
      expect(getComputedStyle(buttonNamed('减小字体大小')).color).not.toBe(getComputedStyle(buttonNamed('增大字体大小')).color);
      await expectNoAxeViolations();
      // The colour shortcut says why nothing changes.
      (document.querySelector('a') as HTMLElement).focus();
      await userEvent.keyboard('{Alt>}{Shift>}`{/Shift}{/Alt}');
      expect(t.controller.preferences.get().colorScheme).toBe('default');
      await expect.poll(async () => liveRegions(await accessibilityTree()).map((r) => r.text).join()).toContain('配色和滤镜由系统决定');
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('passes axe-core in the bar layout, in English and Traditional Chinese', async () => {
    for (const lang of ['en', 'zh-TW']) {
      await mount({ layout: 'bar', lang });
      t.toolbar.show();
      await settle();
      await expectNoAxeViolations();
    }
  });

  it('exposes names, roles and states to assistive technology', async () => {
    await mount();
    let tree = await accessibilityTree();
    const launcher = findAX(tree, 'button', '无障碍工具')!;
    expect(launcher.properties.expanded).toBe(false);
    t.toolbar.show();
    await settle();
    tree = await accessibilityTree();
    expect(findAX(tree, 'button', '无障碍工具')!.properties.expanded).toBe(true);
    expect(findAX(tree, 'dialog', '无障碍工具')).toBeDefined();
    expect(findAX(tree, 'group', '字体大小')).toBeDefined();
    expect(findAX(tree, 'button', '增大字体大小')).toBeDefined();
    expect(findAX(tree, 'button', '文字间距')!.properties.pressed).toBe('false');
    t.controller.preferences.set({ textSpacing: true });
    await settle();
    tree = await accessibilityTree();
    expect(findAX(tree, 'button', '文字间距')!.properties.pressed).toBe('true');
  });

  it('has targets of at least 44 × 44 px, in both layouts (axe checks the 4.5:1 contrast)', async () => {
    for (const layout of ['launcher', 'bar']) {
      await mount({ layout });
      t.toolbar.show();
      await settle();
      // Every button, and every option's label (the radio's target: a click anywhere on it chooses).
      const targets = [...t.toolbar.shadowRoot!.querySelectorAll<HTMLElement>('button:not([hidden]), label.option')].filter((el) => el.checkVisibility());
      expect(targets.length, layout).toBeGreaterThan(15);
      const small = targets.flatMap((el) => {
        const { width, height } = el.getBoundingClientRect();
        return Math.min(width, height) < 44 ? [`${el.textContent!.trim() || el.getAttribute('aria-label')}: ${width}×${height}`] : [];
      });
      expect(small, layout).toEqual([]);
    }
  });
});

describe('<reach-toolbar>: groups', () => {
  it('start open as the registry says; a heading closes and opens its group, kept while the page is open', async () => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<video controls aria-label="视频"></video>');
    await mount();
    t.toolbar.show();
    await settle();
    for (const group of GROUPS) {
      expect(shadow(`#group-${group.id}`).getAttribute('aria-expanded'), group.id).toBe(String(group.open));
      expect(shadow(`#group-body-${group.id}`).checkVisibility(), group.id).toBe(group.open);
    }
    await expectNoAxeViolations();
    // A heading closes its group, and opens it again.
    const speech = shadow('#group-speech');
    await userEvent.click(speech);
    await settle();
    expect(speech.getAttribute('aria-expanded')).toBe('false');
    expect(t.toolbar.shadowRoot!.querySelector<HTMLElement>('input[name="speech"]')!.checkVisibility()).toBe(false);
    await userEvent.click(speech);
    await settle();
    expect(speech.getAttribute('aria-expanded')).toBe('true');
    expect(t.toolbar.shadowRoot!.querySelector<HTMLElement>('input[name="speech"]')!.checkVisibility()).toBe(true);
    shadow('#group-text').click();
    await settle();
    expect(buttonNamed('增大字体大小').checkVisibility()).toBe(false);
    await expectNoAxeViolations();
    // Closed and opened again, the panel keeps how the visitor left its groups.
    t.toolbar.hide();
    await settle();
    t.toolbar.show();
    await settle();
    expect(shadow('#group-speech').getAttribute('aria-expanded')).toBe('true');
    expect(shadow('#group-text').getAttribute('aria-expanded')).toBe('false');
  });
});

describe('<reach-toolbar>: by keyboard alone', () => {
  it('Tab to the launcher, open, operate, Esc, and focus is back on the launcher', async () => {
    await mount();
    (document.querySelector('a') as HTMLElement).focus();
    await userEvent.tab();
    expect(t.toolbar.shadowRoot!.activeElement).toBe(shadow('.launcher'));
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(t.toolbar.open).toBe(true);
    expect(t.toolbar.shadowRoot!.activeElement).toBe(shadow('.panel'));
    // Close, the presets' heading and 关怀模式, the text group's heading, then the first stepper: decrease, increase.
    await userEvent.tab();
    expect(t.toolbar.shadowRoot!.activeElement?.getAttribute('aria-label')).toBe('关闭');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(t.toolbar.shadowRoot!.activeElement?.textContent).toBe('文字');
    expect(t.toolbar.shadowRoot!.activeElement?.getAttribute('aria-expanded')).toBe('true');
    await userEvent.tab();
    await userEvent.tab();
    expect(t.toolbar.shadowRoot!.activeElement?.getAttribute('aria-label')).toBe('增大字体大小');
    await userEvent.keyboard('{Enter}');
    expect(t.controller.preferences.get().fontScale).toBe(1.25);
    await expect.poll(async () => liveRegions(await accessibilityTree()).map((r) => r.text)).toContain('字体大小 125%');
    await userEvent.keyboard('{Escape}');
    await settle();
    expect(t.toolbar.open).toBe(false);
    expect(t.toolbar.shadowRoot!.activeElement).toBe(shadow('.launcher'));
  });

  it('chooses a colour scheme with the arrow keys and says which', async () => {
    await mount();
    t.toolbar.show();
    await settle();
    const first = t.toolbar.shadowRoot!.querySelector<HTMLInputElement>('input[name="colorScheme"]')!;
    expect(first.checked).toBe(true);
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(t.controller.preferences.get().colorScheme).toBe('white-on-black');
    await expect.poll(async () => liveRegions(await accessibilityTree()).map((r) => r.text)).toContain('配色 白字黑底');
    await userEvent.keyboard('{Alt>}{Shift>}`{/Shift}{/Alt}');
    expect(t.controller.preferences.get().colorScheme).toBe('yellow-on-black');
  });

  it('does not trap focus: Tab moves on past the last control', async () => {
    await mount();
    t.toolbar.show();
    await settle();
    const buttons = [...t.toolbar.shadowRoot!.querySelectorAll<HTMLElement>('.panel button:not([hidden])')];
    buttons.at(-1)!.focus();
    await userEvent.tab();
    expect(t.toolbar.shadowRoot!.activeElement === null || !shadow('.panel').contains(t.toolbar.shadowRoot!.activeElement)).toBe(true);
  });

  it('keeps focus on a stepper button at its limit, and still says the value', async () => {
    await mount();
    t.toolbar.show();
    await settle();
    const decrease = buttonNamed('减小字体大小');
    expect(decrease.getAttribute('aria-disabled')).toBe('true');
    decrease.focus();
    decrease.click();
    await settle();
    expect(t.toolbar.shadowRoot!.activeElement).toBe(decrease);
    expect(t.controller.preferences.get().fontScale).toBe(1);
  });
});

describe('<reach-toolbar>: captions', () => {
  it('offers caption size and colours on pages with a video, keeping the other caption choices', async () => {
    await mount();
    t.toolbar.show();
    await settle();
    expect(t.toolbar.shadowRoot!.querySelector('#group-captions')).toBeNull();
    t.toolbar.hide();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<video controls></video>');
    t.controller.preferences.set({ captionStyle: { backgroundOpacity: 0.5 } as never });
    t.toolbar.show();
    await settle();
    expect(shadow('#group-captions').textContent).toBe('字幕');
    const white = t.toolbar.shadowRoot!.querySelector<HTMLInputElement>('input[name="captionColors"]')!;
    expect(white.checked).toBe(true);
    await expectNoAxeViolations();

    buttonNamed('增大字幕大小').click();
    expect(t.controller.preferences.get().captionStyle.size).toBe(125);
    await expect.poll(async () => liveRegions(await accessibilityTree()).map((r) => r.text)).toContain('字幕大小 125%');
    white.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(t.controller.preferences.get().captionStyle).toMatchObject({ size: 125, color: '#ffff00', background: '#000000', backgroundOpacity: 0.5 });
    await settle();
    expect(shadow('.stepper:has(#label-captionSize) .value').textContent).toBe('125%');
    await expect.poll(async () => liveRegions(await accessibilityTree()).map((r) => r.text)).toContain('字幕颜色 黄字黑底');

    // Colours chosen elsewhere (the captions' own settings) match no preset: none is checked.
    t.controller.preferences.set({ captionStyle: { color: '#00ff00' } as never });
    await settle();
    const presets = [...t.toolbar.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="captionColors"]')];
    expect(presets.length).toBeGreaterThan(0);
    expect(presets.some((r) => r.checked)).toBe(false);
    buttonNamed('全部重置').click();
    expect(t.controller.preferences.get().captionStyle).toMatchObject({ size: 100, color: '#ffffff', backgroundOpacity: 0.75 });
  });
});

