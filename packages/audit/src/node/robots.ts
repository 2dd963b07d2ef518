// robots.txt, as crawlers read it (RFC 9309): the group for our user agent, else "*";
// the longest matching Allow or Disallow rule wins, Allow on a tie; * and $ in paths.

export const USER_AGENT = 'reachable-audit';

interface Rule {
  allow: boolean;
  pattern: RegExp;
  length: number;
}

/** Parses robots.txt for `agent`: returns whether a path (with its query) may be fetched. */
export function parseRobots(text: string, agent = USER_AGENT): (path: string) => boolean {
  const groups: { agents: string[]; rules: Rule[] }[] = [];
  let current: { agents: string[]; rules: Rule[] } | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || !current) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current || (key !== 'allow' && key !== 'disallow')) continue;
    if (!value) continue; // "Disallow:" with nothing allows everything
    const anchored = value.endsWith('$');
    const source = (anchored ? value.slice(0, -1) : value).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    current.rules.push({ allow: key === 'allow', pattern: new RegExp(`^${source}${anchored ? '$' : ''}`), length: value.length });
  }
  const name = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && name.includes(a)));
  const rules = (mine.length ? mine : groups.filter((g) => g.agents.includes('*'))).flatMap((g) => g.rules);
  return (path) => {
    let best: Rule | undefined;
    for (const rule of rules) {
      if (!rule.pattern.test(path)) continue;
      if (!best || rule.length > best.length || (rule.length === best.length && rule.allow)) best = rule;
    }
    return best ? best.allow : true;
  };
}
