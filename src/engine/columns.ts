/**
 * Column schemas: a table's per-row columns declared once (name, element type, default value) and
 * everything else derived from that declaration: allocation, growth, defaults for appended rows,
 * shared memory for runs split over threads, the bytes each row costs, and a packed layout (one
 * buffer, columns in declaration order) that shared memory uses and a WebAssembly linear memory
 * can follow.
 *
 * The derived columns are plain typed arrays, read and written directly by the hot loops;
 * `ColumnsOf<typeof SCHEMA>` types them (an 'i32' column is an Int32Array, and so on).
 *
 * Beyond one element per row, a column may hold `width` elements per row (row r at r·width ..
 * r·width + width − 1), may be read through `views` (other names for the same bytes, as another
 * type of the same element size), may be a 'bit' column (one bit per row, in 32-bit words), and
 * may be `perThread` (each thread of a split run keeps its own copy; never in shared memory).
 */

export type ColumnType = 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'f32' | 'f64' | 'bit';

/** Another name for a column's bytes, read as another type of the same element size. */
export interface ColumnView {
  readonly name: string;
  readonly type: Exclude<ColumnType, 'bit'>;
}

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** The value of every element of a row when it is allocated, grown into or appended (0 or 1 for 'bit'). */
  readonly default: number;
  /** Elements per row (1 when absent). */
  readonly width?: number;
  readonly views?: readonly ColumnView[];
  /** Kept by each thread of a split run, never placed in shared memory. */
  readonly perThread?: boolean;
}

export type ColumnSchema = readonly Column[];

interface ArrayOfType {
  i8: Int8Array;
  u8: Uint8Array;
  i16: Int16Array;
  u16: Uint16Array;
  i32: Int32Array;
  u32: Uint32Array;
  f32: Float32Array;
  f64: Float64Array;
  bit: Uint32Array;
}

type ViewOf<C> = C extends { readonly views: readonly (infer V extends ColumnView)[] } ? V : never;

/** The typed arrays of a schema, by column (and view) name. */
export type ColumnsOf<S extends ColumnSchema> = {
  [C in S[number] as C['name']]: ArrayOfType[C['type']];
} & {
  [V in ViewOf<S[number]> as V['name']]: ArrayOfType[V['type']];
};

export type ColumnArray = ArrayOfType[ColumnType];
type ArrayConstructorOf = new (lengthOrBuffer: number | ArrayBufferLike, byteOffset?: number, length?: number) => ColumnArray;

const CONSTRUCTORS: Readonly<Record<ColumnType, ArrayConstructorOf>> = {
  i8: Int8Array,
  u8: Uint8Array,
  i16: Int16Array,
  u16: Uint16Array,
  i32: Int32Array,
  u32: Uint32Array,
  f32: Float32Array,
  f64: Float64Array,
  bit: Uint32Array,
};

const ELEMENT_BYTES: Readonly<Record<ColumnType, number>> = { i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4, f64: 8, bit: 4 };

const RANGES: Readonly<Partial<Record<ColumnType, readonly [number, number]>>> = {
  i8: [-128, 127],
  u8: [0, 255],
  i16: [-32768, 32767],
  u16: [0, 65535],
  i32: [-2147483648, 2147483647],
  u32: [0, 4294967295],
  bit: [0, 1],
};

/** Checks a schema (unique names, widths, views of the same element size, representable defaults) and returns it, typed. */
export function defineColumns<const S extends ColumnSchema>(schema: S): S {
  const names = new Set<string>();
  const claim = (name: string): void => {
    if (names.has(name)) throw new Error(`column schema: the name "${name}" is used twice`);
    names.add(name);
  };
  for (const c of schema) {
    claim(c.name);
    const width = widthOf(c);
    if (!Number.isInteger(width) || width < 1) throw new Error(`column ${c.name}: width must be a positive integer, got ${width}`);
    if (c.type === 'bit' && (width !== 1 || c.views !== undefined)) throw new Error(`column ${c.name}: a bit column has width 1 and no views`);
    const range = RANGES[c.type];
    const representable = range === undefined || (Number.isInteger(c.default) && c.default >= range[0] && c.default <= range[1]);
    if (!representable) throw new Error(`column ${c.name}: default ${c.default} does not fit type ${c.type}`);
    for (const v of c.views ?? []) {
      claim(v.name);
      if (ELEMENT_BYTES[v.type] !== ELEMENT_BYTES[c.type]) throw new Error(`column ${c.name}: view ${v.name} (${v.type}) has another element size`);
    }
  }
  return schema;
}

