import { afterEach, expect, it } from 'vitest';
import { firstFileAddress, ownScript } from './script-tag.js';

afterEach(() => document.head.replaceChildren());

it.each([
  ['https://unpkg.com/@reachable/embed', 'https://unpkg.com/@reachable/embed@0.0.0-test/dist/reachable.js'],
  ['https://unpkg.com/@reachable/embed/', 'https://unpkg.com/@reachable/embed@0.0.0-test/dist/reachable.js'],
  ['https://unpkg.com/@reachable/embed@1', 'https://unpkg.com/@reachable/embed@0.0.0-test/dist/reachable.js'],
  ['https://cdn.jsdelivr.net/npm/@reachable/embed@latest?x=1', 'https://cdn.jsdelivr.net/npm/@reachable/embed@0.0.0-test/dist/reachable.js?x=1'],
])('the package’s own address %s names this version’s first file, so chunks resolve beside it', (src, address) => {
  expect(firstFileAddress(src)).toBe(address);
  expect(new URL('chunks/a.js', firstFileAddress(src)).href).toBe(address.replace(/reachable\.js.*/, 'chunks/a.js'));
});

it.each([
  'https://unpkg.com/@reachable/embed@1.2.3/dist/reachable.js',
  'https://cdn.example.org/assets/reachable/reachable.js',
  'https://example.org/vendor/@reachable/embed/dist/reachable.js',
])('a file’s own address %s is kept', (src) => {
  expect(firstFileAddress(src)).toBe(src);
});

it('finds its tag by either form of address', () => {
  for (const src of ['https://unpkg.com/@reachable/embed', 'https://example.org/js/reachable.js']) {
    const script = document.head.appendChild(document.createElement('script'));
    script.src = src;
    expect(ownScript()).toBe(script);
    script.remove();
  }
});
