/**
 * True in development builds (the `development` export condition, tests) and
 * false in production builds, where every `if (__DEV__)` branch is removed.
 */
declare const __DEV__: boolean;

// opencc-js publishes its dictionaries without types (its "./*" export).
declare module 'opencc-js/from/cn' {
  const dicts: import('opencc-js/core').DictGroup[];
  export default dicts;
}
declare module 'opencc-js/to/cn' {
  const dicts: import('opencc-js/core').DictGroup[];
  export default dicts;
}