function widthOf(c: Column): number {
  return c.width ?? 1;
}

/** Elements a column needs for `capacity` rows. */
function lengthFor(c: Column, capacity: number): number {
  return c.type === 'bit' ? (capacity + 31) >>> 5 : capacity * widthOf(c);
}

/** Rows a column's array has room for. */
function rowsIn(c: Column, a: ColumnArray): number {
  return c.type === 'bit' ? a.length * 32 : a.length / widthOf(c);
}

/** Bytes one row costs over all columns (a 'bit' column costs 1/8). */
export function bytesPerRow(schema: ColumnSchema): number {
  let bytes = 0;
  for (const c of schema) bytes += c.type === 'bit' ? 1 / 8 : ELEMENT_BYTES[c.type] * widthOf(c);
  return bytes;
}

type ColumnRecord = Record<string, ColumnArray>;

function setColumn(out: ColumnRecord, c: Column, a: ColumnArray): void {
  out[c.name] = a;
  for (const v of c.views ?? []) out[v.name] = new CONSTRUCTORS[v.type](a.buffer, a.byteOffset, a.length);
}

export interface AllocateOptions {
  /**
   * Write the defaults into the new rows (true when absent). A table that initialises each row
   * as it appends it (fillDefaults) passes false: its memory pages are then first touched when
   * rows are used, so a capacity planned ahead costs no resident memory until it is filled.
   */
  readonly defaults?: boolean;
}

/** Columns for `capacity` rows, every row at its defaults (unless `defaults` is false: zeros). */
export function allocateColumns<S extends ColumnSchema>(schema: S, capacity: number, options: AllocateOptions = {}): ColumnsOf<S> {
  const out: ColumnRecord = {};
  for (const c of schema) {
    const a = new CONSTRUCTORS[c.type](lengthFor(c, capacity));
    if (options.defaults !== false) fillFresh(c, a, 0);
    setColumn(out, c, a);
  }
  return out as ColumnsOf<S>;
}

/**
 * Gives `columns` (a record or any object holding them, such as a table) room for `capacity`
 * rows: each column is replaced by a longer array holding the same rows, the new rows at their
 * defaults (unless `defaults` is false). Views follow their column. The object keeps its fields,
 * so its shape does not change.
 */
export function growColumns<S extends ColumnSchema>(schema: S, columns: ColumnsOf<S>, capacity: number, options: AllocateOptions = {}): void {
  const record = columns as unknown as ColumnRecord;
  for (const c of schema) {
    const old = record[c.name];
    const rows = rowsIn(c, old);
    if (capacity <= rows) continue;
    const a = new CONSTRUCTORS[c.type](lengthFor(c, capacity));
    a.set(old);
    if (options.defaults !== false) fillFresh(c, a, rows);
    setColumn(record, c, a);
  }
}

/** Sets rows `from` .. `to` − 1 of every column to its default. */
export function fillDefaults<S extends ColumnSchema>(schema: S, columns: ColumnsOf<S>, from: number, to: number): void {
  const record = columns as unknown as ColumnRecord;
  for (const c of schema) fillColumn(c, record[c.name], from, to);
}

/**
 * Defaults into the rows of a fresh array from `from` to its end (for a bit column, to the end of
 * its last word, so that growth finds every row it keeps at its value). A zero default writes
 * nothing: the array holds zeros already, and its pages stay untouched.
 */
function fillFresh(c: Column, a: ColumnArray, from: number): void {
  if (!Object.is(c.default, 0)) fillColumn(c, a, from, rowsIn(c, a));
}

