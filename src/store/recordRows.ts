/**
 * Appends one run to the store's tables through DuckDB appenders (row by row into column
 * buffers: about a microsecond per row). The RunRecord's day-major matrices become long rows.
 */
import { dateValue, timestampValue } from '@duckdb/node-api';
import type { DuckDBAppender } from '@duckdb/node-api';
import { canonicalJson } from './canonicalJson.js';
import { settingsHash } from './runKey.js';
import type { AppendedTableName } from './derivedTables.js';
import type { StoredRun } from './storedRun.js';
import { validationErrors } from '../statistics/validationError.js';
import type { LedgerRecord, NetworkRecord } from '../recorders/types.js';

export type Appenders = Readonly<Record<AppendedTableName, DuckDBAppender>>;

export function appendRun(a: Appenders, run: StoredRun, storedAt: Date): void {
  appendRunRow(a.runs, run, storedAt);
  appendRunDays(a.run_days, run);
  appendCampDays(a.camp_days, run);
  if (run.record.network !== undefined) appendNetwork(a, run.runId, run.record.days, run.record.network);
  if (run.record.ledger !== undefined) appendLedger(a, run.runId, run.record.days, run.record.ledger, run.record.network?.locationNames);
}

const MS_PER_DAY = 86_400_000;

function micros(d: Date): bigint {
  return BigInt(d.getTime()) * 1000n;
}

function appendRunRow(a: DuckDBAppender, run: StoredRun, storedAt: Date): void {
  const r = run.record;
  const errors = validationErrors(r);
  a.appendVarchar(run.runId);
  a.appendVarchar(run.scenarioName);
  a.appendVarchar(run.scenarioPath);
  a.appendVarchar(run.scenarioHash);
  a.appendVarchar(canonicalJson(run.settings));
  a.appendVarchar(settingsHash(run.settings));
  a.appendVarchar(canonicalJson(run.params));
  a.appendVarchar(JSON.stringify(run.scenarioEdits));
  a.appendBigInt(BigInt(run.seed));
  a.appendInteger(run.replica);
  a.appendInteger(r.days);
  a.appendDate(dateValue(Math.round(Date.parse(`${r.startDate}T00:00:00Z`) / MS_PER_DAY)));
  a.appendVarchar(run.codeVersion);
  a.appendVarchar(run.host);
  if (run.ensembleId === null) a.appendNull();
  else a.appendVarchar(run.ensembleId);
  a.appendTimestamp(timestampValue(micros(run.startedAt)));
  a.appendTimestamp(timestampValue(micros(storedAt)));
  a.appendDouble(run.wallSeconds);
  a.appendDouble(r.totalAgents[r.days - 1] ?? 0);
  a.appendBigInt(BigInt(Math.round(r.agentSteps)));
  a.appendBigInt(BigInt(Math.round(r.movedAgentSteps)));
  a.appendDouble(errors.ard);
  a.appendDouble(errors.ardRescaled);
  a.appendVarchar(JSON.stringify(run.warnings));
  if (r.ledger === undefined) a.appendNull();
  else a.appendVarchar(JSON.stringify(r.ledger.summary));
  a.endRow();
}

function appendRunDays(a: DuckDBAppender, run: StoredRun): void {
  const r = run.record;
  for (let t = 0; t < r.days; t++) {
    a.appendVarchar(run.runId);
    a.appendInteger(t);
    a.appendDouble(r.totalAgents[t]);
    a.appendDouble(r.rawCount[t]);
    a.appendDouble(r.debt[t]);
    if (r.idpTotal === undefined) a.appendNull();
    else a.appendInteger(r.idpTotal[t]);
    a.endRow();
  }
}

function appendCampDays(a: DuckDBAppender, run: StoredRun): void {
  const r = run.record;
  const camps = r.campNames.length;
  for (let t = 0; t < r.days; t++) {
    for (let c = 0; c < camps; c++) {
      a.appendVarchar(run.runId);
      a.appendInteger(t);
      a.appendVarchar(r.campNames[c]);
      a.appendInteger(r.campSim[t * camps + c]);
      a.appendInteger(r.campData[t * camps + c]);
      a.endRow();
    }
  }
}

