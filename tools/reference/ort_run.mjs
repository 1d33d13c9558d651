// Runs an ONNX model with ONNX Runtime (npm onnxruntime-node) on .npy inputs and writes .npy
// outputs, or times it. Test and benchmark tooling only; the product never runs this.
//   node ort_run.mjs MODEL.onnx OUT_DIR [NAME=in.npy ...] [--threads N] [--bench RUNS] [--batch B]
// Without inputs, inputs are random (seeded) with the model's static shapes (batch = --batch).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { readNpyF32, writeNpyF32, seededRandom, safeName } from './npy.mjs';

const cache = process.env.DFC_ASSET_CACHE || path.join(process.env.HOME, '.cache', 'dfc-assets');
const require = createRequire(path.join(cache, 'ort', 'node_modules', 'x.js'));
const ort = require('onnxruntime-node');

const readNpy = file => { const { data, shape } = readNpyF32(file); return new ort.Tensor('float32', data, shape); };
const writeNpy = (file, tensor) => writeNpyF32(file, tensor.data, tensor.dims);

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); if (i < 0) return def; const v = args[i + 1]; args.splice(i, 2); return v; };
const threads = Number(opt('--threads', '2'));
const benchRuns = Number(opt('--bench', '0'));
const batch = Number(opt('--batch', '1'));
const [model, outDir, ...inputSpecs] = args;

const t0 = performance.now();
const session = await ort.InferenceSession.create(model, { intraOpNumThreads: threads, interOpNumThreads: 1 });
const createMs = performance.now() - t0;

const feeds = {};
for (const spec of inputSpecs) {
  const eq = spec.lastIndexOf('=');
  feeds[spec.slice(0, eq)] = readNpy(spec.slice(eq + 1));
}
if (inputSpecs.length === 0) {
  const rand = seededRandom();
  const meta = session.inputMetadata ?? [];
  session.inputNames.forEach((name, i) => {
    const dims = (meta[i]?.shape ?? []).map((d, k) => (k === 0 ? batch : typeof d === 'number' ? d : 1));
    const n = dims.reduce((a, b) => a * b, 1);
    feeds[name] = new ort.Tensor('float32', Float32Array.from({ length: n }, rand), dims);
  });
}

const results = await session.run(feeds);
if (benchRuns > 0) {
  const t = performance.now();
  for (let i = 0; i < benchRuns; ++i) await session.run(feeds);
  const runMs = (performance.now() - t) / benchRuns;
  console.log(JSON.stringify({ create_ms: createMs, run_ms: runMs, threads }));
}
if (outDir && outDir !== '-') {
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, tensor] of Object.entries(results)) writeNpy(path.join(outDir, safeName(name) + '.npy'), tensor);
  for (const [name, tensor] of Object.entries(feeds)) writeNpy(path.join(outDir, 'input_' + safeName(name) + '.npy'), tensor);
}
