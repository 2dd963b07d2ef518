import { captionTextStyle, createCaptionStyle, parseSrt, renderCueText, rgba } from '@reachable/core/captions';
import type { Engine } from '@reachable/core';
import { warn } from '@reachable/core/internal';
import { createPreferenceStore, type CaptionStyle, type PreferenceStore } from '@reachable/core/preferences';
import { html, nothing, type PropertyValues } from 'lit';
import { localeOf, withOverrides, type DeepPartial } from '../i18n/messages.js';
import { LangAwareElement } from '../internal/lang-aware.js';
import { PageController } from '../internal/page-controller.js';
import { styleProps } from '../internal/style-props.js';
import { CAPTION_LOCALES, type CaptionMessages } from './messages.js';
import { renderSettings } from './settings.js';
import { captionsStyles } from './styles.js';

const isCaptionTrack = (track: TextTrack) => track.kind === 'captions' || track.kind === 'subtitles';

/**
 * Captions people can read: a `<video>`'s WebVTT (and SRT) captions drawn in
 * Reachable's own overlay, in the visitor's caption style — size, font
 * (including 楷体), colours and opacities of text, background and window,
 * edges, and position over or below the picture — with a keyboard- and
 * screen-reader-accessible settings panel. Cue text is built as DOM from an
 * allow-list, so nothing in a caption file can become HTML or script.
 *
 * @summary Video captions in the visitor's own style.
 * @tag reach-captions
 *
 * @slot - The `<video>` with its `<track kind="captions">` elements (WebVTT, or SRT by `src` ending in `.srt`).
 * @csspart overlay - The area the captions are drawn in.
 * @csspart cue - One caption.
 * @csspart controls - The caption, settings and full-screen buttons.
 * @csspart settings - The settings panel.
 *
 * @example
 * <reach-captions>
 *   <video src="talk.mp4" controls>
 *     <track kind="captions" src="talk.zh.vtt" srclang="zh" label="中文" default>
 *   </video>
 * </reach-captions>
 */
export class ReachCaptions extends LangAwareElement {
  static readonly version = __VERSION__;
  static override styles = captionsStyles;
  static override properties = {
    for: {},
    storageKey: { attribute: 'storage-key' },
    messages: { attribute: false },
    cues: { state: true },
    track: { state: true },
    settingsOpen: { state: true },
    nativeFullscreen: { state: true },
  };

  /** The id of a video elsewhere on the page (captions are then drawn below this element, not over the picture). */
  for?: string;
  /** Storage key shared with the toolbar. */
  storageKey?: string;
  /** Per-message overrides of the built-in texts. */
  messages: DeepPartial<CaptionMessages> = {};

  private cues: VTTCue[] = [];
  private track?: TextTrack;
  private settingsOpen = false;
  private nativeFullscreen = false;

