// The browser build of mocha (its Node entry needs `fs` and `path`): the same mocha, set up with `setup()`.
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}

/** Only tests whose full title contains this run (set when the harness bundles the tests; '' runs all). */
declare const NETWORKING_PLAN_TEST_GREP: string;
