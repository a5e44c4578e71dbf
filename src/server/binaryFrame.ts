/**
 * The dashboard's binary response: typed arrays with a small JSON header, so a browser gets a
 * day window of a 20,000-location network as a few array views over one buffer, without parsing.
 *
 *   u32 (little-endian)  byte length H of the header
 *   H bytes              JSON { meta, arrays: [{ name, type, length }] }, space-padded so the
 *                        arrays start at a multiple of 8
 *   the arrays, in header order, each padded to a multiple of 8 bytes
 *
 * web/src/data/binaryFrame.ts reads it.
 */
export type FrameArray = Int32Array | Float32Array | Float64Array;

const TYPE_NAMES = new Map<string, string>([
  ['Int32Array', 'int32'],
  ['Float32Array', 'float32'],
  ['Float64Array', 'float64'],
]);

function padTo8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

export function encodeFrame(meta: unknown, arrays: Readonly<Record<string, FrameArray>>): Uint8Array {
  const entries = Object.entries(arrays);
  const described = entries.map(([name, a]) => ({ name, type: TYPE_NAMES.get(a.constructor.name) ?? 'unknown', length: a.length }));
  let header = new TextEncoder().encode(JSON.stringify({ meta, arrays: described }));
  const headerLength = padTo8(4 + header.length) - 4;
  if (headerLength !== header.length) {
    const padded = new Uint8Array(headerLength).fill(0x20);
    padded.set(header);
    header = padded;
  }
  const total = 4 + headerLength + entries.reduce((n, [, a]) => n + padTo8(a.byteLength), 0);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, headerLength, true);
  out.set(header, 4);
  let offset = 4 + headerLength;
  for (const [, a] of entries) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
    offset += padTo8(a.byteLength);
  }
  return out;
}
