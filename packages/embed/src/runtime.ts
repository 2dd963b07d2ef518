import { modules } from 'reachable:chunks';

/** What the first file gives the files it loads on demand, under a symbol of its version. */
export interface Runtime {
  /** The first file's modules that chunks use, by short ids the build gives them. */
  readonly modules: Readonly<Record<string, unknown>>;
  /** The address of an on-demand chunk (its file name is written into the first file by the build): beside the first file. */
  chunk(file: string): string;
}

/**
 * Publishes the runtime for chunks of this version. `base` is the first
 * file's own address, so a self-hosted folder or a CDN serves everything.
 * (The one-file build has no chunks: `reachable:chunks` is empty there.)
 */
export function publishRuntime(base: string): void {
  const key = Symbol.for(`reachable.runtime@${__VERSION__}`);
  (globalThis as Record<symbol, Runtime>)[key] ??= { modules, chunk: (file) => new URL(file, base).href };
}
