/** Reads the server's binary frames (src/server/binaryFrame.ts): a JSON header and typed arrays. */
export type FrameArray = Int32Array | Float32Array | Float64Array;

interface FrameHeader<M> {
  readonly meta: M;
  readonly arrays: readonly { readonly name: string; readonly type: string; readonly length: number }[];
}

const CONSTRUCTORS = {
  int32: Int32Array,
  float32: Float32Array,
  float64: Float64Array,
} as const;

export function decodeFrame<M>(buffer: ArrayBuffer): { meta: M; arrays: Record<string, FrameArray> } {
  const headerLength = new DataView(buffer).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength))) as FrameHeader<M>;
  const arrays: Record<string, FrameArray> = {};
  let offset = 4 + headerLength;
  for (const a of header.arrays) {
    const make = CONSTRUCTORS[a.type as keyof typeof CONSTRUCTORS];
    if (make === undefined) throw new Error(`unknown array type ${a.type} in a frame`);
    arrays[a.name] = new make(buffer, offset, a.length);
    offset += Math.ceil((a.length * make.BYTES_PER_ELEMENT) / 8) * 8;
  }
  return { meta: header.meta, arrays };
}
