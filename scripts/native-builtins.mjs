// An esbuild plugin shared by the script tag's build and the benchmark's size breakdown.
/**
 * dom-accessibility-api (the accessible names read-aloud and the caption bar show) brings its own
 * Set and Array.from for browsers without them: every browser the script tag supports has both.
 */
export function nativeBuiltins() {
  return {
    name: 'native-builtins',
    setup(b) {
      b.onResolve({ filter: /[\\/]polyfills[\\/](SetLike|array\.from)\.mjs$/ }, (args) =>
        args.importer.includes('dom-accessibility-api') ? { path: args.path, namespace: 'native-builtin' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'native-builtin' }, (args) => ({ contents: `export default ${args.path.includes('SetLike') ? 'Set' : 'Array.from'};`, loader: 'js' }));
    },
  };
}
