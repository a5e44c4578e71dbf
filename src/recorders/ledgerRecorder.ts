/**
 * The border-policy ledger of a corridor run (border-mechanics.md, "The ledger"): persons per state
 * at the end of each day, the day's attempts, detections and crossings per crossing, the
 * apprehension event log, and at the end the summary that separates detections from distinct
 * persons, overall and per crossing.
 *
 * The recorder only reads the engine's state: the event counts are the engine's (LedgerCounts,
 * engine/border/ledgerCounts.ts, written by the border phases as events happen); the end-of-day
 * snapshots (persons per state, occupancy) are this recorder's own series, written only here.
 */
import { formatIsoDay, parseIsoDay } from '../domain/dates.js';
import { agentsOnLinks, type BorderState, type SimulationState } from '../engine/index.js';
import { POLICY_NAMES } from '../domain/corridor.js';
import { crossingFinalStates, Standing, standings } from './crossingFinalStates.js';
import { CountHistogram } from './personStatistics.js';
import type { CrossingSummary, DetectionSummary, LedgerRecord, LedgerSummary, ReceptionSummary } from './types.js';

type EventLog = BorderState['events'];

export interface LedgerRecorder {
  record(s: SimulationState, day: number): void;
  /** A burn-in day (simulation day `simulationDay`): at its last, the persons carried over are noted. */
  skip(s: SimulationState, simulationDay: number): void;
  finish(s: SimulationState, daysDone: number): LedgerRecord;
}

/** End-of-day snapshots, per day (occupancy: per day and location, index day * n + l). */
interface Snapshots {
  readonly atLocation: Int32Array;
  readonly onLink: Int32Array;
  readonly inTransfer: Int32Array;
  readonly inDetention: Int32Array;
  readonly arrived: Int32Array;
  readonly removed: Int32Array;
  readonly occupancy: Int32Array;
}

function createSnapshots(days: number, n: number): Snapshots {
  return {
    atLocation: new Int32Array(days),
    onLink: new Int32Array(days),
    inTransfer: new Int32Array(days),
    inDetention: new Int32Array(days),
    arrived: new Int32Array(days),
    removed: new Int32Array(days),
    occupancy: new Int32Array(days * n),
  };
}

/**
 * What the persons carried over from a burn-in had done by its end: their per-person figures in
 * the summary count from there (undefined without a burn-in).
 */
interface CarriedOver {
  /** Burn-in days (the ledger's counts and the event log count days from the first of them). */
  readonly burnIn: number;
  /** Persons created during the burn-in (ids below it). */
  readonly persons: number;
  readonly attempts: Uint16Array;
  /** Per person and crossing (a * crossingCount + c). */
  readonly crossingAttempts: Uint16Array;
}

function carriedOver(b: BorderState, s: SimulationState): CarriedOver {
  const persons = s.agents.count;
  const p = b.persons;
  return { burnIn: s.burnIn, persons, attempts: p.attempts.slice(0, persons), crossingAttempts: p.crossingAttempts.slice(0, persons * b.crossingCount) };
}

