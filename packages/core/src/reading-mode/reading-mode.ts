import { SCHEME_COLORS } from '../color-scheme/color-scheme.js';
import { mountOwnUi } from '../dom/mount.js';
import type { Engine, EngineContext } from '../engine.js';
import { chineseScript } from '../internal/language.js';
import { writeSheet } from '../internal/owned-sheet.js';
import type { ColorScheme } from '../preferences/schema.js';
import { extract } from './extract.js';

/**
 * The view's look: large text at the visitor's text size, in the system's
 * colours (light or dark as their system is; under forced colours the
 * system's own) until `paint` adds their colour scheme. Nothing moves (no
 * animation or transition, for reduced motion), targets are at least 44 px,
 * focus is always visible (a ring in the text's colour), and everything wraps
 * at 320 px. Only what is on screen is laid out (`content-visibility`), so
 * opening a long page costs about what its first screen costs. The dialog's
 * box is set only while it is open (`[open]`): closing hides it at once.
 */
const CSS = `:host{all:initial!important}
dialog[open]{all:unset;position:fixed;inset:0;overflow:auto;padding:0 1em;color:CanvasText;background:Canvas;color-scheme:light dark;font:calc(20px*var(--reach-font-scale,1))/1.8 sans-serif;overflow-wrap:anywhere}
form{position:sticky;top:0;padding:.5em 0;text-align:end;background:inherit}
button{min-width:44px;min-height:44px;font:inherit;color:inherit;background:none;border:2px solid}
article{max-width:36em;margin:0 auto 3em}
article>*{content-visibility:auto;contain-intrinsic-size:auto 3em}
:focus-visible{outline:3px solid;outline-offset:2px}
img{max-width:100%;height:auto}pre{white-space:pre-wrap}td,th{border:1px solid}`;

/** The close button's one word, in the page's language (Reachable's core carries no locale texts). */
const closeLabel = (lang: string) => ({ hans: '关闭', hant: '關閉' })[chineseScript(lang)!] ?? 'Close';

/**
 * Reading mode (阅读模式 / 纯文本): the page's main content (see
 * `extract`) as a modal dialog of large, plain text — headings,
 * paragraphs, lists, links, tables and images with their text, in order — in
 * Reachable's own UI over the page, which stays as it was. Opening moves
 * focus to the view's heading; Esc or the close button close it, give focus
 * back to where it was, and turn the preference off through the controller
 * (`context`), so the toolbar and the stored choice agree with what the
 * visitor sees. While it is open it follows the colour scheme; closed, it
 * holds no listener. Nothing of the page is copied as markup.
 */
export function createReadingMode(doc: Document = document, context?: EngineContext): Engine<boolean> {
  let host: HTMLElement | undefined;
  let dialog: HTMLDialogElement | undefined;
  let unsubscribe = () => {};

  const paint = (sheet: CSSStyleSheet, scheme: ColorScheme | undefined) => {
    const colors = SCHEME_COLORS[scheme as keyof typeof SCHEME_COLORS];
    writeSheet(sheet, colors ? `${CSS}dialog[open]{color:${colors[0]};background:${colors[1]}}:link{color:${colors[2]}}:visited{color:${colors[3]}}` : CSS);
  };

  const open = () => {
    const { heading, body } = extract(doc);

    const mounted = mountOwnUi(doc, 'reach-reading-mode', CSS);
    const { root, sheet } = mounted;
    host = mounted.host;
    const make = <K extends keyof HTMLElementTagNameMap>(name: K, parent: Node, text = '') => {
      const el = doc.createElement(name);
      el.textContent = text;
      parent.appendChild(el);
      return el;
    };
    dialog = make('dialog', root);
    dialog.setAttribute('aria-labelledby', 'title');
    // A button of a `method="dialog"` form closes its dialog: no script of ours in between.
    make('form', dialog).method = 'dialog';
    make('button', dialog.firstChild!, closeLabel(doc.documentElement.lang));
    const article = make('article', dialog);
    // As shown (innerText): a line break in the heading is a space, not words run together.
    const title = make('h1', article, (heading?.innerText ?? '').replace(/\s+/g, ' ').trim() || doc.title || doc.URL);
    title.id = 'title';
    // Focus starts on the heading, so the view opens at its top and screen readers say its name.
    title.tabIndex = -1;
    title.autofocus = true;
    article.append(body);

    const own = dialog;
    // Esc, the close button, or anything else that closed this dialog while it was shown: the visitor ended reading mode.
    own.addEventListener('close', () => {
      if (dialog !== own) return;
      off();
      context?.preferences.set({ readingMode: false });
    });
    if (context) {
      paint(sheet, context.preferences.get().colorScheme);
      unsubscribe = context.preferences.subscribe((preferences, changed) => changed.includes('colorScheme') && paint(sheet, preferences.colorScheme));
    }
    dialog.showModal();
  };

  const off = () => {
    if (!host) return;
    unsubscribe();
    // The subscription holds the view's stylesheet, which holds its shadow root: let both go.
    unsubscribe = () => {};
    // Closing a modal dialog gives focus back to where it was before it opened, in a shadow root
    // too (if that is gone, focus falls to the body); its `close` event comes later and is ignored.
    dialog!.close();
    host.remove();
    host = dialog = undefined;
  };

  return {
    apply(value) {
      if (value !== true) return off();
      if (!host) open();
    },
    destroy: off,
  };
}
