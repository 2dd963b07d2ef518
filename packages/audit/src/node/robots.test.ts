import { describe, expect, it } from 'vitest';
import { parseRobots } from './robots.js';

describe('parseRobots()', () => {
  it('reads the group for everyone, with the longest rule winning and Allow winning a tie', () => {
    const allowed = parseRobots('User-agent: *\nDisallow: /private/\nAllow: /private/open.html\nDisallow: /*.pdf$\n# comment\nDisallow: /tmp # trailing comment\n');
    expect(allowed('/')).toBe(true);
    expect(allowed('/private/staff.html')).toBe(false);
    expect(allowed('/private/open.html')).toBe(true);
    expect(allowed('/files/report.pdf')).toBe(false);
    expect(allowed('/files/report.pdf?x=1')).toBe(true);
    expect(allowed('/tmp/x')).toBe(false);
  });

  it('prefers a group naming our agent, and joins agents listed together', () => {
    const text = 'User-agent: reachable-audit\nUser-agent: other\nDisallow: /slow/\n\nUser-agent: *\nDisallow: /\n';
    expect(parseRobots(text)('/page')).toBe(true);
    expect(parseRobots(text)('/slow/x')).toBe(false);
    expect(parseRobots(text, 'somebot')('/page')).toBe(false);
  });

  it('allows everything when there is nothing to obey', () => {
    expect(parseRobots('')('/x')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow:\n')('/x')).toBe(true);
  });
});
