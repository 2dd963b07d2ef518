import { css } from 'lit';

export const captionsStyles = css`
  :host {
    display: block;
    position: relative;
    --reach-accent: #0b57d0;
  }
  :host([hidden]) {
    display: none;
  }
  [hidden] {
    display: none !important;
  }
  .stage {
    position: relative;
    container-type: inline-size;
  }
  /* Full screen: the picture takes the room the captions (when below it) and controls leave, so all stay on screen. */
  :host(:fullscreen) {
    display: flex;
    flex-direction: column;
    background: #000;
  }
  :host(:fullscreen) .stage {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  :host(:fullscreen) ::slotted(video) {
    flex: 1;
    min-height: 0;
    width: 100%;
    height: auto;
    object-fit: contain;
  }
  :host(:fullscreen) .settings {
    position: absolute;
    inset: auto 8px 8px;
    max-height: 70%;
    overflow: auto;
  }
  .overlay {
    font: 16px/1.35 system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
    letter-spacing: normal;
    word-spacing: normal;
  }
  /* Over the picture: above the native controls' strip, never catching clicks meant for the video. */
  .over .overlay {
    position: absolute;
    inset: 0 0 3.25rem 0;
    pointer-events: none;
    overflow: hidden;
  }
  .stack {
    position: absolute;
    inset: auto 4% 0 4%;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25em;
  }
  .below .overlay {
    position: relative;
    min-height: 3em;
    padding: 0.5em 4%;
    background: #000;
  }
  .below .stack {
    position: static;
  }
  .cue {
    font-size: calc(var(--reach-cue-size, 1) * max(16px, 3.4cqi));
    padding: 0.1em 0.3em;
    white-space: pre-line;
    width: fit-content;
    max-width: 100%;
  }
  .cue.placed {
    position: absolute;
    inset-inline: 4%;
    width: auto;
  }
  .text {
    padding: 0 0.25em;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  [data-color='white'] { color: #fff; }
  [data-color='lime'] { color: #0f0; }
  [data-color='cyan'] { color: #0ff; }
  [data-color='red'] { color: #f33; }
  [data-color='yellow'] { color: #ff0; }
  [data-color='magenta'] { color: #f0f; }
  [data-color='blue'] { color: #66f; }
  [data-color='black'] { color: #000; }

  .controls {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .below .controls {
    position: static;
    justify-content: flex-end;
    padding: 6px 0;
  }
  button,
  select {
    font: 15px/1.2 system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
    min-height: 44px;
    min-width: 44px;
    border-radius: 6px;
  }
  .controls button {
    padding: 4px 12px;
    border: 2px solid #fff;
    background: rgb(0 0 0 / 0.8);
    color: #fff;
    cursor: pointer;
  }
  .controls button[aria-pressed='true'] {
    background: #fff;
    color: #000;
  }
  .controls button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button:focus-visible,
  select:focus-visible {
    outline: 3px solid #ffbf47;
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #000;
  }
  .settings {
    margin-top: 8px;
    padding: 12px 16px 16px;
    border: 2px solid #1b1b1f;
    border-radius: 10px;
    background: #fff;
    color: #1b1b1f;
    font: 16px/1.5 system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
  }
  h2 {
    font-size: 18px;
    margin: 0 0 8px;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 8px 16px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  label {
    font-weight: 600;
    font-size: 15px;
  }
  select {
    border: 2px solid #474a52;
    background: #fff;
    color: #1b1b1f;
    padding: 4px 8px;
  }
  .preview {
    margin: 12px 0;
    padding: 16px;
    background: repeating-linear-gradient(45deg, #555 0 12px, #777 12px 24px);
    display: flex;
    justify-content: center;
    container-type: inline-size;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .actions button {
    padding: 6px 14px;
    border: 2px solid #1b1b1f;
    background: #fff;
    color: #1b1b1f;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .controls button,
    .actions button,
    select {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .controls button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
