/**
 * True in development builds (the `development` export condition, tests) and
 * false in production builds, where every `if (__DEV__)` branch is removed.
 */
declare const __DEV__: boolean;
