import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  allocateColumns,
  allocateSharedColumns,
  attachColumns,
  bytesPerRow,
  columnLayout,
  defineColumns,
  fillDefaults,
  growColumns,
} from '../../src/engine/columns.js';
import type { ColumnArray, ColumnSchema, ColumnsOf } from '../../src/engine/columns.js';
import { AGENT_COLUMNS, addAgents, createAgentTable, putOnLink, recentTravelAt, setRecentTravel } from '../../src/engine/agentTable.js';
import { createAgentBuffers } from '../../src/engine/partition.js';

/** One column of every type, with non-zero defaults where the type allows, a wide column with a view, and a per-thread bit column. */
const EVERY_TYPE = defineColumns([
  { name: 'a8', type: 'i8', default: -3 },
  { name: 'b8', type: 'u8', default: 200 },
  { name: 'a16', type: 'i16', default: -300 },
  { name: 'b16', type: 'u16', default: 60000 },
  { name: 'a32', type: 'i32', default: -1 },
  { name: 'b32', type: 'u32', default: 4000000000 },
  { name: 'f', type: 'f32', default: 0.5 },
  { name: 'd', type: 'f64', default: -2.25 },
  { name: 'pair', type: 'f32', width: 2, default: 1.5, views: [{ name: 'pairBits', type: 'i32' }] },
  { name: 'flag', type: 'bit', default: 1 },
  { name: 'mine', type: 'bit', default: 0, perThread: true },
]);

/** The same schema, read as plain columns (optional fields visible). */
const COLUMNS: ColumnSchema = EVERY_TYPE;

const NAMES = ['a8', 'b8', 'a16', 'b16', 'a32', 'b32', 'f', 'd', 'pair', 'flag', 'mine'] as const;

function record(c: object): Record<string, ColumnArray> {
  return c as Record<string, ColumnArray>;
}

/** A distinct value for row r of a column, representable in its type. */
function valueFor(name: string, r: number): number {
  if (name === 'flag' || name === 'mine') return (r * 7) % 3 === 0 ? 1 : 0;
  return (r % 50) + 1;
}

function writeRows(columns: ColumnsOf<typeof EVERY_TYPE>, rows: number): void {
  for (const c of COLUMNS) {
    const a = record(columns)[c.name];
    for (let r = 0; r < rows; r++) {
      if (c.type === 'bit') {
        if (valueFor(c.name, r) === 1) a[r >>> 5] |= 1 << (r & 31);
        else a[r >>> 5] &= ~(1 << (r & 31));
      } else for (let k = 0; k < (c.width ?? 1); k++) a[r * (c.width ?? 1) + k] = valueFor(c.name, r) + k;
    }
  }
}

/** Row r of every column, as numbers (bit columns as 0/1). */
function readRow(columns: object, r: number): number[] {
  return COLUMNS.flatMap((c) => {
    const a = record(columns)[c.name];
    if (c.type === 'bit') return [(a[r >>> 5] >>> (r & 31)) & 1];
    const w = c.width ?? 1;
    return Array.from({ length: w }, (_, k) => a[r * w + k]);
  });
}

function defaultsRow(): number[] {
  return COLUMNS.flatMap((c) => Array.from({ length: c.width ?? 1 }, () => (c.type === 'f32' ? Math.fround(c.default) : c.default)));
}

