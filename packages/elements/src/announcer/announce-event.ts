/** Fired by `<reach-announcer>` once a message is in a live region. */
export class ReachAnnounceEvent extends Event {
  static readonly type = 'reach-announce';
  constructor(readonly message: string) {
    super(ReachAnnounceEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'reach-announce': ReachAnnounceEvent;
  }
}
