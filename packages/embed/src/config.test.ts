import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, readConfig } from './config.js';

function script(attributes: Record<string, string>): HTMLScriptElement {
  const el = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

const read = (attributes: Record<string, string> = {}, global?: unknown) => {
  const warnings: string[] = [];
  const config = readConfig(script(attributes), global, (_, message) => warnings.push(message));
  return { config, warnings };
};

describe('readConfig', () => {
  it('defaults: launcher at the bottom right, every aid, shortcuts on, the page language', () => {
    const { config, warnings } = read({ src: '/reachable.js', defer: '' });
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(warnings).toEqual([]);
  });

  it('reads every data-* attribute', () => {
    const { config, warnings } = read({
      'data-lang': 'zh-tw',
      'data-layout': 'bar',
      'data-position': 'top-left',
      'data-offset': '24',
      'data-z-index': '500',
      'data-features': 'fontScale, textSpacing',
      'data-shortcuts': 'toggle=Ctrl+Alt+A, reset=off',
      'data-storage-key': 'my-charity',
      'data-open': 'true',
    });
    expect(warnings).toEqual([]);
    expect(config).toMatchObject({
      lang: 'zh-TW',
      layout: 'bar',
      position: 'top-left',
      offset: 24,
      zIndex: 500,
      features: ['fontScale', 'textSpacing'],
      shortcuts: { toggle: 'Ctrl+Alt+A', reset: false },
      storageKey: 'my-charity',
      open: true,
    });
  });

  it.each([
    ['data-layout', 'sidebar', 'launcher, bar'],
    ['data-position', 'middle', 'bottom-right, bottom-left, top-right, top-left'],
    ['data-lang', 'fr', 'auto, or a language tag of a built-in locale: zh-CN, zh-TW, en'],
    ['data-lang', 'english', 'auto, or a language tag'],
    ['data-z-index', '-1', 'a whole number from 0'],
    ['data-offset', '-5', 'a number of pixels from 0 to 200'],
    ['data-offset', 'big', 'a number of pixels from 0 to 200'],
    ['data-z-index', '1.5', 'a whole number from 0'],
    ['data-features', 'fontScale, teleport', 'fontScale, pageZoom, textSpacing'],
    ['data-shortcuts', 'maybe', 'on, off'],
    ['data-storage-key', '', 'a non-empty name'],
    ['data-open', 'yes', 'true or false'],
  ])('%s="%s": one warning naming it and what is accepted, then the default', (attribute, value, accepted) => {
    const { config, warnings } = read({ [attribute]: value });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${attribute}="${value}"`);
    expect(warnings[0]).toContain(accepted);
    expect(config).toEqual(DEFAULT_CONFIG);
  });

  it('reads any tag of a built-in language, and offsets written with px', () => {
    const tags = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', 'zh-HK': 'zh-TW', zh: 'zh-CN', 'en-GB': 'en', AUTO: 'auto' };
    for (const [tag, locale] of Object.entries(tags)) expect(read({ 'data-lang': tag }).config.lang, tag).toBe(locale);
    expect(read({ 'data-offset': '24px' }).config.offset).toBe(24);
    expect(read({ 'data-offset': ' 24px ' }).config.offset).toBe(24);
    for (const odd of ['0x10', '1e2', '0b1']) expect(read({ 'data-z-index': odd }).warnings, odd).toHaveLength(1);
  });

  it('takes only numbers for numbers in window.ReachableConfig', () => {
    const { config, warnings } = read({}, { zIndex: true, offset: null });
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(warnings).toHaveLength(2);
  });

  it("leaves other tools' attributes on the tag alone (Cloudflare, cookie consent, Turbo)", () => {
    const { warnings } = read({ 'data-cfasync': 'false', 'data-cookieconsent': 'ignore', 'data-category': 'necessary', 'data-turbo-track': 'reload' });
    expect(warnings).toEqual([]);
  });

  it('warns about unknown attributes and options', () => {
    const { warnings } = read({ 'data-colour': 'red' }, { theme: 'dark' });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('ReachableConfig.theme is not an option');
    expect(warnings[1]).toContain('data-colour is not an option');
  });

  it('takes window.ReachableConfig, and the script tag wins over it', () => {
    const { config, warnings } = read(
      { 'data-position': 'bottom-left' },
      { position: 'top-right', layout: 'bar', shortcuts: false, messages: { title: '长者助手' } },
    );
    expect(warnings).toEqual([]);
    expect(config).toMatchObject({ position: 'bottom-left', layout: 'bar', shortcuts: false, messages: { title: '长者助手' } });
  });

  it("takes a site's own voice from window.ReachableConfig only, and refuses one that is not a function", () => {
    const provider = async () => 'https://tts.example/a.mp3';
    expect(read({}, { speech: { provider } })).toMatchObject({ config: { speech: { provider } }, warnings: [] });
    const refused = read({}, { speech: { provider: 'https://tts.example/' } });
    expect(refused.config.speech).toEqual({});
    expect(refused.warnings[0]).toContain('ReachableConfig.speech');
    // Not an attribute: a function cannot be written in markup.
    const attribute = read({ 'data-speech': 'on' });
    expect(attribute.config.speech).toEqual({});
    expect(attribute.warnings[0]).toContain('data-speech is not an option');
  });

  it('takes the aids a site honours from data-honours (ids) or window.ReachableConfig (ids, or ids with handlers), and refuses unknown ones whole', () => {
    expect(read({ 'data-honours': 'colorScheme, fontScale' })).toEqual({ config: { ...DEFAULT_CONFIG, honours: { colorScheme: true, fontScale: true } }, warnings: [] });
    expect(read({}, { honours: ['textSpacing'] }).config.honours).toEqual({ textSpacing: true });
    const colorScheme = () => {};
    expect(read({}, { honours: { colorScheme } })).toMatchObject({ config: { honours: { colorScheme } }, warnings: [] });
    for (const honours of ['colourScheme', { colorScheme: 'yes' }, { colorScheme, nope: true }]) {
      const refused = read({}, { honours });
      expect(refused.config.honours).toEqual({});
      expect(refused.warnings).toHaveLength(1);
      expect(refused.warnings[0]).toContain('ReachableConfig.honours');
    }
  });

  it("takes a site's own presets from window.ReachableConfig only (each is checked as the controller takes it)", () => {
    const presets = { calm: { name: { 'zh-CN': '安静阅读', en: 'Calm reading' }, values: { reduceMotion: true } } };
    expect(read({}, { presets })).toMatchObject({ config: { presets }, warnings: [] });
    const refused = read({}, { presets: [presets] });
    expect(refused.config.presets).toEqual({});
    expect(refused.warnings).toHaveLength(1);
    expect(refused.warnings[0]).toContain('ReachableConfig.presets');
    expect(read({ 'data-presets': 'calm' }).warnings[0]).toContain('data-presets is not an option');
  });

  it('survives nonsense in window.ReachableConfig', () => {
    for (const global of ['bar', 42, [1], { features: 7, offset: {} }]) {
      const { config, warnings } = read({}, global);
      expect(config).toEqual(DEFAULT_CONFIG);
      expect(warnings.length).toBeGreaterThan(0);
    }
  });

  it('works with no script element (a bundler import)', () => {
    expect(readConfig(null, undefined, vi.fn())).toEqual(DEFAULT_CONFIG);
  });
});
