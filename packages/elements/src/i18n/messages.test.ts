import { REGISTRY, type Aid, type AidDefinition } from '@reachable/core/aids';
import { describe, expect, it } from 'vitest';
import { controlsOf } from '../toolbar/controls.js';
import { BOOT_TEXTS, LOCALE_LOADERS, localeFor } from './load.js';
import { LOCALES, messagesFor } from './locales.js';
import { format, type Messages } from './messages.js';

/** Every string leaf of a messages object, by dotted path. */
const leaves = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value as object, `${prefix}${key}.`),
  );

describe('locales', () => {
  it('loads the same locales as it lists, and the launcher says what each locale says', async () => {
    expect(Object.keys(LOCALE_LOADERS)).toEqual(Object.keys(LOCALES));
    for (const [locale, load] of Object.entries(LOCALE_LOADERS)) {
      expect(await load(), locale).toBe(LOCALES[locale as keyof typeof LOCALES]);
      expect(BOOT_TEXTS[locale as keyof typeof LOCALES].launcher, locale).toBe(LOCALES[locale as keyof typeof LOCALES].launcher);
    }
  });

  it.each(Object.keys(LOCALES))('%s has every message the others have, none empty', (locale) => {
    const messages = LOCALES[locale as keyof typeof LOCALES] as Messages;
    expect(leaves(messages).sort()).toEqual(leaves(LOCALES.en).sort());
    for (const path of leaves(messages)) {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
      expect(value, path).toMatch(/\S/);
    }
  });

  it.each(Object.keys(LOCALES))("%s: each control's short label in the bar is part of its name (what is seen is in what is heard)", (locale) => {
    const messages = LOCALES[locale as keyof typeof LOCALES] as Messages;
    for (const [key, label] of Object.entries(messages.short)) {
      const name = (messages.aids as Record<string, string>)[key] ?? (messages.actions as Record<string, string>)[key] ?? (messages as unknown as Record<string, string>)[key]!;
      expect(name.toLowerCase(), key).toContain(label.toLowerCase());
    }
  });

  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['ZH-tw', 'zh-TW'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('the page language %j gets %s', (lang, locale) => {
    expect(localeFor(lang)).toBe(locale);
  });
});

it('fills placeholders and leaves unknown ones', () => {
  expect(format('{name} {value}', { name: '字体大小', value: '150%' })).toBe('字体大小 150%');
  expect(format('{name} {other}', { name: 'x' })).toBe('x {other}');
});

it('applies a site’s overrides per message, nested ones included', () => {
  const messages = messagesFor('zh-CN', { title: '长者模式', aids: { fontScale: '字号' }, bogus: 'x' } as never);
  expect(messages.title).toBe('长者模式');
  expect(messages.aids.fontScale).toBe('字号');
  expect(messages.aids.pageZoom).toBe('页面缩放');
  expect('bogus' in messages).toBe(false);
  expect(LOCALES['zh-CN'].title).toBe('无障碍工具');
});

it('keeps the built-in text where an override is empty, so no control loses its name', () => {
  const messages = messagesFor('en', { launcher: ' ', aids: { fontScale: '', pageZoom: 'Zoom' } } as never);
  expect(messages.launcher).toBe('Accessibility tools');
  expect(messages.aids.fontScale).toBe('Text size');
  expect(messages.aids.pageZoom).toBe('Zoom');
});

describe('every registered aid has its texts in every locale', () => {
  const aids = REGISTRY as readonly AidDefinition[];
  /** The message paths the registry asks for: each group, control, option, unavailability reason and shortcut. */
  const required = aids.flatMap((aid) => [
    `groups.${aid.group}`,
    ...aid.unavailable ? [`unavailable.${aid.unavailable.reason}`] : [],
    ...(aid.shortcuts ?? []).map((shortcut) => `actions.${shortcut.id}`),
    ...controlsOf(aid as Aid).flatMap((control) => [
      `aids.${control.name}`,
      ...(control.kind === 'choice' ? control.options.map((option) => `options.${control.name}.${option}`) : []),
    ]),
  ]);

  it('asks for texts of every aid', () => {
    expect(required).toContain('aids.fontScale');
    expect(required).toContain('options.colorScheme.white-on-black');
    expect(required).toContain('options.captionColors.white-on-blue');
    expect(required.length).toBeGreaterThan(aids.length * 2);
  });

  it.each(Object.keys(LOCALES))('%s has each of them', (locale) => {
    const messages = LOCALES[locale as keyof typeof LOCALES];
    const missing = required.filter((path) => {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
      return typeof value !== 'string' || !value.trim();
    });
    expect(missing).toEqual([]);
  });
});
