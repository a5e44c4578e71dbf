/**
 * Known answers of border-mechanics.md: one crossing with constant apprehension probability p.
 * With internal return and unlimited retries, attempts until success are geometric with success
 * probability 1 - p: mean attempts 1/(1-p), detections per attempting person p/(1-p), detections per
 * detected person 1/(1-p). With deportation every detected person is detected once and a share
 * 1 - p arrives. With push-back and a constant wait W, each failure adds W days in transit.
 * Tolerances: 4 standard errors of the estimate for the sample size (a false alarm about once in
 * 16,000 runs per check; the seeds are fixed, so the suite is deterministic).
 */
import { describe, expect, it } from 'vitest';
import { arrivalsCsv, corridorYml, writeCorridorFolder } from '../helpers/corridorFolder.js';
import { runCorridor } from '../helpers/corridorRun.js';

const N = 20_000;

function scenario(p: number, policy: string, wait = 1): string {
  return writeCorridorFolder({
    yml: corridorYml(
      `
movement:
  move_chance: { entry: 1, transit: 1, reception: 1, informal: 1 }
reception:
  stay_days: 1
crossings:
  - from: Border
    to: Goal
    apprehension: ${p}
    policy: ${policy}
    return_to: South
    transfer_days: 1
    wait_days: ${wait}
`,
      400,
    ),
    arrivals: arrivalsCsv(N),
  });
}

describe('known answers: one crossing, constant p', () => {
  for (const p of [0.3, 0.6]) {
    it(`internal return, p = ${p}: attempts 1/(1-p), detections per attempting p/(1-p), per detected 1/(1-p)`, () => {
      const l = runCorridor(scenario(p, 'internal-return')).ledger!.summary;
      const o = l.overall;
      // Everyone crossed within the horizon (so the means are not censored).
      expect(o.attempts_until_success.persons).toBe(N);
      expect(o.still_trying).toBe(0);
      const sdGeometric = Math.sqrt(p) / (1 - p); // sd of attempts (and of failures)
      const se = sdGeometric / Math.sqrt(N);
      expect(Math.abs(o.attempts_until_success.mean! - 1 / (1 - p))).toBeLessThan(4 * se);
      expect(Math.abs(o.detections_per_attempting_person! - p / (1 - p))).toBeLessThan(4 * se);
      // Detected persons: failures given at least one failure = 1 + geometric failures.
      const seDetected = sdGeometric / Math.sqrt(N * p * 0.9);
      expect(Math.abs(o.detections_per_detected_person! - 1 / (1 - p))).toBeLessThan(4 * seDetected);
      expect(o.detections).toBe(o.attempts - N);
    });
  }

  it('deportation, p = 0.4: detections equal persons detected and a share 1 - p arrives', () => {
    const p = 0.4;
    const l = runCorridor(scenario(p, 'deportation')).ledger!.summary;
    expect(l.overall.detections).toBe(l.overall.persons_detected);
    expect(l.removed).toBe(l.overall.detections);
    expect(l.arrived + l.removed).toBe(N);
    const se = Math.sqrt((p * (1 - p)) / N);
    expect(Math.abs(l.arrived / N - (1 - p))).toBeLessThan(4 * se);
  });

  it('push-back with a wait of W days adds W p/(1-p) days in transit on average', () => {
    const p = 0.5;
    const W = 3;
    const l = runCorridor(scenario(p, 'push-back', W)).ledger!.summary;
    expect(l.arrived).toBe(N);
    // Without failures a person crosses on the day of arrival (30 km at 200 km/day).
    const se = (W * Math.sqrt(p)) / (1 - p) / Math.sqrt(N);
    expect(Math.abs(l.days_in_transit.mean! - (W * p) / (1 - p))).toBeLessThan(4 * se);
  });

  it('no enforcement: one attempt per person and no detections', () => {
    const l = runCorridor(scenario(0, 'internal-return')).ledger!.summary;
    expect(l.overall.detections).toBe(0);
    expect(l.overall.attempts).toBe(N);
    expect(l.arrived).toBe(N);
  });
});
