/**
 * Day step 6.4 (flee-model.md §2.7): closures of the day in file order; for each row the close
 * action (start day) and then the reopen action (end day).
 */
import { closeCamp, openCamp } from '../locationState.js';
import { closeCountryPair, closeLink, closeLocation, reopenCountryPair, reopenLink, reopenLocation } from '../network.js';
import type { SimulationState } from '../state.js';
import type { ClosureRow } from '../../domain/scenario.js';

export function applyClosures(s: SimulationState, day: number): void {
  for (const row of s.closures) {
    if (row.startDay === day) act(s, row, true);
    if (row.endDay === day) act(s, row, false);
  }
}

function locationIndex(s: SimulationState, name: string): number {
  return s.locations.names.indexOf(name);
}

function act(s: SimulationState, row: ClosureRow, close: boolean): void {
  const net = s.network;
  const rules = s.settings.move_rules;
  switch (row.type) {
    case 'country':
      if (close) closeCountryPair(net, s.locations.countries, row.name1, row.name2);
      else reopenCountryPair(net, s.locations.countries, row.name1, row.name2);
      break;
    case 'location': {
      const l = locationIndex(s, row.name1);
      if (close) closeLocation(net, l);
      else reopenLocation(net, l);
      break;
    }
    case 'link': {
      // Q3: Flee compares names by object identity, so only one-character names ever match, and
      // then only the direction name2 -> name1 is affected. Longer names: a no-op, as in Flee.
      // The reader warns about these rows.
      if (row.name1.length === 1 && row.name2.length === 1) {
        const a = locationIndex(s, row.name1);
        const b = locationIndex(s, row.name2);
        if (close) closeLink(net, b, a);
        else reopenLink(net, b, a);
      }
      break;
    }
    case 'camp':
    case 'idpcamp': {
      const l = locationIndex(s, row.name1);
      if (close) closeCamp(s.locations, l, rules);
      else openCamp(s.locations, l, row.type === 'idpcamp', rules);
      break;
    }
    case 'remove_forced_redirection':
      // The forced-redirection flag has no behavioural effect (Q17).
      break;
  }
}