function fillColumn(c: Column, a: ColumnArray, from: number, to: number): void {
  if (to <= from) return;
  if (c.type === 'bit') fillBits(a as Uint32Array, from, to, c.default);
  else {
    const w = widthOf(c);
    a.fill(c.default, from * w, to * w);
  }
}

function fillBits(words: Uint32Array, from: number, to: number, bit: number): void {
  let r = from;
  for (; r < to && (r & 31) !== 0; r++) setBit(words, r, bit);
  const wordEnd = to >>> 5;
  if (r >>> 5 < wordEnd) {
    words.fill(bit === 0 ? 0 : 0xffffffff, r >>> 5, wordEnd);
    r = wordEnd << 5;
  }
  for (; r < to; r++) setBit(words, r, bit);
}

function setBit(words: Uint32Array, r: number, bit: number): void {
  if (bit === 0) words[r >>> 5] &= ~(1 << (r & 31));
  else words[r >>> 5] |= 1 << (r & 31);
}

/** Where a column sits when the columns are packed into one buffer. */
export interface ColumnPlacement {
  readonly name: string;
  readonly type: ColumnType;
  readonly width: number;
  /** Byte offset from the start of the buffer: a multiple of `align`. */
  readonly offset: number;
  readonly byteLength: number;
  readonly align: number;
  readonly views: readonly ColumnView[];
}

export interface ColumnLayout {
  readonly capacity: number;
  readonly byteLength: number;
  readonly columns: readonly ColumnPlacement[];
}

/**
 * The columns of `schema` for `capacity` rows packed into one buffer in declaration order, each
 * starting at a multiple of its alignment (its element size, at least `minAlign`).
 */
export function columnLayout(schema: ColumnSchema, capacity: number, minAlign = 1): ColumnLayout {
  const columns: ColumnPlacement[] = [];
  let offset = 0;
  for (const c of schema) {
    const align = Math.max(ELEMENT_BYTES[c.type], minAlign);
    offset = Math.ceil(offset / align) * align;
    const byteLength = lengthFor(c, capacity) * ELEMENT_BYTES[c.type];
    columns.push({ name: c.name, type: c.type, width: widthOf(c), offset, byteLength, align, views: c.views ?? [] });
    offset += byteLength;
  }
  return { capacity, byteLength: offset, columns };
}

/** Shared memory holding a schema's shared columns (all but the per-thread ones) for a fixed number of rows. */
export interface SharedColumns {
  readonly capacity: number;
  readonly buffer: SharedArrayBuffer;
}

function sharedSchema(schema: ColumnSchema): ColumnSchema {
  return schema.filter((c) => c.perThread !== true);
}

/** Shared memory for `capacity` rows of a schema's shared columns, packed as columnLayout says. */
export function allocateSharedColumns(schema: ColumnSchema, capacity: number, options: AllocateOptions = {}): SharedColumns {
  const layout = columnLayout(sharedSchema(schema), capacity);
  const shared: SharedColumns = { capacity, buffer: new SharedArrayBuffer(Math.max(8, layout.byteLength)) };
  if (options.defaults !== false) {
    const onShared = sharedSchema(schema);
    const columns = attachColumns(onShared, shared) as ColumnRecord;
    for (const c of onShared) fillFresh(c, columns[c.name], 0);
  }
  return shared;
}

/**
 * The columns of a schema on shared memory (views, so every thread sees the same rows), with a
 * fresh array, at its defaults, for each per-thread column.
 */
export function attachColumns<S extends ColumnSchema>(schema: S, shared: SharedColumns): ColumnsOf<S> {
  const placed = new Map(columnLayout(sharedSchema(schema), shared.capacity).columns.map((p) => [p.name, p]));
  const out: ColumnRecord = {};
  for (const c of schema) {
    const p = placed.get(c.name);
    if (p === undefined) {
      const a = new CONSTRUCTORS[c.type](lengthFor(c, shared.capacity));
      fillFresh(c, a, 0);
      setColumn(out, c, a);
    } else setColumn(out, c, new CONSTRUCTORS[c.type](shared.buffer, p.offset, lengthFor(c, shared.capacity)));
  }
  return out as ColumnsOf<S>;
}
