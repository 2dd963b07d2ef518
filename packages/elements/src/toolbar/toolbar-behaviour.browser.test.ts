import { createReachable, type Reachable } from '@reachable/core/controller';
import { memoryStorage } from '@reachable/core/preferences';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { accessibilityTree } from '../../../../test/ax.js';
import { findAX, useToolbar } from '../../../../test/toolbar.js';
import { ReachToolbar } from './element.js';
import { Panel } from './panel.js';

const t = useToolbar();
const { mount, shadow, buttonNamed, settle } = t;

describe('<reach-toolbar>: rendering', () => {
  // First in its file: lit's development build gives each warning once per page.
  it('renders once per change: nothing it does after an update schedules another (lit warns change-in-update)', async () => {
    const warn = vi.spyOn(console, 'warn');
    try {
      await mount();
      t.toolbar.show();
      await settle();
      buttonNamed('快捷键').click(); // the help view open as the panel closes: closing it must not be a second update
      await settle();
      t.controller.preferences.set({ fontScale: 1.5 });
      t.toolbar.hide();
      await settle();
      t.toolbar.layout = 'bar';
      t.toolbar.show();
      await settle();
      expect(shadow('.help').hidden).toBe(true);
      expect(warn.mock.calls.map(([message]) => String(message)).filter((message) => /change-in-update|scheduled an update/.test(message))).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });

  it('keeps properties a framework set before the element was defined (they would hide its accessors)', async () => {
    const el = document.createElement('reach-toolbar-early') as ReachToolbar;
    el.messages = { launcher: '早先设定 Set early' };
    el.shortcuts = false;
    el.layout = 'bar';
    document.body.append(el);
    try {
      customElements.define('reach-toolbar-early', class extends ReachToolbar {});
      await el.updateComplete;
      expect(Object.hasOwn(el, 'messages')).toBe(false);
      expect([el.shortcuts, el.layout]).toEqual([false, 'bar']);
      expect(el.shadowRoot!.querySelector('.launcher')!.getAttribute('aria-label')).toBe('早先设定 Set early');
      expect(el.getAttribute('layout')).toBe('bar');
    } finally {
      el.remove();
    }
  });

  it('does not render its closed panel for every change of preferences (shortcuts while closed): it renders as it opens', async () => {
    await mount();
    t.toolbar.show();
    await settle();
    t.toolbar.hide();
    await settle();
    const render = vi.spyOn(Panel.prototype, 'render');
    try {
      t.controller.preferences.set({ fontScale: 1.5 });
      t.controller.preferences.set({ textSpacing: true });
      await settle();
      expect(render).not.toHaveBeenCalled();
      t.toolbar.show();
      await settle();
      expect(render).toHaveBeenCalled();
      expect(shadow('.stepper:has(#label-fontScale) .value').textContent).toBe('150%');
    } finally {
      render.mockRestore();
    }
  });
});

describe('<reach-toolbar>: where focus and speech go', () => {
  it('returns focus to the field it was opened from by its shortcut', async () => {
    await mount();
    document.body.insertAdjacentHTML('beforeend', '<label>姓名 <input id="name"></label>');
    const field = document.querySelector<HTMLInputElement>('#name')!;
    field.focus();
    await userEvent.keyboard('{Alt>}{Shift>}g{/Shift}{/Alt}');
    await settle();
    expect(t.toolbar.shadowRoot!.activeElement).toBe(shadow('.panel'));
    await userEvent.keyboard('{Escape}');
    await settle();
    expect(document.activeElement).toBe(field);
  });

  it("describes each stepper button by the current value, so it is heard on reaching it", async () => {
    await mount();
    t.toolbar.show();
    await settle();
    t.controller.preferences.set({ fontScale: 1.5 });
    await settle();
    const tree = await accessibilityTree();
    expect(findAX(tree, 'button', '增大字体大小')!.description).toBe('150%');
    expect(findAX(tree, 'button', '减小字体大小')!.description).toBe('150%');
  });

  it("takes the page's new language when it next renders (a single-page app switching it)", async () => {
    await mount();
    document.documentElement.lang = 'en';
    t.toolbar.show();
    await settle();
    expect(shadow('.launcher').getAttribute('aria-label')).toBe('Accessibility tools');
  });

  it('warns once about a bad layout, corner, offset or z-index, and uses the default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await mount({ layout: 'sidebar', position: 'middle', offset: 'abc', 'z-index': '-3' });
      expect(t.toolbar.layout).toBe('launcher');
      expect(t.toolbar.position).toBe('bottom-right');
      expect(getComputedStyle(shadow('.launcher')).position).toBe('fixed');
      expect(shadow('.launcher').getBoundingClientRect().right).toBe(document.documentElement.clientWidth - 16);
      expect(getComputedStyle(shadow('.launcher')).zIndex).toBe('10000');
      expect(warn.mock.calls.map(([m]) => String(m).split(' is not valid')[0])).toEqual([
        '[Reachable R040] <reach-toolbar> layout="sidebar"',
        '[Reachable R040] <reach-toolbar> position="middle"',
        '[Reachable R040] <reach-toolbar> offset="NaN"',
        '[Reachable R040] <reach-toolbar> zIndex="-3"',
      ]);
      t.toolbar.shortcuts = { toggle: 'G' };
      await settle();
      t.toolbar.shortcuts = { toggle: 'G' };
      await settle();
      expect(warn.mock.calls.filter(([m]) => String(m).startsWith('[Reachable R103] <reach-toolbar> shortcuts:'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('re-renders its texts when its lang attribute changes', async () => {
    await mount({ lang: 'en' });
    expect(shadow('.launcher').getAttribute('aria-label')).toBe('Accessibility tools');
    t.toolbar.setAttribute('lang', 'zh-CN');
    await settle();
    expect(shadow('.launcher').getAttribute('aria-label')).toBe('无障碍工具');
  });
});

describe('<reach-toolbar>: shortcuts', () => {
  it('Alt+Shift+G opens and closes; Alt+Shift+↑ and 0 change and reset; Alt+Shift+1 toggles spacing', async () => {
    await mount();
    await userEvent.keyboard('{Alt>}{Shift>}g{/Shift}{/Alt}');
    await settle();
    expect(t.toolbar.open).toBe(true);
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowUp}{ArrowUp}{/Shift}{/Alt}');
    expect(t.controller.preferences.get().fontScale).toBe(1.5);
    await userEvent.keyboard('{Alt>}{Shift>}1{/Shift}{/Alt}');
    expect(t.controller.preferences.get().textSpacing).toBe(true);
    await userEvent.keyboard('{Alt>}{Shift>}0{/Shift}{/Alt}');
    expect(t.controller.preferences.get()).toMatchObject({ fontScale: 1, textSpacing: false });
    await userEvent.keyboard('{Alt>}{Shift>}g{/Shift}{/Alt}');
    await settle();
    expect(t.toolbar.open).toBe(false);
  });

  it('leaves text fields their editing keys, and can be switched off', async () => {
    await mount();
    document.body.insertAdjacentHTML('beforeend', '<label>Name <input id="name"></label>');
    (document.querySelector('#name') as HTMLInputElement).focus();
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    expect(t.controller.preferences.get().fontScale).toBe(1);
    t.toolbar.shortcuts = false;
    await settle();
    (document.querySelector('a') as HTMLElement).focus();
    await userEvent.keyboard('{Alt>}{Shift>}g{/Shift}{/Alt}');
    await settle();
    expect(t.toolbar.open).toBe(false);
  });

  it('takes and lists only the shortcuts of the enabled aids (and open, reset)', async () => {
    t.controller.destroy();
    t.controller = createReachable({ storage: memoryStorage(), features: ['textSpacing'] });
    await mount();
    t.toolbar.show();
    await settle();
    buttonNamed('快捷键').click();
    await settle();
    expect([...shadow('#help').querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Alt + Shift + G', 'Alt + Shift + 0', 'Alt + Shift + 1', 'Esc']);
    const prevented: boolean[] = [];
    const listen = (event: KeyboardEvent) => prevented.push(event.defaultPrevented);
    window.addEventListener('keydown', listen);
    (document.querySelector('a') as HTMLElement).focus();
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    window.removeEventListener('keydown', listen);
    expect(prevented.at(-1)).toBe(false); // left to the page and the browser
  });

  it('lists the shortcuts in the help view', async () => {
    await mount();
    t.toolbar.show();
    await settle();
    buttonNamed('快捷键').click();
    await settle();
    expect(shadow('#help').hidden).toBe(false);
    expect(shadow('#help').textContent).toContain('Alt + Shift + G');
    expect(shadow('#help').textContent).toContain('打开或关闭无障碍工具');
  });
});

