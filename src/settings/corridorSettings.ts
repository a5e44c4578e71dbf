/**
 * Settings of a corridor run: Flee's defaults with the movement values of scenario.yml (speed,
 * route-weight softening and distance power). Flee's scores stay neutral (camp and foreign
 * weights 1): in corridor runs every destination is equally attractive and only route length
 * weighs, see docs/ODD.md.
 */
import type { CorridorSpec } from '../domain/corridor.js';
import { parseSettingsText } from './loadSettings.js';
import type { Settings } from './types.js';

export function corridorSettings(spec: CorridorSpec): Settings {
  const base = parseSettingsText('', 'corridor defaults');
  return {
    ...base,
    move_rules: {
      ...base.move_rules,
      max_move_speed: spec.maxMoveSpeed,
      softening: spec.softening,
      distance_power: spec.distancePower,
      camp_weight: 1,
      foreign_weight: 1,
      weight_softening: 0,
      start_on_foot: false,
      avoid_short_stints: false,
    },
  };
}
