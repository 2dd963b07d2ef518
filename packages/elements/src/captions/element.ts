import { CAPTION_COLORS, captionTextStyle, createCaptionStyle, parseSrt, renderCueText, rgba } from '@reachable/core/captions';
import type { Engine } from '@reachable/core';
import {
  CAPTION_EDGES,
  CAPTION_FONTS,
  CAPTION_POSITIONS,
  createPreferenceStore,
  type CaptionStyle,
  type PreferenceStore,
} from '@reachable/core/preferences';
import { reachableFor, type Reachable } from '@reachable/core/controller';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../internal/style-props.js';
import { pickLocale, withOverrides, type DeepPartial } from '../i18n/messages.js';
import { CAPTION_LOCALES, type CaptionMessages } from './messages.js';
import { captionsStyles } from './styles.js';

const SIZES = [50, 75, 100, 125, 150, 200, 300, 400];
const OPACITIES = [0, 0.25, 0.5, 0.75, 1];
type ColorField = 'color' | 'background' | 'window';
const OPACITY_OF: Record<ColorField, 'opacity' | 'backgroundOpacity' | 'windowOpacity'> = {
  color: 'opacity',
  background: 'backgroundOpacity',
  window: 'windowOpacity',
};
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
export class ReachCaptions extends LitElement {
  static readonly version = __VERSION__;
  static override styles = captionsStyles;

  /** The id of a video elsewhere on the page (captions are then drawn below this element, not over the picture). */
  @property() for?: string;
  /** Storage key shared with the toolbar. */
  @property({ attribute: 'storage-key' }) storageKey?: string;
  /** Per-message overrides of the built-in texts. */
  @property({ attribute: false }) messages: DeepPartial<CaptionMessages> = {};

  @state() private cues: VTTCue[] = [];
  @state() private track?: TextTrack;
  @state() private settingsOpen = false;
  @state() private nativeFullscreen = false;

  private video?: HTMLVideoElement;
  /** The visitor's preferences: the page's running controller's, or a store of its own. */
  private store?: Reachable['preferences'];
  private ownStore?: PreferenceStore;
  private found?: Reachable;
  private unfollow?: () => void;
  private nativeStyle?: Engine<CaptionStyle>;
  private originalModes = new Map<TextTrack, TextTrackMode>();
  private stop: (() => void)[] = [];

  /** The locale of the element's own controls: its lang, else the page's. */
  private get locale() {
    return pickLocale(this.lang || this.ownerDocument.documentElement.lang, Object.keys(CAPTION_LOCALES) as (keyof typeof CAPTION_LOCALES)[]);
  }

  private get text(): CaptionMessages {
    return withOverrides(CAPTION_LOCALES[this.locale], this.messages);
  }

  private get captionStyle(): CaptionStyle {
    return this.store!.get().captionStyle;
  }

  /** The caption tracks of the video, in order. */
  get tracks(): TextTrack[] {
    return this.video ? [...this.video.textTracks].filter((t) => isCaptionTrack(t) && !this.failed.has(t)) : [];
  }

