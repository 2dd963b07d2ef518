import type { Engine } from '../engine.js';
import { createDeepStyleEngine } from '../internal/deep-style-engine.js';

/**
 * CSS animations and transitions end at once (in their final state, so
 * content that fades or slides in is shown, not hidden), smooth scrolling
 * jumps. In a cascade layer and `!important`; in open shadow roots too.
 */
export const REDUCE_MOTION_CSS = `@layer reach-reduce-motion{
*,::before,::after{animation-duration:1ms!important;animation-delay:0s!important;animation-iteration-count:1!important;transition-duration:0s!important;transition-delay:0s!important;scroll-behavior:auto!important}
}`;

type Marquee = HTMLElement & { start(): void; stop(): void };

/**
 * Stops motion (停止动画): CSS animations and transitions, smooth scrolling,
 * `<marquee>`, and media that plays by itself (`autoplay`: paused, not
 * removed, so the visitor can still play it; media the visitor started is
 * left alone). Turned off, what it stopped moves again.
 */
export function createReduceMotion(doc: Document = document): Engine<boolean> {
  const styles = createDeepStyleEngine<boolean>(doc, (on) => (on ? REDUCE_MOTION_CSS : ''));
  const paused = new Set<HTMLMediaElement>();
  const stopped = new Set<Marquee>();
  let on = false;

  /** Autoplaying media held once (while on): its next start is the visitor's own, and goes ahead. */
  let held = new WeakSet<HTMLMediaElement>();
  const hold = (media: HTMLMediaElement) => {
    if (!media.autoplay || held.has(media)) return;
    held.add(media);
    if (media.paused) return;
    media.pause();
    paused.add(media);
  };
  /**
   * When the visitor last clicked or pressed a key while the aid was on. A
   * start that follows one within a second is theirs (the media's own
   * controls, or the site's play button), even of media whose autoplay never
   * began (blocked, or still loading when the aid was turned on).
   */
  let gesture = -Infinity;
  const onGesture = () => void (gesture = performance.now());
  // Media that starts by itself later (inserted by a single-page app, or still loading) is held as it starts.
  const onPlay = (event: Event) => {
    const media = event.target;
    if (!(media instanceof (doc.defaultView?.HTMLMediaElement ?? HTMLMediaElement))) return;
    if (performance.now() - gesture < 1000) held.add(media);
    else hold(media);
  };
  const listen = (add: boolean) => {
    const method = add ? 'addEventListener' : 'removeEventListener';
    doc[method]('play', onPlay, true);
    doc[method]('click', onGesture, true);
    doc[method]('keydown', onGesture, true);
  };

  const off = () => {
    if (!on) return;
    on = false;
    styles.destroy();
    listen(false);
    gesture = -Infinity;
    for (const media of paused) if (media.isConnected && media.paused) void media.play().catch(() => {});
    for (const marquee of stopped) marquee.start();
    paused.clear();
    stopped.clear();
    held = new WeakSet();
  };

  return {
    apply(value) {
      if (value !== true) return off();
      styles.apply(true);
      if (on) return;
      on = true;
      listen(true);
      for (const media of doc.querySelectorAll('video,audio')) if (!(media as HTMLMediaElement).paused) hold(media as HTMLMediaElement);
      for (const marquee of doc.querySelectorAll('marquee') as NodeListOf<Marquee>) {
        marquee.stop();
        stopped.add(marquee);
      }
    },
    destroy: off,
  };
}