/** The ledger of the reported days: `burnIn` days simulated before them are left out of every figure. */
export function createLedgerRecorder(b: BorderState, burnIn = 0): LedgerRecorder {
  const n = b.locationCount;
  const snap = createSnapshots(b.ledger.days - burnIn, n);
  let carried: CarriedOver | undefined;
  const peak = new Int32Array(n);
  const peakDay = new Int32Array(n);
  let peakTotal = 0;
  return {
    record(s, day) {
      const present = s.locations.agents;
      let atLocation = 0;
      let arrived = 0;
      for (let l = 0; l < n; l++) {
        if (b.spec.kinds[l] === 'destination') arrived += present[l];
        else atLocation += present[l];
        const occupied = b.occupancy[l];
        snap.occupancy[day * n + l] = occupied;
        if (b.spec.capacity[l] >= 0 && occupied > peak[l]) {
          peak[l] = occupied;
          peakDay[l] = day;
        }
      }
      let inCentres = 0;
      for (let l = 0; l < n; l++) if (b.spec.capacity[l] >= 0) inCentres += b.occupancy[l];
      if (inCentres > peakTotal) peakTotal = inCentres;
      const onLink = agentsOnLinks(s.network);
      snap.atLocation[day] = atLocation;
      snap.arrived[day] = arrived;
      snap.onLink[day] = onLink;
      snap.inTransfer[day] = b.custody.inTransfer;
      snap.inDetention[day] = b.custody.inDetention;
      snap.removed[day] = b.custody.removed;
    },
    skip(s, simulationDay) {
      if (simulationDay === burnIn - 1) carried = carriedOver(b, s);
    },
    finish(s, daysDone) {
      const C = b.crossingCount;
      const ev = reportedEvents(b.events, burnIn);
      const start = parseIsoDay(s.scenario.startDate) ?? 0;
      const reception: ReceptionSummary[] = [];
      let capacityTotal = 0;
      for (let l = 0; l < n; l++) {
        if (b.spec.capacity[l] < 0) continue;
        let registrations = 0;
        for (let t = burnIn; t < burnIn + daysDone; t++) registrations += b.ledger.registrations[t * n + l];
        reception.push({ location: s.locations.names[l], capacity: b.spec.capacity[l], peak_occupancy: peak[l], peak_date: formatIsoDay(start + peakDay[l]), registrations });
        capacityTotal += b.spec.capacity[l];
      }
      const standing = standings(b, s.agents.count);
      const summary: LedgerSummary = {
        persons_created: s.agents.count,
        ...(carried === undefined ? {} : { carried_over: carried.persons }),
        overall: summarise(b, standing, -1, daysDone, carried),
        crossings: b.spec.crossings.map((c, k) => crossingSummary(b, standing, k, c.name, daysDone, carried)),
        arrived: snap.arrived[daysDone - 1] ?? 0,
        removed: b.custody.removed,
        in_transfer: b.custody.inTransfer,
        in_detention: b.custody.inDetention,
        days_in_transit: transitDays(b, s.agents.count, burnIn),
        reception,
        peak_reception_occupancy: peakTotal,
        reception_capacity: capacityTotal,
      };
      return {
        crossingNames: b.spec.crossings.map((c) => c.name),
        attempts: b.ledger.attempts.subarray(burnIn * C, (burnIn + daysDone) * C),
        detections: b.ledger.detections.subarray(burnIn * C, (burnIn + daysDone) * C),
        crossed: b.ledger.crossed.subarray(burnIn * C, (burnIn + daysDone) * C),
        atLocation: snap.atLocation.subarray(0, daysDone),
        onLink: snap.onLink.subarray(0, daysDone),
        inTransfer: snap.inTransfer.subarray(0, daysDone),
        inDetention: snap.inDetention.subarray(0, daysDone),
        arrived: snap.arrived.subarray(0, daysDone),
        removed: snap.removed.subarray(0, daysDone),
        events: { person: ev.person.slice(0, ev.count), day: ev.day.slice(0, ev.count), crossing: ev.crossing.slice(0, ev.count), outcome: ev.outcome.slice(0, ev.count) },
        outcomeNames: POLICY_NAMES,
        registrations: b.ledger.registrations.subarray(burnIn * n, (burnIn + daysDone) * n),
        occupancy: snap.occupancy.subarray(0, daysDone * n),
        summary,
      };
    },
  };
}

/**
 * One crossing's summary: its detections and persons, and the final states of the persons who
 * attempted it (crossingFinalStates.ts); its `gave_up` and `still_trying` are those who gave up
 * or are still trying at this crossing.
 */
function crossingSummary(b: BorderState, standing: Uint8Array, c: number, name: string, daysDone: number, carried?: CarriedOver): CrossingSummary {
  const d = summarise(b, standing, c, daysDone, carried);
  const states = crossingFinalStates(b, standing, c, d.persons_attempted, carried);
  return { crossing: name, ...d, still_trying: states.still_trying, gave_up: states.gave_up, final_states: states };
}

