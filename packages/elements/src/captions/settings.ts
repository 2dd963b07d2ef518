import { CAPTION_COLORS, captionTextStyle } from '@reachable/core/captions';
import { CAPTION_STYLE_FIELDS, rangeSteps, type CaptionStyle, type Field } from '@reachable/core/preferences';
import { html } from 'lit';
import { styleProps } from '../internal/style-props.js';
import type { CaptionMessages } from './messages.js';

type ColorField = 'color' | 'background' | 'window';
const OPACITY_OF: Record<ColorField, 'opacity' | 'backgroundOpacity' | 'windowOpacity'> = {
  color: 'opacity',
  background: 'backgroundOpacity',
  window: 'windowOpacity',
};

/** A field's choices, from its schema: an enumeration's values, or a range's every step. */
const choicesOf = (field: keyof CaptionStyle): readonly (string | number)[] => {
  const schema = CAPTION_STYLE_FIELDS[field] as Field<unknown>;
  if (schema.kind === 'choice') return schema.values;
  return schema.kind === 'range' ? rangeSteps(schema) : [];
};

/** A select's value as the field takes it: numbers for ranges. */
const coerce = (field: keyof CaptionStyle, value: string): string | number => (CAPTION_STYLE_FIELDS[field].kind === 'range' ? Number(value) : value);

/** What the settings form shows and how it acts. */
export interface SettingsState {
  readonly text: CaptionMessages;
  readonly locale: string;
  readonly style: CaptionStyle;
  readonly tracks: readonly TextTrack[];
  readonly track?: TextTrack;
  /** The preview's stage, sized like the captions. */
  readonly stage: Record<string, string>;
  readonly windowColor: string;
  set(field: keyof CaptionStyle, value: string | number): void;
  choose(track: TextTrack | undefined): void;
  reset(): void;
  close(): void;
}

function select(state: SettingsState, label: string, field: keyof CaptionStyle, options: readonly (string | number)[], name: (option: string | number) => string) {
  const id = `field-${field}`;
  const current = state.style[field];
  // A value chosen elsewhere (the toolbar's size steps, the API) is listed as it is, not shown as the first option.
  const all = options.includes(current) ? options : [...options, current].sort((a, b) => (typeof a === 'number' ? a - (b as number) : 0));
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => state.set(field, coerce(field, (e.target as HTMLSelectElement).value))}>
      ${all.map((option) => html`<option value=${option} .selected=${current === option}>${name(option)}</option>`)}
    </select>
  </div>`;
}

function colorFields(state: SettingsState, field: ColorField, label: string) {
  const { text } = state;
  const colors = Object.entries(CAPTION_COLORS) as [keyof typeof CAPTION_COLORS, string][];
  return html`${select(state, label, field, colors.map(([, hex]) => hex), (hex) => {
    const known = colors.find(([, h]) => h === hex);
    return known ? text.colors[known[0]] : String(hex);
  })}
  ${select(state, `${label} ${text.opacity}`, OPACITY_OF[field], choicesOf(OPACITY_OF[field]), (o) => `${Number(o) * 100}%`)}`;
}

/**
 * The caption settings: the track, then every field of the visitor's caption
 * style (choices from the schema), a preview, reset and close. Esc closes.
 */
export function renderSettings(state: SettingsState) {
  const { text, tracks, track } = state;
  const trackIndex = track ? tracks.indexOf(track) : -1;
  return html`<div class="settings" part="settings" id="settings" role="group" aria-labelledby="settings-title" lang=${state.locale} @keydown=${(e: KeyboardEvent) => {
    if (e.key === 'Escape') state.close();
  }}>
    <h2 id="settings-title">${text.settings}</h2>
    <div class="fields">
      <div class="field">
        <label for="field-track">${text.track}</label>
        <select id="field-track" @change=${(e: Event) => state.choose(tracks[Number((e.target as HTMLSelectElement).value)])}>
          <option value="-1" .selected=${trackIndex < 0}>${text.off}</option>
          ${tracks.map((t, i) => html`<option value=${i} .selected=${i === trackIndex}>${t.label || t.language || `${i + 1}`}</option>`)}
        </select>
      </div>
      ${select(state, text.size, 'size', choicesOf('size'), (s) => `${s}%`)}
      ${select(state, text.font, 'font', choicesOf('font'), (f) => text.fonts[f as CaptionStyle['font']])}
      ${colorFields(state, 'color', text.color)}
      ${colorFields(state, 'background', text.background)}
      ${colorFields(state, 'window', text.window)}
      ${select(state, text.edge, 'edge', choicesOf('edge'), (e) => text.edges[e as CaptionStyle['edge']])}
      ${select(state, text.position, 'position', choicesOf('position'), (p) => text.positions[p as CaptionStyle['position']])}
    </div>
    <div class="preview" aria-hidden="true" style=${styleProps(state.stage)}>
      <div class="cue" style=${styleProps({ 'background-color': state.windowColor })}><span class="text" style=${styleProps(captionTextStyle(state.style))}>${text.preview}</span></div>
    </div>
    <div class="actions">
      <button type="button" @click=${state.reset}>${text.reset}</button>
      <button type="button" @click=${state.close}>${text.close}</button>
    </div>
  </div>`;
}
