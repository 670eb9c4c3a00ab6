'use strict';
// Prints every shipped JavaScript file of the last ship bundle (dist/), raw and gzip, and writes the figures
// to bundle-sizes.json for the README and the performance budget checks. Run after `npm run bundle`.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function sizes(distDir) {
  if (!fs.existsSync(distDir)) throw new Error(`${distDir} does not exist: run npm run bundle first`);
  return fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const data = fs.readFileSync(path.join(distDir, file));
      return { file, raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

function kb(n) {
  return (n / 1024).toFixed(1).padStart(8);
}

function print(rows) {
  const name = Math.max(...rows.map((r) => r.file.length), 4);
  console.log(`${'file'.padEnd(name)}  ${'raw KB'.padStart(8)}  ${'gzip KB'.padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(name)}  ${kb(r.raw)}  ${kb(r.gzip)}`);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`${'total'.padEnd(name)}  ${kb(total.raw)}  ${kb(total.gzip)}`);
}

module.exports = { sizes };

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const rows = sizes(path.join(root, 'dist'));
  print(rows);
  fs.mkdirSync(path.join(root, 'temp'), { recursive: true });
  fs.writeFileSync(path.join(root, 'temp', 'bundle-sizes.json'), JSON.stringify(rows, null, 2));
}
