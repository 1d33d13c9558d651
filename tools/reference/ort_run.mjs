// Runs an ONNX model with ONNX Runtime (npm onnxruntime-node) on .npy inputs and writes .npy
// outputs, or times it. Test and benchmark tooling only; the product never runs this.
//   node ort_run.mjs MODEL.onnx OUT_DIR [NAME=in.npy ...] [--threads N] [--bench RUNS] [--batch B]
// Without inputs, inputs are random (seeded) with the model's static shapes (batch = --batch).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const cache = process.env.DFC_ASSET_CACHE || path.join(process.env.HOME, '.cache', 'dfc-assets');
const require = createRequire(path.join(cache, 'ort', 'node_modules', 'x.js'));
const ort = require('onnxruntime-node');

function readNpy(file) {
  const buf = fs.readFileSync(file);
  const major = buf[6];
  const hlen = major === 1 ? buf.readUInt16LE(8) : buf.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  const header = buf.toString('latin1', start, start + hlen);
  const shape = header.match(/'shape':\s*\(([^)]*)\)/)[1].split(',').map(s => s.trim()).filter(Boolean).map(Number);
  const descr = header.match(/'descr':\s*'([^']*)'/)[1];
  if (descr !== '<f4') throw new Error(`${file}: only <f4 inputs are supported, got ${descr}`);
  const data = new Float32Array(buf.buffer.slice(buf.byteOffset + start + hlen, buf.byteOffset + buf.length));
  return new ort.Tensor('float32', data, shape);
}

function writeNpy(file, tensor) {
  let data = tensor.data;
  if (!(data instanceof Float32Array)) data = Float32Array.from(data, Number);
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${tensor.dims.join(', ')}${tensor.dims.length === 1 ? ',' : ''}), }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const head = Buffer.alloc(10);
  Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]).copy(head);
  head.writeUInt16LE(header.length, 8);
  fs.writeFileSync(file, Buffer.concat([head, Buffer.from(header, 'latin1'), Buffer.from(data.buffer, data.byteOffset, data.byteLength)]));
}

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
  let seed = 1234;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
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
  for (const [name, tensor] of Object.entries(results)) writeNpy(path.join(outDir, name.replace(/[/:\\]/g, '_') + '.npy'), tensor);
  for (const [name, tensor] of Object.entries(feeds)) writeNpy(path.join(outDir, 'input_' + name.replace(/[/:\\]/g, '_') + '.npy'), tensor);
}
