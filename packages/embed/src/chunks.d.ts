/** Written by the build (scripts/build-embed.mjs): the chunk of each on-demand module, and the modules chunks take from the first file. */
declare module 'reachable:chunks' {
  export const chunks: Readonly<Record<string, string>>;
  export const modules: Readonly<Record<string, unknown>>;
}
