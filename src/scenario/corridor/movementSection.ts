/** How persons move along a corridor (`movement:` of scenario.yml), with the defaults of docs/scenario-format.md. */
import { MAX_DISTANCE_KM, MAX_SPEED_KM_PER_DAY } from '../../domain/inputRanges.js';
import type { CorridorSpec } from '../../domain/corridor.js';
import type { YamlFields } from './yamlFields.js';
import type { ReadNumber } from './yamlNumbers.js';

export type MovementSettings = Pick<CorridorSpec, 'moveChance' | 'maxMoveSpeed' | 'detour' | 'distancePower' | 'softening'>;

export function readMovement(y: YamlFields, num: ReadNumber): MovementSettings {
  y.checkKeys(['movement'], ['move_chance', 'max_move_speed', 'detour', 'distance_power', 'softening']);
  y.checkKeys(['movement', 'move_chance'], ['entry', 'transit', 'reception', 'informal']);
  const chance = (k: string, d: number) => num(['movement', 'move_chance', k], { min: 0, max: 1, default: d });
  const moveChance = { entry: chance('entry', 0.5), transit: chance('transit', 0.3), reception: chance('reception', 0.3), informal: chance('informal', 0.5) };
  const maxMoveSpeed = num(['movement', 'max_move_speed'], { min: 1, max: MAX_SPEED_KM_PER_DAY, default: 200 });
  const detour = num(['movement', 'detour'], { min: 0, max: 100, default: 0.3 });
  const distancePower = num(['movement', 'distance_power'], { min: 0, max: 10, default: 1 });
  const softening = num(['movement', 'softening'], { min: 0, max: MAX_DISTANCE_KM, default: 10 });
  return { moveChance, maxMoveSpeed, detour, distancePower, softening };
}
