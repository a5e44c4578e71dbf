/**
 * The random streams of a corridor run's border rules: their own CounterRandom (so border draws
 * never shift the movement streams), and the day key of the crossing streams, computed once per day.
 */
import { CounterRandom } from '../random.js';

export interface BorderStreams {
  readonly rng: CounterRandom;
  crossingKey: number;
  crossingKeyDay: number;
}

export function createBorderStreams(seed: number): BorderStreams {
  return { rng: new CounterRandom(seed), crossingKey: 0, crossingKeyDay: -1 };
}
