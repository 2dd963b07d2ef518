/**
 * Development-only warnings. Every warning has a stable code documented in
 * docs/warnings.md; call sites are wrapped in `if (__DEV__)` so production
 * builds carry neither the call nor its message text.
 */
export function devWarn(code: string, message: string): void {
  console.warn(`[Reachable ${code}] ${message} (see docs/warnings.md#${code.toLowerCase()})`);
}

/** A value as a warning should show it: strings quoted, everything else as String() gives it. */
export function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
