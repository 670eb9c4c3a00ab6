'use strict';
// `npm run soak`: long runs, storms and full matrices, kept out of npm test's time budget. The browser
// ones (`e2e/*.soak.ts`) run with the browser tests' set-up: jest.e2e.soak.config.js.
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/dev'], testMatch: ['**/*.soak.ts'], testTimeout: 1800000 };
