import type { Engine } from '../engine.js';
import { createKeyedStyleEngine } from '../internal/keyed-style-engine.js';
import type { Cursor } from '../preferences/schema.js';
import { refuseCursor } from './refused.js';

/** Pointer shapes on a 24-unit grid, drawn at 48 px, with their hot spots (in px). */
const SHAPES = {
  arrow: { path: 'M3.5 2v17.5l4.6-4.4 3.2 6.9 3.2-1.4-3.1-6.8h6.4z', x: 7, y: 4 },
  hand: { path: 'M9 3.5a1.5 1.5 0 0 1 3 0V11h1V9.5a1.5 1.5 0 0 1 3 0V11h1v-.5a1.5 1.5 0 0 1 3 0V16c0 3.3-2.7 6-6 6h-1.5c-2 0-3.8-1-4.9-2.7L4 14.5a1.5 1.5 0 0 1 2.5-1.6L9 16z', x: 21, y: 4 },
  text: { path: 'M8 2.5h8v2.5h-2.7v14h2.7v2.5H8V19h2.7V5H8z', x: 24, y: 24 },
  wait: { path: 'M5.5 2h13v2.6L14 12l4.5 7.4V22h-13v-2.6L10 12 5.5 4.6z', x: 24, y: 24 },
} as const;

/** The cursors, each filled in one colour and outlined in the other, so it shows on any background. */
const COLORS: Readonly<Record<Exclude<Cursor, 'default'>, readonly [fill: string, outline: string]>> = {
  'large-black': ['#000', '#fff'],
  'large-white': ['#fff', '#000'],
};

const url = (shape: keyof typeof SHAPES, [fill, outline]: readonly [string, string], fallback: string) => {
  const { path, x, y } = SHAPES[shape];
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48' viewBox='0 0 24 24'><path d='${path}' fill='${fill}' stroke='${outline}' stroke-width='1.4' stroke-linejoin='round'/></svg>`;
  return `url("data:image/svg+xml,${svg.replaceAll('#', '%23')}") ${x} ${y},${fallback}`;
};

/**
 * The stylesheet of a large cursor, or '' for 'default' (off): an arrow
 * everywhere, a hand over what can be clicked, an I-beam in text fields, an
 * hourglass over what is busy. CSS `cursor` images, never an element that
 * follows the pointer, so scrolling, clicking and selecting are untouched.
 */
export function cursorCss(cursor: Cursor, root = ''): string {
  const colors = COLORS[cursor as Exclude<Cursor, 'default'>];
  if (!colors) return '';
  const within = root ? `${root} ` : '';
  const clickable = ':any-link,button,summary,label,select,[role=button],[role=link],[role=tab],[role=menuitem],[role=option],[role=checkbox],[role=radio],[role=switch],input:is([type=button],[type=submit],[type=reset],[type=checkbox],[type=radio],[type=file],[type=image],[type=range],[type=color])';
  const typing = 'textarea,[contenteditable]:not([contenteditable=false]),input:not([type=button],[type=submit],[type=reset],[type=checkbox],[type=radio],[type=file],[type=image],[type=range],[type=color])';
  return `@layer reach-cursor{
${root || ':root'},${within}*{cursor:${url('arrow', colors, 'default')}!important}
${within}:is(${clickable}),${within}:is(${clickable}) *{cursor:${url('hand', colors, 'pointer')}!important}
${within}:is(${typing}){cursor:${url('text', colors, 'text')}!important}
${within}[aria-busy=true],${within}[aria-busy=true] *{cursor:${url('wait', colors, 'wait')}!important}
}`;
}

/**
 * The large cursor (大鼠标): black or white, 48 px, with matching link, text
 * and busy cursors. Where the page's Content-Security-Policy refuses `data:`
 * images, the browser keeps its own cursor; the aid notices the refusal and
 * says it is unavailable on this site (`cursorRefused()`), and nothing throws.
 */
export function createCursor(doc: Document = document): Engine<Cursor> {
  const keyed = createKeyedStyleEngine<Cursor>(doc, 'data-reach-cursor', Object.keys(COLORS) as Cursor[], cursorCss);
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI === 'data' && /img-src|default-src/.test(event.effectiveDirective)) refuseCursor(doc);
  };
  let listening = false;
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    if (on) doc.addEventListener('securitypolicyviolation', onViolation);
    else doc.removeEventListener('securitypolicyviolation', onViolation);
  };
  return {
    apply(value) {
      listen(value in COLORS);
      keyed.apply(value);
    },
    destroy() {
      listen(false);
      keyed.destroy();
    },
  };
}
