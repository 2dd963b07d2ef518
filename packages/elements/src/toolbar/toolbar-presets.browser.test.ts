// 关怀模式 in the toolbar: one switch at the top, by keyboard, announced, large targets, and off gives back what was there.
import { createReachable } from '@reachable/core/controller';
import { memoryStorage } from '@reachable/core/preferences';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, liveRegions } from '../../../../test/ax.js';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { useToolbar } from '../../../../test/toolbar.js';

const t = useToolbar();
const { mount, shadow, buttonNamed, settle } = t;
const focused = () => t.toolbar.shadowRoot!.activeElement as HTMLElement | null;
const spoken = async () => liveRegions(await accessibilityTree()).map((region) => region.text);

/** Every visible target of the toolbar narrower or lower than `min` px. */
const smallerThan = (min: number) =>
  [...t.toolbar.shadowRoot!.querySelectorAll<HTMLElement>('button, [role^="menuitem"]')]
    .filter((el) => el.checkVisibility())
    .flatMap((el) => {
      const { width, height } = el.getBoundingClientRect();
      return Math.min(width, height) < min ? [`${el.getAttribute('aria-label') ?? el.textContent!.trim()}: ${Math.round(width)}×${Math.round(height)}`] : [];
    });

describe('<reach-toolbar>: 关怀模式 (care mode)', () => {
  it('is the first control, turned on and off by keyboard, announced, and off gives back exactly what the visitor had', async () => {
    t.controller.preferences.set({ fontScale: 1.25, colorScheme: 'black-on-yellow' });
    const before = t.controller.preferences.get();
    await mount();
    t.toolbar.show();
    await settle();
    // Close, the presets group's heading, then the switch.
    await userEvent.tab();
    expect(focused()?.getAttribute('aria-label')).toBe('关闭');
    await userEvent.tab();
    expect(focused()?.textContent).toBe('模式');
    await userEvent.tab();
    expect(focused()).toBe(buttonNamed('关怀模式'));
    expect(focused()?.getAttribute('aria-pressed')).toBe('false');

    await userEvent.keyboard(' ');
    await settle();
    expect(t.controller.preferences.get()).toMatchObject({ preset: 'care', fontScale: 1.5, cursor: 'large-black', highlightFocus: true, captionBar: true, colorScheme: 'black-on-yellow' });
    expect(buttonNamed('关怀模式').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(spoken).toContain('关怀模式已开启');
    // The aids it bundles show as on in their own controls, each still adjustable.
    expect(buttonNamed('大字幕').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.getAttribute('data-reach-preset')).toBe('care');
    await expectNoAxeViolations();

    buttonNamed('大字幕').click();
    await settle();
    expect(t.controller.preferences.get()).toMatchObject({ preset: 'care', captionBar: false });
    expect(buttonNamed('关怀模式').getAttribute('aria-pressed')).toBe('true');

    buttonNamed('关怀模式').focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(t.controller.preferences.get()).toEqual(before);
    await expect.poll(spoken).toContain('关怀模式已关闭');
    expect(document.documentElement.hasAttribute('data-reach-preset')).toBe(false);
  });

  it('makes every target of the toolbar at least 60 × 60 px while on, in both layouts, and passes axe-core', async () => {
    t.controller.preferences.set({ preset: 'care' });
    for (const layout of ['launcher', 'bar']) {
      await mount({ layout });
      expect(smallerThan(60), `${layout}, closed`).toEqual([]);
      t.toolbar.show();
      await settle();
      expect(smallerThan(60), layout).toEqual([]);
      await expectNoAxeViolations();
      // A menu of the bar, open.
      if (layout === 'bar') {
        buttonNamed('配色 网站原色').click();
        await settle();
        expect(t.toolbar.shadowRoot!.querySelectorAll('[role="menuitemradio"]').length).toBeGreaterThan(2);
        expect(smallerThan(60), 'the colour menu').toEqual([]);
      }
    }
    // Off: the toolbar's usual sizes.
    t.controller.preferences.set({ preset: 'none' });
    await settle();
    expect(smallerThan(60)).not.toEqual([]);
  });

  it('has a shortcut that works with the panel closed: Alt+Shift+9', async () => {
    await mount();
    (document.querySelector('a') as HTMLElement).focus();
    await userEvent.keyboard('{Alt>}{Shift>}9{/Shift}{/Alt}');
    expect(t.controller.preferences.get().preset).toBe('care');
    await expect.poll(spoken).toContain('关怀模式已开启');
    await userEvent.keyboard('{Alt>}{Shift>}9{/Shift}{/Alt}');
    expect(t.controller.preferences.get().preset).toBe('none');
    expect(t.controller.preferences.get().fontScale).toBe(1);
  });
});

describe("<reach-toolbar>: a site's own presets", () => {
  it('offers each after 关怀模式, named in the toolbar’s language, and switching between them gives back what each replaced', async () => {
    t.controller.destroy();
    t.controller = createReachable({
      storage: memoryStorage(),
      presets: { calm: { name: { 'zh-CN': '安静阅读', 'zh-TW': '安靜閱讀', en: 'Calm reading' }, values: { reduceMotion: true, readingGuide: 'line' } } },
    });
    t.controller.preferences.set({ readingGuide: 'crosshair' });
    const before = t.controller.preferences.get();
    await mount();
    t.toolbar.show();
    await settle();
    const switches = [...shadow('#group-body-presets').querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(switches).toEqual(['关怀模式', '安静阅读']);

    buttonNamed('安静阅读').click();
    await settle();
    expect(t.controller.preferences.get()).toMatchObject({ preset: 'calm', reduceMotion: true, readingGuide: 'line' });
    await expect.poll(spoken).toContain('安静阅读已开启');
    // Not a preset for larger targets: the toolbar keeps its sizes.
    expect(smallerThan(60)).not.toEqual([]);
    await expectNoAxeViolations();

    buttonNamed('关怀模式').click();
    await settle();
    expect(t.controller.preferences.get()).toMatchObject({ preset: 'care', readingGuide: 'crosshair', reduceMotion: before.reduceMotion, captionBar: true });
    expect(buttonNamed('安静阅读').getAttribute('aria-pressed')).toBe('false');

    buttonNamed('关怀模式').click();
    await settle();
    expect(t.controller.preferences.get()).toEqual(before);

    // In the bar, under its name in English.
    await mount({ layout: 'bar', lang: 'en' });
    t.toolbar.show();
    await settle();
    expect(shadow('[data-item="calm"]').textContent!.trim()).toBe('Calm reading');
  });
});
