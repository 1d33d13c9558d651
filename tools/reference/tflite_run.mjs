// Runs a TFLite model with LiteRT (npm @litertjs/core: TFLite + XNNPACK compiled to WebAssembly)
// on .npy inputs and writes .npy outputs, or times it. Test and benchmark tooling only.
//   node tflite_run.mjs MODEL.tflite OUT_DIR [NAME=in.npy ...] [--bench RUNS]
// NAME is the signature's input name or #i for the i-th input. Without inputs, inputs are random
// (seeded) with the model's shapes. LiteRT names tensors by the model's signature, not by the
// subgraph's tensor names, so outputs are also written by position as output_<i>.npy.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { readNpyF32, writeNpyF32, seededRandom, safeName } from './npy.mjs';

const cache = process.env.DFC_ASSET_CACHE || path.join(process.env.HOME, '.cache', 'dfc-assets');
const litertDir = path.join(cache, 'litert', 'node_modules', '@litertjs', 'core');
const wasmDir = path.join(litertDir, 'wasm');

// LiteRT.js loads its wasm glue like a browser worker does: a global `self`, importScripts()
// evaluating the script in global scope (it defines `var ModuleFactory`), and a Node-style
// require/__dirname for the Emscripten loader to read the .wasm from disk.
Object.assign(globalThis, {
  self: globalThis,
  require: createRequire(path.join(wasmDir, 'x.js')),
  __dirname: wasmDir,
  __filename: path.join(wasmDir, 'loader.js'),
  importScripts: url => (0, eval)(fs.readFileSync(url.startsWith('file://') ? new URL(url).pathname : url, 'utf8')),
});
// The runtime logs its setup (and a WebGPU probe failure) on stdout/stderr; keep ours clean.
// Runtime errors (a kernel refusing its options) arrive only as log lines: collect them and fail.
const log = console.log;
const quietErr = console.error;
const runtimeErrors = [];
const collect = (...a) => { const line = a.join(' '); if (/\bERROR\b|Failed to/.test(line) && !/WebGPU/.test(line)) runtimeErrors.push(line); };
console.log = console.info = console.warn = console.error = collect;

const core = await import(path.join(litertDir, 'dist', 'index.js'));
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); if (i < 0) return def; const v = args[i + 1]; args.splice(i, 2); return v; };
const benchRuns = Number(opt('--bench', '0'));
const [modelPath, outDir, ...inputSpecs] = args;

try {
  await core.loadLiteRt(wasmDir + '/');
  const t0 = performance.now();
  const model = await core.loadAndCompile(new Uint8Array(fs.readFileSync(modelPath)), { accelerator: 'wasm' });
  const createMs = performance.now() - t0;
  const given = {};
  for (const spec of inputSpecs) {
    const eq = spec.lastIndexOf('=');
    given[spec.slice(0, eq)] = readNpyF32(spec.slice(eq + 1));
  }
  const rand = seededRandom();
  const feeds = model.getInputDetails().map((d, i) => {
    const shape = Object.values(d.shape);
    if (inputSpecs.length) {
      const data = given[d.name] || given['#' + i];
      if (!data) throw new Error(`no data for input '${d.name}' (#${i})`);
      return { name: d.name, ...data };
    }
    const n = shape.reduce((a, b) => a * b, 1);
    return { name: d.name, data: Float32Array.from({ length: n }, rand), shape };
  });
  // A batch larger than the model's (LiteRT models are mostly batch 1) runs item by item and the
  // outputs are stacked: the quality checks feed whole evaluation sets.
  const modelBatch = Object.values(model.getInputDetails()[0].shape)[0] || 1;
  const items = Math.max(1, Math.floor(feeds[0].shape[0] / modelBatch));
  const slice = (f, k) => {
    const per = f.data.length / items;
    return new core.Tensor(f.data.subarray(k * per, (k + 1) * per), [f.shape[0] / items, ...f.shape.slice(1)]);
  };
  const run = async (k = 0) => model.run(feeds.map(f => items > 1 ? slice(f, k) : new core.Tensor(f.data, f.shape)));
  const perItem = [];
  for (let k = 0; k < items; ++k) {
    const r = await run(k);
    perItem.push(r.map(t => t.toTypedArray().slice()));
    r.forEach(t => t.delete());
    if (runtimeErrors.length) throw new Error('LiteRT reported errors:\n' + runtimeErrors.join('\n'));
  }
  if (benchRuns > 0) {
    const t = performance.now();
    for (let i = 0; i < benchRuns; ++i) (await run()).forEach(r => r.delete());
    log(JSON.stringify({ create_ms: createMs, run_ms: (performance.now() - t) / benchRuns }));
  }
  if (outDir && outDir !== '-') {
    fs.mkdirSync(outDir, { recursive: true });
    model.getOutputDetails().forEach((d, i) => {
      const per = perItem[0][i].length, data = new Float32Array(per * items), shape = Object.values(d.shape);
      perItem.forEach((r, k) => data.set(r[i], k * per));
      shape[0] = (shape[0] || 1) * items;
      writeNpyF32(path.join(outDir, safeName(d.name) + '.npy'), data, shape);
      writeNpyF32(path.join(outDir, `output_${i}.npy`), data, shape);
    });
    for (const f of feeds) writeNpyF32(path.join(outDir, 'input_' + safeName(f.name) + '.npy'), f.data, f.shape);
  }
  process.exit(0);
} catch (e) {
  quietErr(String(e && e.stack || e));
  process.exit(1);
}
