/** Fired by `<reach-toolbar>` when its panel opens. */
export class ReachOpenEvent extends Event {
  static readonly type = 'reach-open';
  constructor() {
    super(ReachOpenEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<reach-toolbar>` when its panel closes. */
export class ReachCloseEvent extends Event {
  static readonly type = 'reach-close';
  constructor() {
    super(ReachCloseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'reach-open': ReachOpenEvent;
    'reach-close': ReachCloseEvent;
  }
}
