/**
 * The one registry of random-stream purposes. Every stream of a run is keyed by (seed, day, key,
 * purpose) (random.ts): two mechanisms sharing a purpose number would draw the same numbers. A new
 * mechanism that draws registers its purpose here (test/engine/streamPurposes.test.ts checks that
 * the numbers are distinct and that the engine passes no bare number as a purpose).
 */
export const STREAM = {
  /** Leave decisions (decideMoves), keyed by agent. */
  decision: 0,
  /** The travel phase's first round (walking draws), keyed by agent. */
  travel: 1,
  /** Flee's spawning of new agents. */
  spawn: 2,
  /** Spawning driven by conflict intensity (spawn_mode 'conflict'). */
  conflictSpawn: 3,
  /** Seeds of replicas 1, 2, ... (replicaSeed). */
  replica: 4,
  /** Border crossings and smuggling uptake, keyed by location and person. */
  crossing: 5,
  /** Stays drawn at reception centres, keyed by location and person. */
  reception: 6,
  /** Releases from transfer and detention, keyed by person. */
  release: 7,
  /** Positions and kinds of a synthetic network (src/synthetic/syntheticNetwork.ts; was 0, the decision streams' purpose, until the registry). */
  syntheticNetwork: 8,
  /** The calibration's random source (src/calibration/randomSource.ts), keyed by generation; its own purposes go in the key's place. */
  calibration: 11,
  /** Chained legs of the travel phase: round r >= 1 uses chainedTravel + r (an open range: keep it last). */
  chainedTravel: 16,
} as const;

export type StreamPurposeName = keyof typeof STREAM;
