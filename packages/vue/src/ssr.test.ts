// @vitest-environment node
import { DEFAULT_PREFERENCES } from '@reachable/core';
import { expect, it } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { ReachAnnouncer, ReachCaptions, Reachable, ReachToolbar, usePreference, useReachable } from './index.js';

it('renders on the server without a DOM: the elements with their attributes, the composables with the defaults', async () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const seen: unknown[] = [];
  const App = defineComponent({
    setup() {
      const reachable = useReachable();
      const fontScale = usePreference('fontScale');
      const captionStyle = usePreference('captionStyle');
      seen.push(reachable, fontScale.value, captionStyle.value);
      fontScale.value = 2; // nothing to change on the server, and nothing thrown
      return () => [
        h(ReachToolbar, { controller: reachable, position: 'bottom-left', messages: { launcher: 'Aids' }, onReachOpen: () => {} }),
        h('p', { id: 'text-size' }, `${Math.round(fontScale.value * 100)}%`),
        h(ReachAnnouncer, { message: 'Saved' }),
        h(ReachCaptions, { storageKey: 'site-a' }, () => h('video', { src: 'talk.mp4' })),
      ];
    },
  });
  const html = await renderToString(createSSRApp(App).use(Reachable));
  expect(seen).toEqual([undefined, DEFAULT_PREFERENCES.fontScale, DEFAULT_PREFERENCES.captionStyle]);
  expect(html).toContain('<reach-toolbar position="bottom-left"></reach-toolbar>');
  expect(html).toContain('<p id="text-size">100%</p>');
  expect(html).toContain('<reach-announcer message="Saved"></reach-announcer>');
  expect(html).toMatch(/<reach-captions[^>]*><video src="talk.mp4"><\/video><\/reach-captions>/);
  // Objects and functions are the browser's to set, once hydrated: nothing of them in the markup.
  expect(html).not.toMatch(/object Object|controller=|messages=|onReachOpen/i);
});
