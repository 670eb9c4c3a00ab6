'use strict';
// `npm run soak`: long runs, storms and full matrices, kept out of npm test's time budget.
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/dev', '<rootDir>/e2e'], testMatch: ['**/*.soak.ts'], testTimeout: 1800000 };
