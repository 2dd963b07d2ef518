/** Marks CSS text for the build's minifier (scripts/minify-templates.mjs); no lit needed. */
const css = (strings: TemplateStringsArray): string => strings[0]!;

/**
 * The launcher's look (the panel's is below). `:host` resets everything with `!important`: inside a
 * shadow root that beats the host page's own `!important` rules, so resets,
 * `* { … !important }` and Reachable's own aids (text spacing, colour
 * schemes) cannot restyle the toolbar. Colours meet 4.5:1 or better; every
 * target is at least 44 × 44 px; under forced colours, system colours take over.
 */
export const LAUNCHER_CSS = css`
  :host {
    all: initial !important;
    display: block !important;
    /* Undoes Reachable's own page zoom (its engine sets the factor on the root), which would also scale the viewport units that keep the panel on screen. */
    zoom: var(--reach-unzoom, 1) !important;
    --reach-accent: #0b57d0;
    --reach-ink: #1b1b1f;
    --reach-muted: #474a52;
    --reach-paper: #ffffff;
    --reach-soft: #eef2fa;
    --reach-offset: 16px;
    /* The room the caption bar (大字幕) takes at the bottom or top of the window, in this unzoomed tree's px: the launcher and its panel sit clear of it. */
    --reach-below: calc(var(--reach-caption-bar-bottom, 0px) / var(--reach-unzoom, 1));
    --reach-above: calc(var(--reach-caption-bar-top, 0px) / var(--reach-unzoom, 1));
  }
  .root {
    font: 16px/1.5 system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
    color: var(--reach-ink);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
  }
  [hidden] {
    display: none !important;
  }
  button {
    font: inherit;
    color: inherit;
    min-width: 44px;
    min-height: 44px;
    margin: 0;
    border-radius: 8px;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  /* A preset for older readers (关怀模式) is in force: every target at least 60 × 60 px, the aging-friendly size. */
  .root.large button,
  .root.large [role^='menuitem'] {
    min-width: 60px;
    min-height: 60px;
  }
  button:focus-visible,
  .panel:focus-visible {
    outline: 3px solid var(--reach-accent);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--reach-paper);
  }
  svg {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }

  .launcher {
    position: fixed;
    z-index: var(--reach-z, 10000);
    width: 56px;
    height: 56px;
    padding: 0;
    display: grid;
    place-items: center;
    border: 2px solid var(--reach-paper);
    border-radius: 50%;
    background: var(--reach-accent);
    color: #fff;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.35);
  }
  .launcher svg {
    width: 32px;
    height: 32px;
  }
  .launcher:focus-visible {
    outline-color: var(--reach-ink);
  }
  .bottom-right .launcher,
  .top-right .launcher {
    right: var(--reach-offset);
  }
  .bottom-left .launcher,
  .top-left .launcher {
    left: var(--reach-offset);
  }
  .bottom-right .launcher,
  .bottom-left .launcher {
    bottom: calc(var(--reach-offset) + var(--reach-below));
  }
  .top-right .launcher,
  .top-left .launcher {
    top: calc(var(--reach-offset) + var(--reach-above));
  }
  /* Why the panel did not open (its file could not be loaded): beside the launcher, until a later attempt succeeds. */
  .failure {
    position: fixed;
    z-index: var(--reach-z, 10000);
    box-sizing: border-box;
    max-width: min(20em, calc(100vw - 2 * var(--reach-offset)));
    padding: 8px 12px;
    border: 2px solid var(--reach-ink);
    border-radius: 8px;
    background: var(--reach-paper);
    color: var(--reach-ink);
  }
  .failure:empty {
    padding: 0;
    border: 0;
  }
  .bottom-right .failure,
  .top-right .failure {
    right: var(--reach-offset);
  }
  .bottom-left .failure,
  .top-left .failure {
    left: var(--reach-offset);
  }
  .bottom-right .failure,
  .bottom-left .failure {
    bottom: calc(56px + 2 * var(--reach-offset) + var(--reach-below));
  }
  .top-right .failure,
  .top-left .failure {
    top: calc(56px + 2 * var(--reach-offset) + var(--reach-above));
  }
  @media (forced-colors: active) {
    .failure {
      border-color: CanvasText;
    }
    .launcher {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      box-shadow: none;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;

