/**
 * The synchronisation of a run split over threads: a barrier on shared memory, and the exchange of
 * per-partition location counts for their sum (double-buffered, so one barrier per exchange).
 * A failure in any thread sets the abort flag, which every waiting thread turns into an error.
 */
export interface SyncBuffers {
  readonly partitions: number;
  readonly locations: number;
  /** [arrived, generation, aborted] */
  readonly control: SharedArrayBuffer;
  /** 2 buffers × partitions × locations counts. */
  readonly counts: SharedArrayBuffer;
  /** 2 buffers × partitions pending figures. */
  readonly pending: SharedArrayBuffer;
}

export function createSyncBuffers(partitions: number, locations: number): SyncBuffers {
  return {
    partitions,
    locations,
    control: new SharedArrayBuffer(3 * 4),
    counts: new SharedArrayBuffer(2 * partitions * locations * 4),
    pending: new SharedArrayBuffer(2 * partitions * 8),
  };
}

export class AbortedError extends Error {
  constructor() {
    super('another thread of this run failed');
    this.name = 'AbortedError';
  }
}

/** Marks the run as failed and wakes every waiting thread. */
export function abortRun(buffers: SyncBuffers): void {
  const control = new Int32Array(buffers.control);
  Atomics.store(control, 2, 1);
  Atomics.add(control, 1, 1);
  Atomics.notify(control, 1);
}

function barrier(control: Int32Array, partitions: number): void {
  const generation = Atomics.load(control, 1);
  if (Atomics.load(control, 2) === 1) throw new AbortedError();
  if (Atomics.add(control, 0, 1) === partitions - 1) {
    Atomics.store(control, 0, 0);
    Atomics.add(control, 1, 1);
    Atomics.notify(control, 1);
    return;
  }
  let spins = 0;
  while (Atomics.load(control, 1) === generation) {
    // Phases are short: spin a little before sleeping.
    if (++spins > 200_000) Atomics.wait(control, 1, generation, 20);
  }
  if (Atomics.load(control, 2) === 1) throw new AbortedError();
}

/** The `synchronize` function of partition `index` (see engine/partition.ts). */
export function partitionSynchronizer(buffers: SyncBuffers, index: number): (own: Int32Array, census: Int32Array, pending: number) => number {
  const { partitions, locations } = buffers;
  const control = new Int32Array(buffers.control);
  const counts = new Int32Array(buffers.counts);
  const pendingAll = new Float64Array(buffers.pending);
  let calls = 0;
  return (own, census, pending) => {
    const half = calls & 1;
    calls++;
    const base = half * partitions * locations;
    counts.set(own, base + index * locations);
    pendingAll[half * partitions + index] = pending;
    barrier(control, partitions);
    census.set(counts.subarray(base, base + locations));
    for (let p = 1; p < partitions; p++) {
      const from = base + p * locations;
      for (let l = 0; l < locations; l++) census[l] += counts[from + l];
    }
    let total = 0;
    for (let p = 0; p < partitions; p++) total += pendingAll[half * partitions + p];
    return total;
  };
}
