import type { LocationKind } from '../domain/scenario.js';

/** The kind words of §4.2, in matching order, for messages. */
export const KIND_WORDS = ['camp', 'idpcamp', 'conflict_zone', 'forwarding_hub', 'marker', 'flood_zone', 'town', 'default'];

/**
 * Location kind of a type text, by the ordered substring tests of flee-model.md §4.2
 * (case-insensitive), or undefined when the text matches no kind.
 */
export function kindOfType(typeText: string): LocationKind | undefined {
  const t = typeText.toLowerCase();
  if (t.includes('camp')) return t.includes('idp') ? 'idpcamp' : 'camp';
  if (t.includes('conflict')) return 'conflict_zone';
  if (t.includes('forward')) return 'forwarding_hub';
  if (t.includes('marker')) return 'marker';
  if (t.includes('flood_zone')) return 'flood_zone';
  if (t.includes('default') || t.includes('town')) return 'town';
  return undefined;
}

export function isCampKind(kind: LocationKind): boolean {
  return kind === 'camp' || kind === 'idpcamp';
}
