import { beforeEach, describe as group, expect, it } from 'vitest';
import { describe, langOf, script, speakable } from './describe.js';

/** The composed path of an event on `el`, as the browser gives it. */
const pathOf = (el: Element) => {
  let path: EventTarget[] = [];
  el.addEventListener('click', (event) => (path = event.composedPath()), { once: true });
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  return path;
};
const $ = (selector: string) => document.querySelector(selector)!;

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
  document.body.innerHTML = `
    <p id="para">补水覆盖六省，详见<a href="/data" id="link"><strong id="strong">水利部数据</strong></a>。</p>
    <button id="search" aria-label="搜索"><span id="icon">🔍</span></button>
    <img id="photo" src="a.png" alt="丹江口水库">
    <label>邮箱 <input id="email" value="me@example.com"></label>
    <input id="password" type="password" aria-label="密码" value="secret">
    <a href="/x" id="labelled" aria-label="年度报告 PDF">下载</a><a href="/y" id="contained" aria-label="下载年度报告">下载</a>
    <h2 id="title">通知公告</h2>
    <div id="loose">零散文字 <span id="inner">其中一段</span></div>
    <div id="empty"><span id="bare"></span></div>
    <p aria-hidden="true"><span id="hidden">装饰</span></p>
    <div inert><p id="inert">不可用</p></div>
    <ul><li id="item" lang="en">An English item</li></ul>
    <div lang="zh-TW"><button id="tw">送出</button></div>`;
});

group('speakable', () => {
  it('finds the control around what the pointer is on, before its paragraph', () => {
    expect(speakable(pathOf($('#strong')))).toBe($('#link'));
    expect(speakable(pathOf($('#icon')))).toBe($('#search'));
    expect(speakable(pathOf($('#photo')))).toBe($('#photo'));
    // A password field has no role in the library: it is still a field.
    expect(speakable(pathOf($('#password')))).toBe($('#password'));
  });

  it('else the block of text, else an element holding text itself', () => {
    expect(speakable(pathOf($('#para')))).toBe($('#para'));
    expect(speakable(pathOf($('#inner')))).toBe($('#inner'));
    expect(speakable(pathOf($('#loose')))).toBe($('#loose'));
    expect(speakable(pathOf($('#bare')))).toBeUndefined();
    expect(speakable(pathOf(document.body))).toBeUndefined();
  });

  it('finds nothing hidden from the visitor: aria-hidden, inert', () => {
    expect(speakable(pathOf($('#hidden')))).toBeUndefined();
    expect(speakable(pathOf($('#inert')))).toBeUndefined();
  });

  it('finds a control inside an open shadow root', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const button = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    button.textContent = '关闭';
    expect(speakable(pathOf(button))).toBe(button);
    expect(describe(button)).toBe('关闭 按钮');
  });
});

group('describe', () => {
  it('says the name and the role a listener needs, in the text’s language', () => {
    expect(describe($('#link'))).toBe('水利部数据 链接');
    expect(describe($('#search'))).toBe('搜索 按钮 🔍');
    expect(describe($('#photo'))).toBe('丹江口水库 图片');
    expect(describe($('#title'))).toBe('通知公告 标题');
    expect(describe($('#tw'))).toBe('送出 按鈕');
  });

  it('says a name split by a line break once, with the break as a space', () => {
    document.body.insertAdjacentHTML('beforeend', '<a id="two" href="/books">让每个孩子都能读到好书<br>Good books</a>');
    // jsdom lays nothing out: the text as a browser renders it.
    Object.defineProperty($('#two'), 'innerText', { value: '让每个孩子都能读到好书\nGood books' });
    expect(describe($('#two'))).toBe('让每个孩子都能读到好书 Good books 链接');
  });

  it('gives a named container (a dialog taking focus) its name, not everything in it', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div id="dialog" role="dialog" aria-label="无障碍工具" tabindex="-1"><h2>无障碍工具</h2><button>关闭</button><p>文字 字体大小 150%</p></div><div id="plain" tabindex="-1"><p>没有名字的区域</p></div>',
    );
    expect(describe($('#dialog'))).toBe('无障碍工具');
    // Without a name, what it holds is all there is to say.
    expect(describe($('#plain'))).toBe('没有名字的区域');
  });

  it('gives a block its text, without a role', () => {
    expect(describe($('#para'))).toBe('补水覆盖六省，详见水利部数据。');
    expect(describe($('#item'))).toBe('An English item');
  });

  it('adds the text when the name is not it', () => {
    expect(describe($("#labelled"))).toBe("年度报告 PDF 链接 下载");
    // A name that already says the text says it once.
    expect(describe($("#contained"))).toBe("下载年度报告 链接");
  });

  it('names a field by its label, and never reads its value', () => {
    expect(describe($('#email'))).toBe('邮箱 编辑框');
    expect(describe($('#password'))).not.toContain('secret');
    expect(describe($('#password'))).toBe('密码 编辑框');
  });
});

group('languages', () => {
  it('takes the nearest lang, else the browser’s', () => {
    expect(langOf($('#item'))).toBe('en');
    expect(langOf($('#tw'))).toBe('zh-TW');
    expect(langOf($('#para'))).toBe('zh-CN');
    document.documentElement.removeAttribute('lang');
    expect(langOf($('#para'))).toBe(navigator.language);
  });

  it('picks Simplified, Traditional or English words', () => {
    expect(['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'cmn'].map(script)).toEqual(Array(5).fill('hans'));
    expect(['zh-TW', 'zh-HK', 'zh-Hant', 'zh-MO', 'yue'].map(script)).toEqual(Array(5).fill('hant'));
    expect(['en', 'fr', ''].map(script)).toEqual(Array(3).fill('en'));
  });
});
