/**
 * Jest here resolves `testEnvironment: 'node'` to jest-environment-node 25 (hoisted by the SPFx gulp
 * rig), whose sandbox lacks `fetch`, `Headers`, `Request`, `Response` and `AbortController` that
 * Node 20 has and PnPjs uses. Until the project pins jest-environment-node 29, copy them from Node's
 * main context into the sandbox. A no-op where the environment already provides them.
 */
interface WebGlobals {
  fetch?: unknown;
  Headers?: unknown;
  Request?: unknown;
  Response?: unknown;
  AbortController?: unknown;
  AbortSignal?: unknown;
  Blob?: unknown;
  FormData?: unknown;
  TextDecoder?: unknown;
  structuredClone?: unknown;
  crypto?: unknown;
}

const NAMES: ReadonlyArray<keyof WebGlobals> = [
  'fetch',
  'Headers',
  'Request',
  'Response',
  'AbortController',
  'AbortSignal',
  'Blob',
  'FormData',
  'TextDecoder',
  'structuredClone',
  'crypto'
];

export function installNodeWebGlobals(): void {
  const sandbox = globalThis as unknown as WebGlobals;
  if (NAMES.every((n) => sandbox[n] !== undefined)) return;
  // eslint-disable-next-line @typescript-eslint/no-var-requires, @typescript-eslint/no-require-imports -- test-only shim; `vm` has no types in the SPFx tsconfig
  const vm = require('vm') as { runInThisContext(code: string): WebGlobals };
  const real = vm.runInThisContext(`({ ${NAMES.join(', ')} })`);
  NAMES.forEach((n) => {
    if (sandbox[n] === undefined) sandbox[n] = real[n];
  });
}

installNodeWebGlobals();