function appendNetwork(a: Appenders, runId: string, days: number, n: NetworkRecord): void {
  const places = n.locationNames.length;
  for (let l = 0; l < places; l++) {
    a.locations.appendVarchar(runId);
    a.locations.appendVarchar(n.locationNames[l]);
    a.locations.appendVarchar(n.locationKinds[l]);
    a.locations.appendDouble(n.latitudes[l]);
    a.locations.appendDouble(n.longitudes[l]);
    a.locations.endRow();
  }
  for (let t = 0; t < days; t++) {
    for (let l = 0; l < places; l++) {
      a.location_days.appendVarchar(runId);
      a.location_days.appendInteger(t);
      a.location_days.appendVarchar(n.locationNames[l]);
      a.location_days.appendInteger(n.present[t * places + l]);
      a.location_days.endRow();
    }
  }
  const links = n.linkEnds.length / 2;
  for (let t = 0; t < days; t++) {
    for (let k = 0; k < links; k++) {
      a.link_days.appendVarchar(runId);
      a.link_days.appendInteger(t);
      a.link_days.appendInteger(k);
      a.link_days.appendVarchar(n.locationNames[n.linkEnds[2 * k]]);
      a.link_days.appendVarchar(n.locationNames[n.linkEnds[2 * k + 1]]);
      a.link_days.appendInteger(n.linkFlow[t * links + k]);
      a.link_days.endRow();
    }
  }
}

function appendLedger(a: Appenders, runId: string, days: number, g: LedgerRecord, locationNames: readonly string[] | undefined): void {
  const crossings = g.crossingNames.length;
  for (let t = 0; t < days; t++) {
    for (let c = 0; c < crossings; c++) {
      const i = t * crossings + c;
      a.crossing_days.appendVarchar(runId);
      a.crossing_days.appendInteger(t);
      a.crossing_days.appendVarchar(g.crossingNames[c]);
      a.crossing_days.appendInteger(g.attempts[i]);
      a.crossing_days.appendInteger(g.detections[i]);
      a.crossing_days.appendInteger(g.crossed[i]);
      a.crossing_days.endRow();
    }
    a.state_days.appendVarchar(runId);
    a.state_days.appendInteger(t);
    a.state_days.appendInteger(g.atLocation[t]);
    a.state_days.appendInteger(g.onLink[t]);
    a.state_days.appendInteger(g.inTransfer[t]);
    a.state_days.appendInteger(g.inDetention[t]);
    a.state_days.appendInteger(g.arrived[t]);
    a.state_days.appendInteger(g.removed[t]);
    a.state_days.endRow();
  }
  appendRegistrations(a.registration_days, runId, days, g, locationNames);
  const e = g.events;
  for (let i = 0; i < e.person.length; i++) {
    a.apprehensions.appendVarchar(runId);
    a.apprehensions.appendInteger(e.day[i]);
    a.apprehensions.appendInteger(e.person[i]);
    a.apprehensions.appendVarchar(g.crossingNames[e.crossing[i]]);
    a.apprehensions.appendVarchar(g.outcomeNames[e.outcome[i]]);
    a.apprehensions.endRow();
  }
}

/** Only locations that register or hold anyone (reception centres); names from the network record. */
function appendRegistrations(a: DuckDBAppender, runId: string, days: number, g: LedgerRecord, locationNames: readonly string[] | undefined): void {
  const places = days === 0 ? 0 : g.registrations.length / days;
  for (let l = 0; l < places; l++) {
    let any = false;
    for (let t = 0; t < days && !any; t++) any = g.registrations[t * places + l] !== 0 || g.occupancy[t * places + l] !== 0;
    if (!any) continue;
    const name = locationNames?.[l] ?? `#${l}`;
    for (let t = 0; t < days; t++) {
      a.appendVarchar(runId);
      a.appendInteger(t);
      a.appendVarchar(name);
      a.appendInteger(g.registrations[t * places + l]);
      a.appendInteger(g.occupancy[t * places + l]);
      a.endRow();
    }
  }
}
