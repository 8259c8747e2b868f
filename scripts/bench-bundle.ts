/**
 * npm run bench:bundle — the gzipped JavaScript the first screen loads (the entry
 * script and what it imports statically), against the 400 KB budget.
 * Run after `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);

/** Follows static `import … from "./x.js"` between chunks; dynamic import() is left out on purpose. */
function staticGraph(files: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      queue.push(path.join('assets', m[1]!));
  }
  return seen;
}

const first = staticGraph(entry);
const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const gz = (file: string) => gzipSync(fs.readFileSync(path.join(dist, file))).length;
const firstBytes = [...first].reduce((sum, f) => sum + gz(f), 0);
const allBytes = all.reduce((sum, f) => sum + gz(path.join('assets', f)), 0);
console.log(
  `first screen: ${(firstBytes / 1000).toFixed(1)} KB gzipped JavaScript in ${first.size} file(s) (budget 400 KB)`,
);
console.log(`all chunks:   ${(allBytes / 1000).toFixed(1)} KB gzipped in ${all.length} file(s)`);
for (const f of [...first].sort()) console.log(`  ${f}: ${(gz(f) / 1000).toFixed(1)} KB`);
if (firstBytes > 400 * 1000) process.exitCode = 1;
