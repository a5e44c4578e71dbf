/**
 * Reference statistics of serial Flee, as measured by the authors of ../shared/model/flee-model.md
 * (§14.2, mali2012, 5 runs, shipped settings with logging off) — figures, not code.
 */
export interface CampDayReference {
  readonly camp: string;
  readonly day: number;
  readonly mean: number;
  readonly sd: number;
}

export const MALI2012_RUNS = 5;

const table: [string, [number, number], [number, number], [number, number]][] = [
  ['Fassala-Mbera', [1100, 8], [1885, 16], [5481, 20]],
  ['Mentao', [175, 6], [636, 9], [630, 15]],
  ['Bobo-Dioulasso', [79, 6], [179, 3], [245, 20]],
  ['Abala', [68, 1], [312, 20], [946, 4]],
  ['Mangaize', [85, 1], [219, 6], [269, 25]],
  ['Niamey', [1.6, 1], [23, 4], [246, 18]],
  ['Tabareybarey', [1.8, 0.7], [585, 9], [570, 13]],
];

export const MALI2012_CAMP_REFERENCE: readonly CampDayReference[] = table.flatMap(([camp, d30, d100, d299]) => [
  { camp, day: 30, mean: d30[0], sd: d30[1] },
  { camp, day: 100, mean: d100[0], sd: d100[1] },
  { camp, day: 299, mean: d299[0], sd: d299[1] },
]);

/** All camps together at days 30 / 100 / 299. */
export const MALI2012_ALL_CAMPS: readonly CampDayReference[] = [
  { camp: '(all camps)', day: 30, mean: 1511, sd: 7 },
  { camp: '(all camps)', day: 100, mean: 3838, sd: 22 },
  { camp: '(all camps)', day: 299, mean: 8387, sd: 28 },
];

/** Pooled over both batches of §14.2: E_normal (ARD) and E_rescaled for mali2012. */
export const MALI2012_ARD = { mean: 0.355, sd: 0.004 } as const;
export const MALI2012_ARD_RESCALED = { mean: 0.307, sd: 0.005 } as const;
