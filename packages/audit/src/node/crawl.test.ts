import { describe, expect, it } from 'vitest';
import { navigationError, normalize, scopeOf } from './crawl.js';

describe('normalize()', () => {
  it('drops fragments and reads …/index.html as its folder', () => {
    expect(normalize('http://a.test/about.html#team')).toBe('http://a.test/about.html');
    expect(normalize('http://a.test/index.html')).toBe('http://a.test/');
    expect(normalize('http://a.test/news/index.htm?p=2')).toBe('http://a.test/news/?p=2');
    expect(normalize('mailto:info@a.test')).toBeUndefined();
    expect(normalize('javascript:void 0')).toBeUndefined();
  });
});

describe('scopeOf()', () => {
  it('keeps a crawl on its origin, or for files in its folder', () => {
    const site = scopeOf('http://a.test/start.html');
    expect(site('http://a.test/x/y.html')).toBe(true);
    expect(site('https://a.test/')).toBe(false);
    expect(site('http://cdn.a.test/')).toBe(false);
    const files = scopeOf('file:///site/dist/index.html');
    expect(files('file:///site/dist/about/index.html')).toBe(true);
    expect(files('file:///site/other.html')).toBe(false);
  });
});

describe('navigationError()', () => {
  it('says in a few words why a page could not be loaded', () => {
    const timeout = Object.assign(new Error('page.goto: Timeout 8000ms exceeded.'), { name: 'TimeoutError' });
    expect(navigationError(timeout, 8000)).toBe('did not finish loading within 8 s');
    expect(navigationError(new Error('page.goto: net::ERR_TOO_MANY_REDIRECTS at http://a.test/loop'), 1)).toBe('redirect loop (too many redirects)');
    expect(navigationError(new Error('page.goto: Download is starting'), 1)).toBe('not HTML (the browser would download it)');
    expect(navigationError(new Error('page.goto: net::ERR_CONNECTION_RESET at x'), 1)).toBe('could not be loaded (ERR_CONNECTION_RESET)');
  });
});
