// Minifies the static text of lit's tagged templates at build time, where
// esbuild leaves template literals as written:
//   css`…`        minified by esbuild's CSS minifier (templates without ${}),
//   html`…` svg`…` runs of white space collapsed to one space (always safe in HTML).
// Expressions inside ${…} — including nested templates — are copied unchanged.
import { transformSync } from 'esbuild';

const TAG = /\b(css|html|svg)`/g;

/** Index just past the template literal that starts at `start` (the opening backtick). */
function templateEnd(source, start) {
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '`') return i + 1;
    else if (c === '$' && source[i + 1] === '{') i = expressionEnd(source, i + 2);
    else i += 1;
  }
  throw new Error('unterminated template literal');
}

/** Index just past the `}` closing an expression that starts at `start`. */
function expressionEnd(source, start) {
  let depth = 1;
  let i = start;
  while (i < source.length) {
    const c = source[i];
    if (c === '`') i = templateEnd(source, i);
    else if (c === '"' || c === "'") {
      i += 1;
      while (source[i] !== c) i += source[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i);
    else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i) + 2;
    else {
      if (c === '{') depth += 1;
      if (c === '}' && --depth === 0) return i + 1;
      i += 1;
    }
  }
  throw new Error('unterminated ${ expression');
}

/** Splits a template literal's body into static text and ${…} expressions. */
function* parts(body) {
  let i = 0;
  let text = '';
  while (i < body.length) {
    if (body[i] === '\\') {
      text += body.slice(i, i + 2);
      i += 2;
    } else if (body[i] === '$' && body[i + 1] === '{') {
      const end = expressionEnd(body, i + 2);
      yield { text };
      yield { expression: minifyTemplates(body.slice(i, end)) };
      text = '';
      i = end;
    } else text += body[i++];
  }
  yield { text };
}

export function minifyTemplates(source) {
  let out = '';
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    if (match.index < last) continue; // inside a template already handled
    const open = match.index + match[0].length - 1;
    const end = templateEnd(source, open);
    const body = source.slice(open + 1, end - 1);
    let minified;
    if (match[1] === 'css' && !body.includes('${')) {
      minified = transformSync(body, { loader: 'css', minify: true }).code.trim().replace(/[`\\]/g, '\\$&');
    } else {
      minified = [...parts(body)].map((p) => p.expression ?? p.text.replace(/\s+/g, ' ')).join('');
    }
    out += source.slice(last, open + 1) + minified + '`';
    last = end;
  }
  return out + source.slice(last);
}
