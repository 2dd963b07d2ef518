import type { PreferenceKey, Preferences } from './schema.js';

/** Fired on a preference store (and re-fired by Reachable's elements) when preferences change. */
export class ReachChangeEvent extends Event {
  static readonly type = 'reach-change';
  constructor(
    /** The preferences now in force. */
    readonly preferences: Readonly<Preferences>,
    /** The keys whose value changed. */
    readonly changed: readonly PreferenceKey[],
  ) {
    super(ReachChangeEvent.type, { bubbles: true, composed: true });
  }
}
