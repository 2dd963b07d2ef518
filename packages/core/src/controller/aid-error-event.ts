import type { AidId } from '../aids/registry.js';

/** Dispatched on a controller's `preferences` when an aid's engine could not be loaded (offline, blocked). */
export class ReachAidErrorEvent extends Event {
  static readonly type = 'reach-aid-error';
  constructor(
    /** The aid that could not be loaded. */
    readonly aid: AidId,
    readonly error: unknown,
  ) {
    super(ReachAidErrorEvent.type);
  }
}
