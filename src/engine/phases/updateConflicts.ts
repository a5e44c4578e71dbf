/**
 * Day step 6.1 (flee-model.md): type changes from location_changes.csv, then conflicts switched
 * on and off from conflicts.csv. Only transitions across zero matter (Q13).
 */
import { activateConflict, applyKind, deactivateConflict } from '../locationState.js';
import type { SimulationState } from '../state.js';
import { refreshSpawnWeights } from './refreshSpawnWeights.js';

const EPS = 1e-6;

export function updateConflicts(s: SimulationState, day: number): void {
  const rules = s.settings.move_rules;
  for (const change of s.locationChanges) {
    if (change.day !== day) continue;
    applyKind(s.locations, change.location, change.newKind, rules, s.settings.default_conflict_intensity);
    // A location that becomes (or stops being) a marker changes which paths are candidates.
    s.network.version++;
  }
  const table = s.scenario.conflicts;
  for (let k = 0; k < table.locations.length; k++) {
    const l = table.locations[k];
    const series = table.intensity[k];
    const now = series[day];
    if (day === 0) {
      if (now > EPS) {
        activateConflict(s.locations, l, now, day, rules);
        refreshSpawnWeights(s, day);
      }
      continue;
    }
    const before = series[day - 1];
    if (now > EPS && before < EPS) {
      activateConflict(s.locations, l, now, day, rules);
      refreshSpawnWeights(s, day);
    } else if (now < EPS && before >= EPS) {
      deactivateConflict(s.locations, l, rules);
      refreshSpawnWeights(s, day);
    }
  }
}
