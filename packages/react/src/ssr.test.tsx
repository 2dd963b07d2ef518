// @vitest-environment node
import { DEFAULT_PREFERENCES } from '@reachable/core';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { ReachAnnouncer, ReachCaptions, ReachableProvider, ReachToolbar, usePreference, useReachable } from './index.js';

it('renders on the server without a DOM: the elements as tags, the hooks with the defaults', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const seen: unknown[] = [];
  function App() {
    const reachable = useReachable();
    const [fontScale, setFontScale] = usePreference('fontScale');
    const [captionStyle] = usePreference('captionStyle');
    seen.push(reachable, fontScale, captionStyle);
    setFontScale(2); // nothing to change on the server, and nothing thrown
    return (
      <>
        <ReachToolbar controller={reachable} position="bottom-left" messages={{ launcher: 'Aids' }} onReachOpen={() => {}} />
        <p id="text-size">{Math.round(fontScale * 100)}%</p>
        <ReachAnnouncer message="Saved" />
        <ReachCaptions storageKey="site-a">
          <video src="talk.mp4" />
        </ReachCaptions>
      </>
    );
  }
  const html = renderToString(
    <ReachableProvider controller={undefined}>
      <App />
    </ReachableProvider>,
  );
  expect(seen).toEqual([undefined, DEFAULT_PREFERENCES.fontScale, DEFAULT_PREFERENCES.captionStyle]);
  expect(html).toContain('<p id="text-size">100<!-- -->%</p>');
  expect(html).toMatch(/<reach-toolbar[^>]*><\/reach-toolbar>/);
  expect(html).toMatch(/<reach-announcer[^>]*><\/reach-announcer>/);
  expect(html).toMatch(/<reach-captions[^>]*><video src="talk.mp4"><\/video><\/reach-captions>/);
  // Objects and functions are the browser's to set, once hydrated: nothing of them in the markup.
  expect(html).not.toMatch(/object Object|controller=|messages=|onReachOpen/i);
});
