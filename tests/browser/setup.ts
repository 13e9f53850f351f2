// Every browser test: a Content-Security-Policy refusal seen in any page during the test fails it
// (the harness's launchBrowser records them). A refused worker or script can leave a task spinning
// for ever without any other sign (issue 16), so no test may pass while one happened.
import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './harness';

afterEach(() => {
  expect(takeCspViolations(), 'CSP refusals during this test').toEqual([]);
});
