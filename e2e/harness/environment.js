'use strict';
// jest 29's node environment runs tests in a VM context that lacks several of Node 20's web globals
// (performance, btoa, …) which playwright-core reads when it loads. Copy the missing ones across.
const { TestEnvironment } = require('jest-environment-node');

const WEB_GLOBALS = ['performance', 'btoa', 'atob', 'structuredClone', 'fetch', 'Request', 'Response', 'Headers', 'FormData',
  'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'Blob', 'BroadcastChannel', 'EventTarget', 'Event', 'crypto'];

class BrowserTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const key of WEB_GLOBALS) {
      if (this.global[key] === undefined && globalThis[key] !== undefined) this.global[key] = globalThis[key];
    }
  }
}

module.exports = BrowserTestEnvironment;
