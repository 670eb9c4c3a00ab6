'use strict';
// Browser tests: real Chromium (Debian's, or CHROMIUM_PATH) against the workbench served by the emulator.
// Each test file starts its own emulator on a random port; two workers on two cores.
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  globalSetup: '<rootDir>/e2e/harness/globalSetup.ts',
  testEnvironment: '<rootDir>/e2e/harness/environment.js',
  maxWorkers: 2,
  testTimeout: 120000
};
