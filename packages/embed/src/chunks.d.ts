/** Written by the build (scripts/build-embed.mjs): the modules chunks take from the first file. */
declare module 'reachable:chunks' {
  export const modules: Readonly<Record<string, unknown>>;
}