describe('column schemas', () => {
  it('types each column by its declared type', () => {
    const c = allocateColumns(EVERY_TYPE, 4);
    expectTypeOf(c.a32).toEqualTypeOf<Int32Array>();
    expectTypeOf(c.b16).toEqualTypeOf<Uint16Array>();
    expectTypeOf(c.pairBits).toEqualTypeOf<Int32Array>();
    expectTypeOf(c.flag).toEqualTypeOf<Uint32Array>();
    expect(c.a32).toBeInstanceOf(Int32Array);
    expect(c.b16).toBeInstanceOf(Uint16Array);
    expect(c.d).toBeInstanceOf(Float64Array);
    expect(c.pairBits).toBeInstanceOf(Int32Array);
    expect(c.pairBits.buffer).toBe(c.pair.buffer);
  });

  it('allocates every row at its defaults, or at zero when asked not to write them', () => {
    const c = allocateColumns(EVERY_TYPE, 37);
    for (let r = 0; r < 37; r++) expect(readRow(c, r)).toEqual(defaultsRow());
    const zero = allocateColumns(EVERY_TYPE, 37, { defaults: false });
    expect(readRow(zero, 36).every((v) => v === 0)).toBe(true);
  });

  it('grows every type, keeping the rows and giving the new ones their defaults', () => {
    const c = allocateColumns(EVERY_TYPE, 40);
    writeRows(c, 40);
    const before = Array.from({ length: 40 }, (_, r) => readRow(c, r));
    const old = c.a32;
    growColumns(EVERY_TYPE, c, 101);
    expect(c.a32).not.toBe(old);
    for (const name of NAMES) expect(record(c)[name].length).toBeGreaterThanOrEqual(name === 'flag' || name === 'mine' ? 4 : 101);
    expect(c.pair.length).toBe(202);
    expect(c.pairBits.buffer).toBe(c.pair.buffer);
    for (let r = 0; r < 40; r++) expect(readRow(c, r)).toEqual(before[r]);
    for (let r = 40; r < 101; r++) expect(readRow(c, r)).toEqual(defaultsRow());
  });

  it('leaves columns already long enough as they are', () => {
    const c = allocateColumns(EVERY_TYPE, 64);
    const before = c.flag;
    growColumns(EVERY_TYPE, c, 60);
    expect(c.flag).toBe(before);
  });

  it('resets a range of rows to the defaults, across bit-word boundaries', () => {
    const c = allocateColumns(EVERY_TYPE, 100, { defaults: false });
    writeRows(c, 100);
    const written = Array.from({ length: 100 }, (_, r) => readRow(c, r));
    fillDefaults(EVERY_TYPE, c, 5, 90);
    for (let r = 0; r < 100; r++) expect(readRow(c, r)).toEqual(r >= 5 && r < 90 ? defaultsRow() : written[r]);
  });

  it('gives the same columns on shared memory, seen by every attachment, except the per-thread ones', () => {
    const shared = allocateSharedColumns(EVERY_TYPE, 70);
    const one = attachColumns(EVERY_TYPE, shared);
    const two = attachColumns(EVERY_TYPE, shared);
    const plain = allocateColumns(EVERY_TYPE, 70);
    for (const name of [...NAMES, 'pairBits']) {
      expect(record(one)[name].constructor).toBe(record(plain)[name].constructor);
      expect(record(one)[name].length).toBe(record(plain)[name].length);
    }
    for (let r = 0; r < 70; r++) expect(readRow(one, r)).toEqual(defaultsRow());
    writeRows(one, 70);
    for (let r = 0; r < 70; r++) {
      const seen = readRow(two, r);
      expect(seen.slice(0, 11)).toEqual(readRow(one, r).slice(0, 11));
      expect(seen[11]).toBe(0); // 'mine' is per thread: the other attachment keeps its own
    }
    expect(one.a32.buffer).toBe(shared.buffer);
    expect(one.mine.buffer).not.toBe(shared.buffer);
  });

  it('packs the layout in declaration order, aligned and without overlaps', () => {
    for (const capacity of [0, 1, 3, 33, 1000]) {
      for (const minAlign of [1, 16]) {
        const layout = columnLayout(EVERY_TYPE, capacity, minAlign);
        expect(layout.columns.map((p) => p.name)).toEqual([...NAMES]);
        let end = 0;
        for (const p of layout.columns) {
          expect(p.offset % p.align).toBe(0);
          expect(p.align).toBeGreaterThanOrEqual(minAlign);
          expect(p.offset).toBeGreaterThanOrEqual(end);
          end = p.offset + p.byteLength;
        }
        expect(layout.byteLength).toBe(end);
        const d = layout.columns.find((p) => p.name === 'd');
        expect(d?.byteLength).toBe(8 * capacity);
        expect(layout.columns.find((p) => p.name === 'pair')?.byteLength).toBe(8 * capacity);
        expect(layout.columns.find((p) => p.name === 'flag')?.byteLength).toBe(4 * Math.ceil(capacity / 32));
      }
    }
  });

  it('counts the bytes of a row (a bit column an eighth)', () => {
    expect(bytesPerRow(EVERY_TYPE)).toBe(1 + 1 + 2 + 2 + 4 + 4 + 4 + 8 + 8 + 0.25);
  });

  it('derives a new column everywhere from its declaration alone', () => {
    const base = [
      { name: 'p', type: 'i32', default: 7 },
      { name: 'q', type: 'u8', default: 0 },
    ] as const;
    const before = defineColumns(base);
    const after = defineColumns([...base, { name: 'extra', type: 'f64', default: 2.5 }] as const);
    const c = allocateColumns(after, 10);
    expectTypeOf(c.extra).toEqualTypeOf<Float64Array>();
    expect(Array.from(c.extra)).toEqual(new Array(10).fill(2.5));
    c.extra[3] = -1;
    growColumns(after, c, 20);
    expect(c.extra.length).toBe(20);
    expect(c.extra[3]).toBe(-1);
    expect(c.extra[19]).toBe(2.5);
    const shared = attachColumns(after, allocateSharedColumns(after, 10));
    expect(shared.extra.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.extra[9]).toBe(2.5);
    expect(bytesPerRow(after) - bytesPerRow(before)).toBe(8);
    expect(columnLayout(after, 10).columns.map((p) => p.name)).toEqual(['p', 'q', 'extra']);
  });

  it('rejects schemas it could not lay out', () => {
    const bad: ColumnSchema[] = [
      [{ name: 'x', type: 'i32', default: 0 }, { name: 'x', type: 'u8', default: 0 }],
      [{ name: 'x', type: 'i32', default: 0, views: [{ name: 'y', type: 'f64' }] }],
      [{ name: 'x', type: 'u8', default: 256 }],
      [{ name: 'x', type: 'i32', default: 0.5 }],
      [{ name: 'x', type: 'bit', default: 2 }],
      [{ name: 'x', type: 'i16', default: 0, width: 0 }],
    ];
    for (const schema of bad) expect(() => defineColumns(schema)).toThrow();
  });
});

