'use strict';
// One jest run for src/ (SPFx code) and dev/ (emulator, workbench, generators).
// Everything runs with a fixed time zone so date logic is tested as users in the UK see it.
process.env.TZ = 'Europe/London';

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { react: { runtime: 'classic' } },
      target: 'es2020'
    },
    module: { type: 'commonjs' }
  }
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/dev', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // PnPjs v4 is ESM-only and Fluent's lib/ is ESM: transform them rather than mock them away.
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|@fluentui/react/lib/))'],
  // Fluent's package exports send `@fluentui/react/lib/*` to its CommonJS build under jest's require.
  moduleNameMapper: {
    '^SuiteStrings$': '<rootDir>/dev/jest/suiteStrings.js'
  },
  testTimeout: 30000
};
