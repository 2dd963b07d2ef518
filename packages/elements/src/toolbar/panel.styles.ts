
/** Marks CSS text for the build's minifier (scripts/minify-templates.mjs); no lit needed. */
const css = (strings: TemplateStringsArray): string => strings[0]!;

/** The panel's look, added to the toolbar's shadow root when the panel first renders. */
export const PANEL_CSS = css`
  .panel {
    position: fixed;
    z-index: var(--reach-z, 10000);
    box-sizing: border-box;
    overflow: auto;
    overscroll-behavior: contain;
    background: var(--reach-paper);
    border: 2px solid var(--reach-ink);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.3);
  }
  /* Launcher layout: a panel beside the launcher, inside the viewport at any size. */
  .launcher-layout .panel {
    width: min(360px, calc(100vw - 2 * var(--reach-offset)));
    max-height: calc(100vh - 56px - 3 * var(--reach-offset) - var(--reach-below) - var(--reach-above));
    max-height: calc(100dvh - 56px - 3 * var(--reach-offset) - var(--reach-below) - var(--reach-above));
    border-radius: 12px;
    padding: 12px 16px 16px;
  }
  .bottom-right .panel,
  .bottom-left .panel {
    bottom: calc(56px + 2 * var(--reach-offset) + var(--reach-below));
  }
  .top-right .panel,
  .top-left .panel {
    top: calc(56px + 2 * var(--reach-offset) + var(--reach-above));
  }
  .bottom-right .panel,
  .top-right .panel {
    right: var(--reach-offset);
  }
  .bottom-left .panel,
  .top-left .panel {
    left: var(--reach-offset);
  }
  /* Phones and 400 % zoom: a full-width sheet at the bottom. */
  @media (max-width: 480px), (max-height: 480px) {
    .launcher-layout .panel {
      inset: auto 0 0 0;
      width: auto;
      max-height: 85vh;
      max-height: 85dvh;
      border-radius: 12px 12px 0 0;
      border-width: 2px 0 0;
    }
  }
  /* Bar layout: one strip of buttons across the top (the page is pushed down below it), groups set apart by a rule. */
  .bar-layout .panel {
    inset: 0 0 auto 0;
    max-height: 60vh;
    padding: 4px 8px;
    border-width: 0 0 2px;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 4px 0;
  }
  .bar-layout .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    /* No gap: an item's own padding and border keep its neighbours' labels apart. */
    gap: 0;
    margin: 0;
    padding: 0 2px;
    border-inline-start: 1px solid #c4c7d0;
  }
  .bar-layout .group:first-child {
    border: 0;
  }
  .bar-layout .note {
    max-width: 16em;
    font-size: 13px;
    line-height: 1.3;
  }
  .item {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 2px;
    min-width: 46px;
    min-height: 56px;
    padding: 4px 2px;
    border: 2px solid transparent;
    background: transparent;
    font-size: 13px;
    line-height: 1.25;
    white-space: nowrap;
  }
  .icon {
    width: 1.5em;
    height: 1.5em;
    fill: none;
  }
  .item:hover {
    background: var(--reach-soft);
  }
  .item[aria-pressed='true'],
  .item[data-set='true'] {
    background: var(--reach-accent);
    color: #fff;
  }
  .item[aria-expanded='true'] {
    border-color: var(--reach-accent);
  }
  .bar-layout .stepper {
    display: flex;
    align-items: center;
    gap: 2px;
  }
  .face {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-width: 2.8em;
    font-size: 13px;
    line-height: 1.25;
    white-space: nowrap;
  }
  .face .value {
    min-width: 0;
  }
  /* A choice's menu and the shortcuts, anchored to their button (placed by script, inside the viewport). */
  .popover {
    position: fixed;
    top: 0;
    left: 0;
    z-index: calc(var(--reach-z, 10000) + 1);
    box-sizing: border-box;
    min-width: 11em;
    overflow: auto;
    overscroll-behavior: contain;
    margin: 0;
    padding: 6px;
    background: var(--reach-paper);
    border: 2px solid var(--reach-ink);
    border-radius: 8px;
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.3);
  }
  .popover.help {
    width: max-content;
    max-width: 26em;
    padding: 10px 14px;
  }
  .menu .option {
    width: 100%;
    border: 0;
    background: transparent;
    text-align: start;
    white-space: nowrap;
  }
  .menu .option[aria-checked='true'] {
    font-weight: 600;
  }
  .check {
    width: 1em;
    flex: none;
  }
  .option:focus-visible {
    outline-offset: -3px;
  }
  /* Phones and 400 % zoom: the bar becomes a sheet at the bottom, its buttons wrapping in rows. */
  @media (max-width: 480px), (max-height: 480px) {
    .bar-layout .panel {
      inset: auto 0 0 0;
      max-height: 85vh;
      max-height: 85dvh;
      border-width: 2px 0 0;
      border-radius: 12px 12px 0 0;
    }
    .bar {
      justify-content: flex-start;
    }
    .bar-layout .group {
      flex-basis: 100%;
      padding: 4px 0;
      border: 0;
      border-top: 1px solid #c4c7d0;
    }
  }
  .bar-open .launcher {
    display: none;
  }

  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-bottom: 4px;
  }
  h2 {
    font-size: 18px;
    line-height: 1.3;
    margin: 0;
  }
  h3 {
    font-size: 14px;
    font-weight: 600;
    color: var(--reach-muted);
    margin: 8px 0 0;
  }
  /* A group's heading opens and closes it: the whole line is the target, its chevron turned while open. */
  .group-toggle {
    width: 100%;
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 0 4px;
    border: 0;
    background: transparent;
    font-weight: inherit;
    text-align: start;
  }
  .group-toggle:hover {
    background: var(--reach-soft);
  }
  .group-toggle .icon {
    transform: rotate(-90deg);
  }
  .group-toggle[aria-expanded='true'] .icon {
    transform: none;
  }
  :dir(rtl) .group-toggle[aria-expanded='false'] .icon {
    transform: rotate(90deg);
  }
  .close {
    border: 0;
    background: transparent;
    display: grid;
    place-items: center;
  }
  .close:hover,
  .step:hover,
  .foot button:hover {
    background: var(--reach-soft);
  }
  .control {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    min-height: 48px;
  }
  .stepper .buttons {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .step {
    border: 2px solid var(--reach-accent);
    background: var(--reach-paper);
    color: var(--reach-accent);
    font-size: 22px;
    line-height: 1;
  }
  .step[aria-disabled='true'] {
    border-color: #767676;
    color: #595959;
    cursor: not-allowed;
  }
  .value {
    min-width: 4.5ch;
    text-align: center;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .toggle {
    width: 100%;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 6px;
    padding: 6px 8px;
    border: 2px solid var(--reach-accent);
    background: var(--reach-paper);
    text-align: start;
  }
  /* A command (pause reading aloud): a plain bordered button filling its tile. */
  .command {
    width: 100%;
    min-height: 48px;
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 6px 8px;
    border: 2px solid var(--reach-ink);
    background: var(--reach-paper);
    text-align: start;
  }
  .command:hover {
    background: var(--reach-soft);
  }
  .command .icon {
    width: 1.25em;
    height: 1.25em;
  }
  .toggle .name {
    flex: 1;
  }
  .toggle .icon {
    width: 1.25em;
    height: 1.25em;
  }
  .toggle .switch {
    position: relative;
    width: 40px;
    height: 22px;
    border-radius: 11px;
    border: 2px solid var(--reach-muted);
    box-sizing: border-box;
    flex: none;
  }
  .toggle .switch::after {
    content: '';
    position: absolute;
    top: 2px;
    inset-inline-start: 2px;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--reach-muted);
  }
  .toggle[aria-pressed='true'] {
    background: var(--reach-accent);
    color: #fff;
  }
  .toggle[aria-pressed='true'] .switch {
    border-color: #fff;
  }
  .toggle[aria-pressed='true'] .switch::after {
    inset-inline-start: auto;
    inset-inline-end: 2px;
    background: #fff;
  }
  .choice {
    border: 0;
    margin: 4px 0 8px;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 4px;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 44px;
    padding: 0 8px;
    border-radius: 8px;
    cursor: pointer;
  }
  .option:hover {
    background: var(--reach-soft);
  }
  .option input {
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: var(--reach-accent);
    flex: none;
  }
  .option input:focus-visible {
    outline: 3px solid var(--reach-accent);
    outline-offset: 2px;
  }
  .swatch {
    display: inline-grid;
    place-items: center;
    width: 34px;
    height: 26px;
    border: 1px solid var(--reach-ink);
    border-radius: 4px;
    font-weight: 700;
    font-size: 14px;
    flex: none;
  }
  .swatch-default {
    background: linear-gradient(135deg, #fff 50%, #e8eefc 50%);
    color: var(--reach-ink);
  }
  /* In the launcher's panel, twice the aids in half the height: options two to a row, switches as tiles two to a row. */
  .launcher-layout .group-body {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 6px 8px;
  }
  .launcher-layout .group-body > :not(.tile) {
    grid-column: 1 / -1;
  }
  .launcher-layout .choice {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0 4px;
  }
  .launcher-layout .choice legend {
    grid-column: 1 / -1;
  }
  .launcher-layout .toggle {
    min-height: 48px;
  }
 .note {
    margin: 0;
    color: var(--reach-muted);
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 14px;
  }
    .foot button {
    border: 2px solid var(--reach-ink);
    background: var(--reach-paper);
    padding: 6px 14px;
  }
  .help {
    margin-top: 12px;
    font-size: 15px;
  }
  .help dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px 12px;
    margin: 0 0 10px;
  }
  .help dt {
    font-weight: 600;
    white-space: nowrap;
  }
  .help dd {
    margin: 0;
  }
  .help p {
    margin: 0;
    color: var(--reach-muted);
  }

  @media (forced-colors: active) {
    .launcher,
    .panel,
    .popover,
    button {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      box-shadow: none;
    }
    .toggle[aria-pressed='true'],
    .item[aria-pressed='true'],
    .item[data-set='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    /* A stepper at its limit: the system's colour for what cannot be used now. */
    .step[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
    /* An outlined track and a filled knob: where the knob sits shows the state. */
    .toggle .switch {
      border-color: currentColor;
      background: transparent;
    }
    .toggle .switch::after {
      background: currentColor;
    }
    button:focus-visible,
    .panel:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

