// Times loading a VESUM table into a Map (3 rounds) and the heap it takes:
//   node --expose-gc --import tsx scripts/vesum/load-bench.ts .vesum/names.tsv.gz
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadTable } from './table.js';
const p = process.argv[2]!;
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});
for (let i = 0; i < 3; i++) {
  gc(); const h0 = process.memoryUsage().heapUsed;
  let t = performance.now(); const buf = gunzipSync(readFileSync(p)); const tz = performance.now() - t;
  t = performance.now(); const m = loadTable(p); const tl = performance.now() - t;
  gc(); console.log(`${p}: gunzip ${tz.toFixed(0)} ms (${buf.length} bytes), loadTable ${tl.toFixed(0)} ms, ${m.size} keys, heap +${((process.memoryUsage().heapUsed - h0) / 2 ** 20).toFixed(1)} MB`);
}
