/** Constants that build.mjs substitutes at bundle time (esbuild `define`). */

/** True in `node build.mjs --dev` builds: extra checks and logging that production leaves out. */
declare const __DEV__: boolean;

/** Which build this code is in, for the rare difference the browser APIs cannot tell at run time. */
declare const __TARGET__: 'chrome' | 'firefox' | 'cli';
