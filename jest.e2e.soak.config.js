'use strict';
// `npm run soak`, in the browser: the browser tests' set-up, the long runs (`e2e/*.soak.ts`).
const e2e = require('./jest.e2e.config');

module.exports = { ...e2e, testMatch: ['**/*.soak.ts'], testTimeout: 1800000 };