describe('the agent columns', () => {
  it('cost 31⅛ bytes per agent, 31 of them shared between threads', () => {
    expect(bytesPerRow(AGENT_COLUMNS)).toBe(31.125);
    expect(createAgentBuffers(1 << 20).buffer.byteLength).toBe(31 << 20);
  });

  it('keep their agents across growth, and new agents start from the declared defaults', () => {
    const t = createAgentTable(16);
    addAgents(t, 4, 10, 0);
    setRecentTravel(t, 3, 12.5, 2);
    putOnLink(t, 9, 5);
    t.routePath[9] = 8;
    addAgents(t, 6, 30, 3);
    expect(t.capacity).toBeGreaterThanOrEqual(40);
    expect(Array.from(t.location.subarray(0, 40))).toEqual([...new Array<number>(10).fill(4), ...new Array<number>(30).fill(6)]);
    expect(recentTravelAt(t, 3, 3)).toBe(6.25);
    expect(t.link[9]).toBe(5);
    expect(t.onLink[0]).toBe(1 << 9);
    expect(t.routePath[9]).toBe(8);
    for (const a of [10, 39]) {
      expect([t.link[a], t.routePath[a], t.routePosition[a], t.placesTravelled[a], t.nextLeaveDay[a], t.distanceOnLink[a]]).toEqual([-1, -1, 0, 1, -1, 0]);
      expect(t.recentTravelDay[2 * a + 1]).toBe(2);
      expect(recentTravelAt(t, a, 3)).toBe(0);
    }
  });

  it('on shared memory: every partition sees the same agents, with its own on-link bits', () => {
    const buffers = createAgentBuffers(100);
    const one = createAgentTable(0, buffers);
    const two = createAgentTable(0, buffers);
    addAgents(one, 2, 50, 0);
    putOnLink(one, 7, 3);
    expect(two.link[7]).toBe(3);
    expect(two.location[49]).toBe(2);
    expect(two.onLink[0]).toBe(0);
    expect(() => addAgents(one, 0, 51, 0)).toThrow(/capacity/);
  });
});
