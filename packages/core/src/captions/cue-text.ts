/**
 * Renders WebVTT cue text as DOM, built node by node: markup allowed by the
 * WebVTT spec (<b>, <i>, <u>, <c.classes>, <v speaker>, <lang tag>, <ruby>,
 * <rt>, timestamps, entities) maps to elements; anything else is text.
 * Nothing from a caption file becomes HTML, a URL, a script or an attribute —
 * except a `lang` that is a well-formed language tag and a colour class from
 * WebVTT's own list, both checked against fixed patterns.
 */

const TAGS: Record<string, string> = { b: 'b', i: 'i', u: 'u', c: 'span', v: 'span', lang: 'span', ruby: 'ruby', rt: 'rt' };
/** WebVTT's default colour classes (§ 6.3). */
const COLOURS = new Set(['white', 'lime', 'cyan', 'red', 'yellow', 'magenta', 'blue', 'black']);
const LANG = /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00A0', lrm: '\u200E', rlm: '\u200F' };
const TOKEN = /<(\/?)([a-z]+)?((?:\.[\w-]+)*)(?:\s+([^>]*))?>|<\d[\d:.]*>|&(amp|lt|gt|nbsp|lrm|rlm);/gi;
/** Caption cues are short; a hostile file must not build a huge tree. */
const MAX_DEPTH = 16;

export function renderCueText(cueText: string, doc: Document = document): DocumentFragment {
  const text = typeof cueText === 'string' ? cueText : '';
  const root = doc.createDocumentFragment();
  const stack: { node: ParentNode; tag: string }[] = [{ node: root, tag: '' }];
  const top = () => stack[stack.length - 1]!;
  let last = 0;
  const addText = (value: string) => value && top().node.append(value);
  for (const match of text.matchAll(TOKEN)) {
    addText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, rawTag, classes, annotation, entity] = match;
    if (entity) {
      addText(ENTITIES[entity.toLowerCase()]!);
      continue;
    }
    const tag = rawTag?.toLowerCase();
    if (!tag || !(tag in TAGS)) continue; // timestamps and unknown tags are dropped
    if (closing) {
      // Close up to the matching tag; a stray end tag is ignored.
      const at = stack.findLastIndex((entry) => entry.tag === tag);
      if (at > 0) stack.length = at;
      continue;
    }
    if (stack.length > MAX_DEPTH) continue;
    const el = doc.createElement(TAGS[tag]!);
    const colour = classes
      ?.split('.')
      .find((name) => COLOURS.has(name.toLowerCase()))
      ?.toLowerCase();
    if (colour) el.dataset.color = colour;
    if (tag === 'lang' && annotation && LANG.test(annotation.trim())) el.lang = annotation.trim();
    if (tag === 'v') el.dataset.voice = '';
    top().node.append(el);
    stack.push({ node: el, tag });
  }
  addText(text.slice(last));
  return root;
}
