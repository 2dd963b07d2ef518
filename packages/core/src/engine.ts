/**
 * An engine owns one aid and applies its preference value to one document.
 * Applying the "off" value returns the page to exactly its state before;
 * while off, an engine holds no observers or listeners.
 */
export interface Engine<T> {
  apply(value: T): void;
  /** Turns the aid off and releases everything. */
  destroy(): void;
}
