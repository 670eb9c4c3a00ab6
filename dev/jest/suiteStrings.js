'use strict';
// Loads the suite's AMD loc file (define([], factory)) the way SharePoint does, for jest.
const fs = require('fs');
const path = require('path');

const source = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'loc', 'en-us.js'), 'utf8');
let strings;
// eslint-disable-next-line no-new-func -- RATIONALE: evaluates our own AMD loc file, never user input.
new Function('define', source)((deps, factory) => {
  strings = factory();
});
module.exports = strings;