  private failed = new Set<TextTrack>();
  /** SRT sources already turned into tracks: a text track cannot be removed, so a re-attached element must not add it again. */
  private made = new WeakSet<Element>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.settleStore();
    queueMicrotask(() => this.attach());
  }

  /**
   * The page's running controller (the script tag's, with its storage key)
   * when it offers captionStyle, else a store of its own; found again when
   * the controller's owner destroys it.
   */
  private settleStore(): void {
    const doc = this.ownerDocument;
    if (this.store && (!this.found || reachableFor(doc) === this.found)) return;
    this.unfollow?.();
    const running = this.storageKey ? undefined : reachableFor(doc);
    this.found = running?.features.includes('captionStyle') ? running : undefined;
    this.store =
      this.found?.preferences ?? (this.ownStore ??= createPreferenceStore({ keys: ['captionStyle'], ...(this.storageKey ? { storageKey: this.storageKey } : {}) }));
    this.unfollow = this.store.subscribe(() => this.requestUpdate());
  }

  protected override willUpdate(): void {
    if (this.isConnected) this.settleStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.stop.splice(0)) stop();
    for (const [track, mode] of this.originalModes) track.mode = mode;
    this.originalModes.clear();
    // Kept (without its listener), so the same track is chosen if the element comes back.
    this.track?.removeEventListener('cuechange', this.onCueChange);
    this.nativeStyle?.destroy();
    this.unfollow?.();
    this.ownStore?.destroy();
    this.ownStore = this.store = this.found = this.unfollow = undefined;
    this.video = undefined;
  }

  /**
   * Adds SRT captions from text, for files the browser cannot load itself.
   * Returns the new track; malformed blocks are skipped with a warning.
   */
  addSrt(srt: string, { label = 'SRT', srclang = '', kind = 'captions' as TextTrackKind } = {}): TextTrack | undefined {
    if (!this.video) return undefined;
    const track = this.video.addTextTrack(kind, label, srclang);
    for (const cue of parseSrt(srt)) track.addCue(new VTTCue(cue.start, cue.end, cue.text));
    this.adopt(track);
    if (!this.track) this.choose(track);
    return track;
  }

  private listen(target: EventTarget, type: string, handler: EventListener): void {
    target.addEventListener(type, handler);
    this.stop.push(() => target.removeEventListener(type, handler));
  }

  private attach(): void {
    if (!this.isConnected) return;
    const doc = this.ownerDocument;
    this.video = (this.for ? doc.getElementById(this.for) : this.querySelector('video')) as HTMLVideoElement | undefined;
    if (!(this.video instanceof HTMLVideoElement)) {
      console.warn(`[Reachable] <reach-captions> found no <video>${this.for ? ` with id "${this.for}"` : ' inside it'}.`);
      this.video = undefined;
      return;
    }
    const video = this.video;
    for (const el of video.querySelectorAll('track')) {
      if (/\.srt($|\?)/i.test(el.getAttribute('src') ?? '') && !this.made.has(el)) {
        this.made.add(el);
        // Browsers only read WebVTT: fetch the SRT file the page names and add its cues.
        this.failed.add(el.track);
        el.track.mode = 'disabled';
        void fetch(el.src)
          .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
          .then((srt) => {
            const track = this.addSrt(srt, { label: el.label, srclang: el.srclang, kind: el.kind as TextTrackKind });
            if (el.default && track) this.choose(track);
          })
          .catch((error) => console.warn(`[Reachable] <reach-captions> could not load ${el.src}:`, error));
      }
    }
    for (const script of this.querySelectorAll('script[type="text/srt"]')) {
      if (this.made.has(script)) continue;
      this.made.add(script);
      this.addSrt(script.textContent ?? '', { label: script.getAttribute('data-label') ?? 'SRT', srclang: script.getAttribute('data-srclang') ?? '' });
    }
    for (const track of this.tracks) this.adopt(track);
    const tracks = this.tracks;
    this.choose(this.track && tracks.includes(this.track) ? this.track : (tracks.find((t) => this.originalModes.get(t) === 'showing') ?? tracks[0]));
    this.listen(video.textTracks, 'addtrack', (event) => {
      const track = (event as TrackEvent).track as TextTrack;
      if (isCaptionTrack(track)) this.adopt(track);
      this.requestUpdate();
    });
    this.listen(doc, 'fullscreenchange', () => this.followFullscreen(doc.fullscreenElement === video));
    // iOS Safari shows video full screen natively, where only native captions can appear.
    this.listen(video, 'webkitbeginfullscreen', () => this.followFullscreen(true));
    this.listen(video, 'webkitendfullscreen', () => this.followFullscreen(false));
  }

  /** Keeps a track loading and timing (`hidden`, not `disabled`) while Reachable draws it. */
  private adopt(track: TextTrack): void {
    if (this.failed.has(track) || this.originalModes.has(track)) return;
    this.originalModes.set(track, track.mode);
    track.mode = 'hidden';
  }

  private readonly onCueChange = () => {
    this.cues = [...((this.track?.activeCues ?? []) as Iterable<VTTCue>)];
  };

  private choose(track: TextTrack | undefined): void {
    this.track?.removeEventListener('cuechange', this.onCueChange);
    if (this.track && this.track.mode === 'showing') this.track.mode = 'hidden';
    this.track = track;
    if (track) {
      track.mode = this.nativeFullscreen ? 'showing' : 'hidden';
      track.addEventListener('cuechange', this.onCueChange);
    }
    this.onCueChange();
  }

  private followFullscreen(native: boolean): void {
    this.nativeFullscreen = native;
    if (this.track) this.track.mode = native ? 'showing' : 'hidden';
    // Native captions follow the visitor's style too, for as long as they are the ones shown.
    if (native) (this.nativeStyle ??= createCaptionStyle(this.ownerDocument)).apply(this.captionStyle);
    else {
      this.nativeStyle?.destroy();
      this.nativeStyle = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this.nativeFullscreen) this.nativeStyle?.apply(this.captionStyle);
    if (changed.has('settingsOpen') && changed.get('settingsOpen') !== undefined) {
      const target = this.settingsOpen ? 'select' : '.settings-button';
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    }
  }

  private set(field: keyof CaptionStyle, value: string | number): void {
    this.settleStore();
    this.store!.set({ captionStyle: { [field]: value } as unknown as CaptionStyle });
  }

  private async toggleFullscreen(): Promise<void> {
    const doc = this.ownerDocument;
    try {
      if (doc.fullscreenElement === this) await doc.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // Not allowed here (an iframe without allowfullscreen): the video's own button remains.
    }
  }

  // ——— rendering ———

  private renderCue(cue: VTTCue) {
    const placed: Record<string, string> = {};
    if (typeof cue.line === 'number') {
      if (!cue.snapToLines) placed.top = `${cue.line}%`;
      else if (cue.line >= 0) placed.top = `${cue.line * 1.5}em`;
      else placed.bottom = `${(-cue.line - 1) * 1.5}em`;
    }
    if (typeof cue.position === 'number') placed['margin-inline-start'] = `${Math.max(0, cue.position - (cue.size ?? 100) / 2)}%`;
    if (cue.size && cue.size < 100) placed['max-width'] = `${cue.size}%`;
    const align = ({ start: 'start', left: 'left', end: 'end', right: 'right' } as Record<string, string>)[cue.align] ?? 'center';
    return html`<div class="cue ${placed.top || placed.bottom ? 'placed' : ''}" part="cue" style=${styleProps({ ...placed, 'text-align': align, 'background-color': this.windowColor() })}>
      <span class="text" style=${styleProps(captionTextStyle(this.captionStyle))}>${renderCueText(cue.text, this.ownerDocument)}</span>
    </div>`;
  }

  private select(label: string, field: keyof CaptionStyle, options: readonly (string | number)[], name: (option: string | number) => string) {
    const id = `field-${field}`;
    const current = this.captionStyle[field];
    // A value chosen elsewhere (the toolbar's size steps, the API) is listed as it is, not shown as the first option.
    const all = options.includes(current) ? options : [...options, current].sort((a, b) => (typeof a === 'number' ? a - (b as number) : 0));
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => this.set(field, this.coerce(field, (e.target as HTMLSelectElement).value))}>
        ${all.map((option) => html`<option value=${option} .selected=${current === option}>${name(option)}</option>`)}
      </select>
    </div>`;
  }

  private coerce(field: keyof CaptionStyle, value: string): string | number {
    return ['size', 'opacity', 'backgroundOpacity', 'windowOpacity'].includes(field) ? Number(value) : value;
  }

  private colorFields(text: CaptionMessages, field: ColorField, label: string) {
    const colors = Object.entries(CAPTION_COLORS) as [keyof typeof CAPTION_COLORS, string][];
    return html`${this.select(label, field, colors.map(([, hex]) => hex), (hex) => {
      const known = colors.find(([, h]) => h === hex);
      return known ? text.colors[known[0]] : String(hex);
    })}
    ${this.select(`${label} ${text.opacity}`, OPACITY_OF[field], OPACITIES, (o) => `${Number(o) * 100}%`)}`;
  }

  private renderSettings(text: CaptionMessages) {
    const trackIndex = this.track ? this.tracks.indexOf(this.track) : -1;
    return html`<div class="settings" part="settings" id="settings" role="group" aria-labelledby="settings-title" lang=${this.locale} @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') this.settingsOpen = false;
    }}>
      <h2 id="settings-title">${text.settings}</h2>
      <div class="fields">
        <div class="field">
          <label for="field-track">${text.track}</label>
          <select id="field-track" @change=${(e: Event) => this.choose(this.tracks[Number((e.target as HTMLSelectElement).value)])}>
            <option value="-1" .selected=${trackIndex < 0}>${text.off}</option>
            ${this.tracks.map((t, i) => html`<option value=${i} .selected=${i === trackIndex}>${t.label || t.language || `${i + 1}`}</option>`)}
          </select>
        </div>
        ${this.select(text.size, 'size', SIZES, (s) => `${s}%`)}
        ${this.select(text.font, 'font', CAPTION_FONTS, (f) => text.fonts[f as CaptionStyle['font']])}
        ${this.colorFields(text, 'color', text.color)}
        ${this.colorFields(text, 'background', text.background)}
        ${this.colorFields(text, 'window', text.window)}
        ${this.select(text.edge, 'edge', CAPTION_EDGES, (e) => text.edges[e as CaptionStyle['edge']])}
        ${this.select(text.position, 'position', CAPTION_POSITIONS, (p) => text.positions[p as CaptionStyle['position']])}
      </div>
      <div class="preview" aria-hidden="true" style=${styleProps(this.stageVars())}>
        <div class="cue" style=${styleProps({ 'background-color': this.windowColor() })}><span class="text" style=${styleProps(captionTextStyle(this.captionStyle))}>${text.preview}</span></div>
      </div>
      <div class="actions">
        <button type="button" @click=${() => (this.settleStore(), this.store!.reset(['captionStyle']))}>${text.reset}</button>
        <button type="button" @click=${() => (this.settingsOpen = false)}>${text.close}</button>
      </div>
    </div>`;
  }

  private windowColor(): string {
    return rgba(this.captionStyle.window, this.captionStyle.windowOpacity);
  }

  private stageVars(): Record<string, string> {
    return { '--reach-cue-size': String(this.captionStyle.size / 100) };
  }

  protected override render() {
    if (!this.store) return nothing;
    const text = this.text;
    const below = this.captionStyle.position === 'below' || !!this.for;
    const showing = !!this.track && !this.nativeFullscreen;
    return html`<div class="stage ${below ? 'below' : 'over'}" style=${styleProps(this.stageVars())}>
        <slot></slot>
        <div class="overlay" part="overlay" lang=${this.track?.language || nothing} ?hidden=${!showing || !this.cues.length}>
          <div class="stack">${this.cues.filter((c) => typeof c.line !== 'number').map((c) => this.renderCue(c))}</div>
          ${this.cues.filter((c) => typeof c.line === 'number').map((c) => this.renderCue(c))}
        </div>
        <div class="controls" part="controls" lang=${this.locale}>
          <button type="button" class="cc" aria-pressed=${this.track ? 'true' : 'false'} @click=${() => this.choose(this.track ? undefined : this.tracks[0])} ?disabled=${!this.tracks.length}>${text.captions}</button>
          <button type="button" class="settings-button" aria-expanded=${this.settingsOpen ? 'true' : 'false'} aria-controls="settings" @click=${() => (this.settingsOpen = !this.settingsOpen)}>${text.settings}</button>
          ${this.for ? nothing : html`<button type="button" class="fullscreen" @click=${() => this.toggleFullscreen()}>${text.fullscreen}</button>`}
        </div>
      </div>
      ${this.settingsOpen ? this.renderSettings(text) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-captions': ReachCaptions;
  }
}
