'use strict';
// `npm test`: every check the project has, in the order that fails fastest, printing each stage's time.
// CI (.ci/run) runs exactly this. Stages run sequentially on purpose: CI has two cores and the ship bundle
// and jest each use both.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const stages = [
  ['lint', ['eslint', '--max-warnings', '0', '--no-error-on-unmatched-pattern', 'src/**/*.{ts,tsx}', 'dev/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts']],
  ['typecheck (src)', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['typecheck (dev)', ['tsc', '-p', 'dev/tsconfig.json', '--noEmit']],
  ['unit and integration tests (jest)', ['jest', '--ci']],
  ['ship bundle', ['gulp', 'bundle', '--ship']],
  ['package (.sppkg)', ['gulp', 'package-solution', '--ship']],
  ['package checks (jest)', ['jest', '--ci', '--config', 'jest.package.config.js']],
  ['browser tests (chromium)', ['jest', '--ci', '--config', 'jest.e2e.config.js']]
];

const timings = [];
const started = Date.now();
function run(name, args) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${['npx'].concat(args).join(' ')}`);
  const result = spawnSync(npx, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = (Date.now() - t0) / 1000;
  timings.push([name, seconds]);
  console.log(`=== ${name}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`);
  return result.status === 0;
}

// A stale dist/ would let old bundles into the package.
run('clean', ['gulp', 'clean']);
let ok = true;
for (const [name, args] of stages) {
  if (!run(name, args)) {
    ok = false;
    break;
  }
}

console.log('\nStage times:');
for (const [name, seconds] of timings) console.log(`  ${name.padEnd(36)} ${seconds.toFixed(1).padStart(7)} s`);
console.log(`  ${'total'.padEnd(36)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`);
process.exit(ok ? 0 : 1);
