import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { chineseScript } from '../internal/language.js';

/** The roles a listener must hear to know what they point at; others give only their text. */
const ROLES = 'link button heading img checkbox radio textbox searchbox combobox listbox switch tab menuitem slider'.split(' ');
/** Each role's word, in the order of `ROLES`, by language. */
const WORDS: Record<string, string[]> = {
  hans: '链接 按钮 标题 图片 复选框 单选按钮 编辑框 搜索框 组合框 列表框 开关 标签 菜单项 滑块'.split(' '),
  hant: '連結 按鈕 標題 圖片 核取方塊 選項按鈕 編輯框 搜尋框 組合框 清單框 開關 標籤 選單項目 滑桿'.split(' '),
  en: ROLES.map((role) => (role === 'img' ? 'image' : role === 'textbox' ? 'edit text' : role === 'menuitem' ? 'menu item' : role)),
};
/** Containers a name sums up: focus on one (a dialog opening) says its name, not everything in it. */
const NAMED_CONTAINERS = /^(dialog|alertdialog|region|group|navigation|form|search|toolbar|menu|menubar|tablist|tree|grid|table|list|listbox)$/;
/** Blocks of text: hovering anywhere in one reads all of it. */
const BLOCK = /^(p|li|h[1-6]|d[td]|t[dh]|caption|figcaption|blockquote|pre|legend|label|summary|address)$/;
/** Fields: read by their name, never by their value. */
const FIELD = /^(input|select|textarea)$/;
/** Never spoken: their content is code or drawing, not text. */
const SKIP = /^(script|style|noscript|template|svg|math|canvas)$/;

/** Words for Traditional or Simplified Chinese, else English. */
export const script = (lang: string) => chineseScript(lang) ?? 'en';

/** The parent in the flat tree: a shadow root's host after its top. */
const up = (el: Element) => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** The language of an element's text: its own or its nearest ancestor's `lang`, across shadow roots, else the browser's. */
export function langOf(el: Element): string {
  for (let node: Element | null = el; node; node = up(node)) if (node.getAttribute('lang')) return node.getAttribute('lang')!;
  return el.ownerDocument.defaultView?.navigator.language ?? 'en';
}

/** Hidden by the page's markup: from assistive technology (`aria-hidden`), `inert`, or code and drawing. */
const markedHidden = (el: Element) => SKIP.test(el.localName) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert');
/** Not shown to the visitor: `display: none`, `visibility: hidden`, a closed `<details>`… (its ancestors included). */
const unseen = (el: Element) => el.checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions) === false;

/** Whether an element itself is left unread; its ancestors are not looked at (for a walk that skips what they hold). */
export const unread = (el: Element): boolean => markedHidden(el) || unseen(el);

/** Whether a visitor sees it and may hear it: it is not `unseen`, and neither it nor anything around it (across shadow roots) is `markedHidden`. */
export function shown(el: Element): boolean {
  if (unseen(el)) return false;
  for (let node: Element | null = el; node; node = up(node)) if (markedHidden(node)) return false;
  return true;
}

/**
 * What the pointer or a tap is on, from an event's composed path (so a
 * target inside an open shadow root is found): the nearest link, button,
 * image or other control around it, else its block of text (a paragraph, a
 * list item, a cell), else the element itself if it holds text. Undefined
 * for what is hidden.
 */
export function speakable(path: readonly EventTarget[]): Element | undefined {
  let block: Element | undefined;
  for (const target of path) {
    if (!(target as Node).nodeType || (target as Node).nodeType !== 1) continue;
    const el = target as Element;
    if (el.localName === 'body' || el.localName === 'html') break;
    if (ROLES.includes(getRole(el) ?? '') || FIELD.test(el.localName)) return shown(el) ? el : undefined;
    if (!block && BLOCK.test(el.localName)) block = el;
  }
  const first = path[0] as Element | undefined;
  const own = first?.nodeType === 1 && [...first.childNodes].some((node) => node.nodeType === 3 && /\S/.test(node.nodeValue!));
  const found = block ?? (own ? first : undefined);
  return found && shown(found) ? found : undefined;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Text without its spaces, to compare a name with the text it came from. */
const squash = (text: string) => text.replace(/\s/g, '');

/**
 * What to say for an element: its accessible name, its role where a
 * listener needs it ("搜索 按钮", "丹江口水库 图片"), then its text where the
 * name is not its text (a link named by `aria-label`). Names come from the
 * accessible-name computation screen readers follow (alt, labels,
 * aria-labelledby…). A field's value is never read out (it may be a password).
 */
export function describe(el: Element): string {
  const role = getRole(el);
  if (NAMED_CONTAINERS.test(role ?? '')) {
    const named = clean(computeAccessibleName(el));
    if (named) return named;
  }
  const field = FIELD.test(el.localName);
  // Fields the library gives no role (password, date, number…) are still fields to fill in.
  const index = ROLES.indexOf(role ?? (field ? 'textbox' : ''));
  let name = index < 0 ? '' : clean(computeAccessibleName(el));
  let text = field ? '' : clean((el as HTMLElement).innerText ?? el.textContent);
  if (name && text) {
    // A name from content joins what a line break or a block inside splits ("读到好书Good books"): compared without
    // spaces, and the text as shown (which keeps them) is that name, said once.
    const [squashedName, squashedText] = [squash(name), squash(text)];
    if (squashedName === squashedText) name = text;
    if (squashedName.includes(squashedText)) text = '';
  }
  const word = index < 0 ? '' : WORDS[script(langOf(el))]![index];
  return [name, word, text].filter(Boolean).join(' ');
}