  #video?: HTMLVideoElement;
  /**
   * The page's running controller (the script tag's, with its storage key)
   * when it offers caption styles and no storage key of the element's own
   * says otherwise; else a store of the element's own.
   */
  readonly #page = new PageController(this, {
    given: () => undefined,
    accepts: (running) => !this.storageKey && running.features.includes('captionStyle'),
  });
  #ownStore?: PreferenceStore;
  #unfollowOwn?: () => void;
  #nativeStyle?: Engine<CaptionStyle>;
  #originalModes = new Map<TextTrack, TextTrackMode>();
  #stop: (() => void)[] = [];

  /** The visitor's preferences (settled again on each use: the controller's owner may have destroyed it). */
  get #store(): Pick<PreferenceStore, 'get' | 'set' | 'reset'> {
    this.#page.settle();
    const found = this.#page.reachable?.preferences;
    if (found) return found;
    if (!this.#ownStore) {
      this.#ownStore = createPreferenceStore({ keys: ['captionStyle'], ...(this.storageKey ? { storageKey: this.storageKey } : {}) });
      this.#unfollowOwn = this.#ownStore.subscribe(() => this.requestUpdate());
    }
    return this.#ownStore;
  }

  get #captionStyle(): CaptionStyle {
    return this.#store.get().captionStyle;
  }

  /** The caption tracks of the video, in order. */
  get tracks(): TextTrack[] {
    return this.#video ? [...this.#video.textTracks].filter((t) => isCaptionTrack(t) && !this.#failed.has(t)) : [];
  }

  #failed = new Set<TextTrack>();
  /** SRT sources already turned into tracks: a text track cannot be removed, so a re-attached element must not add it again. */
  #made = new WeakSet<Element>();

  override connectedCallback(): void {
    super.connectedCallback();
    queueMicrotask(() => this.#attach());
  }

  protected override willUpdate(): void {
    // Settled, and the element's own store made if it needs one, before rendering reads it.
    void this.#store;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.#stop.splice(0)) stop();
    for (const [track, mode] of this.#originalModes) track.mode = mode;
    this.#originalModes.clear();
    // Kept (without its listener), so the same track is chosen if the element comes back.
    this.track?.removeEventListener('cuechange', this.#onCueChange);
    this.#nativeStyle?.destroy();
    this.#nativeStyle = undefined;
    this.#unfollowOwn?.();
    this.#ownStore?.destroy();
    this.#ownStore = this.#unfollowOwn = undefined;
    this.#video = undefined;
  }

  /**
   * Adds SRT captions from text, for files the browser cannot load itself.
   * Returns the new track; malformed blocks are skipped with a warning.
   */
  addSrt(srt: string, { label = 'SRT', srclang = '', kind = 'captions' as TextTrackKind } = {}): TextTrack | undefined {
    if (!this.#video) return undefined;
    const track = this.#video.addTextTrack(kind, label, srclang);
    for (const cue of parseSrt(srt)) track.addCue(new VTTCue(cue.start, cue.end, cue.text));
    this.#adopt(track);
    if (!this.track) this.#choose(track);
    return track;
  }

  #listen(target: EventTarget, type: string, handler: EventListener): void {
    target.addEventListener(type, handler);
    this.#stop.push(() => target.removeEventListener(type, handler));
  }

  #attach(): void {
    if (!this.isConnected) return;
    const doc = this.ownerDocument;
    this.#video = (this.for ? doc.getElementById(this.for) : this.querySelector('video')) as HTMLVideoElement | undefined;
    if (!(this.#video instanceof HTMLVideoElement)) {
      warn('R101', `<reach-captions> found no <video>${this.for ? ` with id "${this.for}"` : ' inside it'}.`);
      this.#video = undefined;
      return;
    }
    const video = this.#video;
    for (const el of video.querySelectorAll('track')) {
      if (/\.srt($|\?)/i.test(el.getAttribute('src') ?? '') && !this.#made.has(el)) {
        this.#made.add(el);
        // Browsers only read WebVTT: fetch the SRT file the page names and add its cues.
        this.#failed.add(el.track);
        el.track.mode = 'disabled';
        void fetch(el.src)
          .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
          .then((srt) => {
            const track = this.addSrt(srt, { label: el.label, srclang: el.srclang, kind: el.kind as TextTrackKind });
            if (el.default && track) this.#choose(track);
          })
          .catch((error) => warn('R102', `<reach-captions> could not load ${el.src}.`, error));
      }
    }
    for (const script of this.querySelectorAll('script[type="text/srt"]')) {
      if (this.#made.has(script)) continue;
      this.#made.add(script);
      this.addSrt(script.textContent ?? '', { label: script.getAttribute('data-label') ?? 'SRT', srclang: script.getAttribute('data-srclang') ?? '' });
    }
    for (const track of this.tracks) this.#adopt(track);
    const tracks = this.tracks;
    this.#choose(this.track && tracks.includes(this.track) ? this.track : (tracks.find((t) => this.#originalModes.get(t) === 'showing') ?? tracks[0]));
    this.#listen(video.textTracks, 'addtrack', (event) => {
      const track = (event as TrackEvent).track as TextTrack;
      if (isCaptionTrack(track)) this.#adopt(track);
      this.requestUpdate();
    });
    this.#listen(doc, 'fullscreenchange', () => this.#followFullscreen(doc.fullscreenElement === video));
    // iOS Safari shows video full screen natively, where only native captions can appear.
    this.#listen(video, 'webkitbeginfullscreen', () => this.#followFullscreen(true));
    this.#listen(video, 'webkitendfullscreen', () => this.#followFullscreen(false));
  }

  /** Keeps a track loading and timing (`hidden`, not `disabled`) while Reachable draws it. */
  #adopt(track: TextTrack): void {
    if (this.#failed.has(track) || this.#originalModes.has(track)) return;
    this.#originalModes.set(track, track.mode);
    track.mode = 'hidden';
  }

  readonly #onCueChange = () => {
    this.cues = [...((this.track?.activeCues ?? []) as Iterable<VTTCue>)];
  };

  #choose(track: TextTrack | undefined): void {
    this.track?.removeEventListener('cuechange', this.#onCueChange);
    if (this.track && this.track.mode === 'showing') this.track.mode = 'hidden';
    this.track = track;
    if (track) {
      track.mode = this.nativeFullscreen ? 'showing' : 'hidden';
      track.addEventListener('cuechange', this.#onCueChange);
    }
    this.#onCueChange();
  }

  #followFullscreen(native: boolean): void {
    this.nativeFullscreen = native;
    if (this.track) this.track.mode = native ? 'showing' : 'hidden';
    // Native captions follow the visitor's style too, for as long as they are the ones shown: the page's
    // controller already styles them when it runs; without one, the element does while they show.
    if (native && !this.#page.reachable) (this.#nativeStyle ??= createCaptionStyle(this.ownerDocument)).apply(this.#captionStyle);
    else {
      this.#nativeStyle?.destroy();
      this.#nativeStyle = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this.nativeFullscreen) this.#nativeStyle?.apply(this.#captionStyle);
    if (changed.has('settingsOpen') && changed.get('settingsOpen') !== undefined) {
      const target = this.settingsOpen ? 'select' : '.settings-button';
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    }
  }

  async #toggleFullscreen(): Promise<void> {
    const doc = this.ownerDocument;
    try {
      if (doc.fullscreenElement === this) await doc.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // Not allowed here (an iframe without allowfullscreen): the video's own button remains.
    }
  }

  // ——— rendering ———

  #renderCue(cue: VTTCue) {
    const placed: Record<string, string> = {};
    if (typeof cue.line === 'number') {
      if (!cue.snapToLines) placed.top = `${cue.line}%`;
      else if (cue.line >= 0) placed.top = `${cue.line * 1.5}em`;
      else placed.bottom = `${(-cue.line - 1) * 1.5}em`;
    }
    if (typeof cue.position === 'number') placed['margin-inline-start'] = `${Math.max(0, cue.position - (cue.size ?? 100) / 2)}%`;
    if (cue.size && cue.size < 100) placed['max-width'] = `${cue.size}%`;
    const align = ({ start: 'start', left: 'left', end: 'end', right: 'right' } as Record<string, string>)[cue.align] ?? 'center';
    return html`<div class="cue ${placed.top || placed.bottom ? 'placed' : ''}" part="cue" style=${styleProps({ ...placed, 'text-align': align, 'background-color': this.#windowColor() })}>
      <span class="text" style=${styleProps(captionTextStyle(this.#captionStyle))}>${renderCueText(cue.text, this.ownerDocument)}</span>
    </div>`;
  }

  #windowColor(): string {
    return rgba(this.#captionStyle.window, this.#captionStyle.windowOpacity);
  }

  #stageVars(): Record<string, string> {
    return { '--reach-cue-size': String(this.#captionStyle.size / 100) };
  }

  protected override render() {
    const locale = localeOf(this, Object.keys(CAPTION_LOCALES) as (keyof typeof CAPTION_LOCALES)[]);
    const text = withOverrides(CAPTION_LOCALES[locale], this.messages);
    const below = this.#captionStyle.position === 'below' || !!this.for;
    const showing = !!this.track && !this.nativeFullscreen;
    return html`<div class="stage ${below ? 'below' : 'over'}" style=${styleProps(this.#stageVars())}>
        <slot></slot>
        <div class="overlay" part="overlay" lang=${this.track?.language || nothing} ?hidden=${!showing || !this.cues.length}>
          <div class="stack">${this.cues.filter((c) => typeof c.line !== 'number').map((c) => this.#renderCue(c))}</div>
          ${this.cues.filter((c) => typeof c.line === 'number').map((c) => this.#renderCue(c))}
        </div>
        <div class="controls" part="controls" lang=${locale}>
          <button type="button" class="cc" aria-pressed=${this.track ? 'true' : 'false'} @click=${() => this.#choose(this.track ? undefined : this.tracks[0])} ?disabled=${!this.tracks.length}>${text.captions}</button>
          <button type="button" class="settings-button" aria-expanded=${this.settingsOpen ? 'true' : 'false'} aria-controls="settings" @click=${() => (this.settingsOpen = !this.settingsOpen)}>${text.settings}</button>
          ${this.for ? nothing : html`<button type="button" class="fullscreen" @click=${() => this.#toggleFullscreen()}>${text.fullscreen}</button>`}
        </div>
      </div>
      ${this.settingsOpen
        ? renderSettings({
            text,
            locale,
            style: this.#captionStyle,
            tracks: this.tracks,
            track: this.track,
            stage: this.#stageVars(),
            windowColor: this.#windowColor(),
            set: (field, value) => this.#store.set({ captionStyle: { [field]: value } }),
            choose: (track) => this.#choose(track),
            reset: () => this.#store.reset(['captionStyle']),
            close: () => (this.settingsOpen = false),
          })
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-captions': ReachCaptions;
  }
}
