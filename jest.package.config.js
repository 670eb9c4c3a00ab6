'use strict';
// Checks of the shipped package; run by `npm test` after `gulp package-solution --ship`.
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/scripts'], testMatch: ['**/*.package-test.ts'] };
