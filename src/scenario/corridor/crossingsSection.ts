/**
 * The crossings of a corridor scenario: every direction of every link between two countries (or of
 * kind border) is a crossing with the `crossing_defaults:` policy; those listed under `crossings:`
 * have their own policy laid over the defaults.
 */
import type { Crossing, CrossingPolicy, PolicyEvent } from '../../domain/corridor.js';
import type { CorridorLinkRow, CorridorLocationRow } from './corridorCsv.js';
import { DEFAULT_POLICY, readCrossingChange } from './crossingChange.js';
import type { PolicyReader } from './policyReader.js';
import type { YamlPath } from './yamlFields.js';

/** Largest number of directional crossings (a person's avoided crossings are a 32-bit set). */
export const MAX_CROSSINGS = 32;

/** A crossing while scenario.yml is read: where its policy was written (undefined: the defaults). */
export interface CrossingEntry extends Crossing {
  readonly path: YamlPath | undefined;
}

/** The crossings of the network, indexed by `from,to` pair, and every linked pair (both ways). */
interface NetworkCrossings {
  readonly crossings: CrossingEntry[];
  readonly byPair: ReadonlyMap<string, number>;
  readonly linkPairs: ReadonlySet<string>;
}

/** Crossings in links.csv order (each link's two directions together), all with the defaults. */
export function readCrossings(r: PolicyReader, locations: readonly CorridorLocationRow[], links: readonly CorridorLinkRow[]): CrossingEntry[] {
  const defaults: CrossingPolicy = r.y.get(['crossing_defaults']) === undefined ? DEFAULT_POLICY : { ...DEFAULT_POLICY, ...readCrossingChange(r, ['crossing_defaults']) };
  const network = networkCrossings(locations, links, defaults);
  readListedCrossings(r, locations, defaults, network);
  const { crossings } = network;
  if (crossings.length > MAX_CROSSINGS) r.y.problem(['crossings'], `${crossings.length} directional crossings`, `at most ${MAX_CROSSINGS} (links between countries, each direction counted)`);
  return crossings;
}

function networkCrossings(locations: readonly CorridorLocationRow[], links: readonly CorridorLinkRow[], defaults: CrossingPolicy): NetworkCrossings {
  const crossings: CrossingEntry[] = [];
  const byPair = new Map<string, number>();
  const linkPairs = new Set<string>();
  for (const r of links) {
    if (r.from < 0 || r.to < 0) continue;
    linkPairs.add(`${r.from},${r.to}`);
    linkPairs.add(`${r.to},${r.from}`);
    if (!(r.border || locations[r.from].country !== locations[r.to].country)) continue;
    for (const [a, b] of [[r.from, r.to], [r.to, r.from]]) {
      byPair.set(`${a},${b}`, crossings.length);
      crossings.push({ name: `${locations[a].name} -> ${locations[b].name}`, from: a, to: b, listed: false, initial: defaults, path: undefined });
    }
  }
  return { crossings, byPair, linkPairs };
}

/** Lays each crossing listed under `crossings:` over the defaults, in place. */
function readListedCrossings(r: PolicyReader, locations: readonly CorridorLocationRow[], defaults: CrossingPolicy, network: NetworkCrossings): void {
  const { y } = r;
  const { crossings, byPair, linkPairs } = network;
  y.list(['crossings']).forEach((_, i) => {
    const p: YamlPath = ['crossings', i];
    const a = r.location([...p, 'from'], true);
    const b = r.location([...p, 'to'], true);
    if (a < 0 || b < 0) return;
    const k = byPair.get(`${a},${b}`);
    if (k === undefined) {
      y.problem(p, linkPairs.has(`${a},${b}`) ? `the link ${locations[a].name} - ${locations[b].name} is not a crossing` : `no link between "${locations[a].name}" and "${locations[b].name}"`, 'a link of links.csv between two countries or of kind border');
      return;
    }
    if (crossings[k].listed) y.problem(p, `crossing "${crossings[k].name}" listed twice`, 'each crossing once');
    const change = readCrossingChange(r, p, ['from', 'to']);
    crossings[k] = { ...crossings[k], listed: true, initial: { ...defaults, ...change }, path: p };
  });
}

/** Every policy in force at some time (at the start, after each event) must name the places it needs. */
export function checkPlacesOfPolicies(r: PolicyReader, crossings: readonly CrossingEntry[], events: readonly PolicyEvent[]): void {
  crossings.forEach((c, k) => {
    let policy = c.initial;
    const check = (where: YamlPath | undefined, when: string): void => checkPlaces(r, c.name, policy, where ?? ['crossing_defaults'], when);
    check(c.path, 'at the start');
    events.forEach((e, i) => {
      if (e.target !== 'crossing' || e.index !== k) return;
      policy = { ...policy, ...e.set };
      check(['events', i], `from the event on line ${e.line}`);
    });
  });
}

function checkPlaces(r: PolicyReader, name: string, policy: CrossingPolicy, at: YamlPath, when: string): void {
  const { y } = r;
  if (policy.policy === 'internal-return' && policy.returnTo < 0) y.problem(at, `crossing "${name}" ${when}: internal-return without return_to`, 'return_to: <location> for internal-return');
  if (policy.policy === 'detention' && policy.place < 0) y.problem(at, `crossing "${name}" ${when}: detention without place`, 'place: <location> for detention');
  if (policy.policy === 'detention' && policy.then === 'internal-return' && policy.returnTo < 0) y.problem(at, `crossing "${name}" ${when}: release by internal-return without return_to`, 'return_to: <location>');
}