/** The event log's entries of reported days, with reported days (the log itself when there is no burn-in). */
function reportedEvents(log: EventLog, burnIn: number): EventLog {
  if (burnIn === 0) return log;
  const keep: number[] = [];
  for (let i = 0; i < log.count; i++) if (log.day[i] >= burnIn) keep.push(i);
  return {
    person: Int32Array.from(keep, (i) => log.person[i]),
    day: Int32Array.from(keep, (i) => log.day[i] - burnIn),
    crossing: Int32Array.from(keep, (i) => log.crossing[i]),
    outcome: Uint8Array.from(keep, (i) => log.outcome[i]),
    count: keep.length,
  };
}

/**
 * Overall (crossing -1) or one crossing's detections and persons, over the reported days. Overall,
 * `gave_up` counts every person who gave up (at whichever crossing) once, and `still_trying` every
 * active person whose last attempt was an apprehension not followed by a registration that let them
 * through (Standing). With a burn-in, a carried-over person's attempts count from its end, and one
 * who had already crossed counts as crossed without an attempts-until-success figure.
 */
function summarise(b: BorderState, standing: Uint8Array, crossing: number, daysDone: number, carried?: CarriedOver): DetectionSummary {
  const C = b.crossingCount;
  const persons = standing.length;
  const from = carried?.burnIn ?? 0;
  let detections = 0;
  let attempts = 0;
  for (let t = from; t < from + daysDone; t++) {
    for (let c = 0; c < C; c++) {
      if (crossing >= 0 && c !== crossing) continue;
      detections += b.ledger.detections[t * C + c];
      attempts += b.ledger.attempts[t * C + c];
    }
  }
  // Detections per person of this crossing from the event log.
  const p = b.persons;
  const detectedPerPerson = crossing < 0 && carried === undefined ? p.detections : perPersonDetections(b, persons, crossing, from);
  const untilSuccess = new CountHistogram();
  const perPerson = new CountHistogram();
  let attempted = 0;
  let detected = 0;
  let stillTrying = 0;
  let gaveUp = 0;
  for (let a = 0; a < persons; a++) {
    const before = carried === undefined || a >= carried.persons ? 0 : crossing < 0 ? carried.attempts[a] : carried.crossingAttempts[a * C + crossing];
    const tries = (crossing < 0 ? p.attempts[a] : p.crossingAttempts[a * C + crossing]) - before;
    if (tries === 0) continue;
    attempted++;
    perPerson.add(tries);
    if (detectedPerPerson[a] > 0) detected++;
    const success = crossing < 0 ? p.attemptsToSuccess[a] : p.crossingToSuccess[a * C + crossing];
    if (success > before) untilSuccess.add(success - before);
    if (standing[a] === Standing.gaveUp) gaveUp++;
    else if (standing[a] === Standing.trying) stillTrying++;
  }
  return {
    detections,
    attempts,
    persons_attempted: attempted,
    persons_detected: detected,
    detections_per_detected_person: detected === 0 ? null : detections / detected,
    detections_per_attempting_person: attempted === 0 ? null : detections / attempted,
    attempts_until_success: untilSuccess.statistic(),
    attempts_per_person: perPerson.statistic(),
    still_trying: stillTrying,
    gave_up: gaveUp,
  };
}

/** Detections per person at `crossing` (-1: any) from the event log's days from `fromDay` on. */
function perPersonDetections(b: BorderState, persons: number, crossing: number, fromDay: number): Uint16Array {
  const out = new Uint16Array(persons);
  const ev = b.events;
  for (let i = 0; i < ev.count; i++) if ((crossing < 0 || ev.crossing[i] === crossing) && ev.day[i] >= fromDay && out[ev.person[i]] < 65535) out[ev.person[i]]++;
  return out;
}

/** Days from arrival in the scenario to a destination, of persons who arrived on a reported day. */
function transitDays(b: BorderState, persons: number, burnIn: number): ReturnType<CountHistogram['statistic']> {
  const h = new CountHistogram();
  const p = b.persons;
  for (let a = 0; a < persons; a++) if (p.arrivedDay[a] >= burnIn) h.add(p.arrivedDay[a] - p.createdDay[a]);
  return h.statistic();
}
