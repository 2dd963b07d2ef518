/**
 * Reachable's warnings. Every warning has a stable code documented in
 * docs/warnings.md. Development warnings (misuse by a developer) are called
 * inside `if (__DEV__)`, so production builds carry neither the call nor its
 * text; warnings a site's editor must see in production too (a bad script-tag
 * attribute, a caption file that does not load) are called without it.
 */
export function warn(code: string, message: string, ...details: unknown[]): void {
  // The docs' address only in development builds: in production the code is what to look up.
  console.warn(`[Reachable ${code}] ${message}${__DEV__ ? ` (see docs/warnings.md#${code.toLowerCase()})` : ''}`, ...details);
}

/** A value as a warning should show it: strings quoted, everything else as String() gives it. */
export function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
