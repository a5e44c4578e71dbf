/**
 * Flee's `out.csv` (flee-model.md §9.1): writer from a `RunRecord` and reader of the columns that
 * validation needs, so the same validation code runs on our runs and on files written by Flee.
 */
import { InputError } from '../errors.js';
import type { RunRecord } from '../recorders/types.js';
import { pythonRepr, pythonRound } from '../text/pythonFloat.js';

/** Tail column names, in file order (§9.1). */
export const TOTAL_ERROR = 'Total error';
export const UNHCR_IN_CAMPS = 'refugees in camps (UNHCR)';
export const TOTAL_REFUGEES_SIM = 'total refugees (simulation)';
export const RAW_UNHCR = 'raw UNHCR refugee count';
export const SIM_IN_CAMPS = 'refugees in camps (simulation)';
export const REFUGEE_DEBT = 'refugee_debt';
export const TOTAL_IDPS = 'total IDPs';

const DAY_MS = 86_400_000;

/**
 * Formats one run as Flee's `out.csv`: a header and one row per simulated day, `\n` line ends,
 * a final newline.
 *
 * Number types follow what Flee's Python writes (integers plain, floats as `repr`):
 * - `Day`, `<c> sim`, `<c> data`: Python ints (agent counts; `obs_c(t)` is truncated, §8.3).
 * - `<c> error`: a float, `round(abs(sim/data - 1), 4)`, or `0.0` when `data < 1e-5`.
 * - `Total error`: a float. Each `round(abs(sim_c - data_c), 4)` is applied to Python ints and so
 *   stays an int; their sum is divided by `float(raw)`, giving a float (`0.0` when raw <= 0).
 * - `refugees in camps (UNHCR)`: `int(sum_c data_c)`, an int.
 * - `total refugees (simulation)`, `refugees in camps (simulation)`, `total IDPs`: agent counts, ints.
 * - `raw UNHCR refugee count`: a running sum of differences of truncated (int) observations
 *   (§6.2), so an int even under hasten (each observation is divided by H as a real number but
 *   truncated after interpolation, §8.3-8.4); §14.1 shows `3089`, not `3089.0`.
 * - `refugee_debt`: `max(0, debt - diff)` of ints, an int.
 * The record stores raw and debt as doubles; an integral value is printed as an int. A value with
 * a fraction cannot come from Flee's model, but if one appears it is printed with `repr` rather
 * than silently truncated.
 *
 * When `raw <= 0` (e.g. conflict-driven spawning) the six tail columns are
 * `0.0,0,<total agents>,0,<camps sim total>,0` (§9.1); `total IDPs` follows in both cases.
 *
 * Camp names containing `,`, `"` or a line break are written as quoted CSV fields (Flee writes
 * names bare; for ordinary names the two are identical, and pandas reads both).
 */
export function formatOutCsv(record: RunRecord): string {
  const { days, campNames, campSim, campData, totalAgents, rawCount, debt, idpTotal } = record;
  const nc = campNames.length;
  checkLengths(record);

  const lines: string[] = new Array<string>(days + 1);
  let header = 'Day,Date';
  for (const name of campNames) {
    header += `,${csvField(`${name} sim`)},${csvField(`${name} data`)},${csvField(`${name} error`)}`;
  }
  header += `,${TOTAL_ERROR},${UNHCR_IN_CAMPS},${TOTAL_REFUGEES_SIM},${RAW_UNHCR},${SIM_IN_CAMPS},${REFUGEE_DEBT}`;
  if (idpTotal !== undefined) header += `,${TOTAL_IDPS}`;
  lines[0] = header;

  const start = parseIsoDate(record.startDate);
  for (let t = 0; t < days; t++) {
    let line = `${t},${isoDate(start + (t + 1) * DAY_MS)}`; // Date is printed after the step (Q1)
    let absErrorSum = 0;
    let simSum = 0;
    let dataSum = 0;
    const base = t * nc;
    for (let c = 0; c < nc; c++) {
      const sim = campSim[base + c];
      const data = campData[base + c];
      const relError = data < 1e-5 ? '0.0' : pythonRepr(pythonRound(Math.abs(sim / data - 1), 4));
      line += `,${sim},${data},${relError}`;
      // round(abs(int - int), 4) is the int itself in Python; summing exact integers here.
      absErrorSum += Math.abs(sim - data);
      simSum += sim;
      dataSum += data;
    }
    const raw = rawCount[t];
    if (raw > 0) {
      line += `,${pythonRepr(absErrorSum / raw)},${formatInt(dataSum)},${formatInt(totalAgents[t])}`;
      line += `,${formatInt(raw)},${formatInt(simSum)},${formatInt(debt[t])}`;
    } else {
      line += `,0.0,0,${formatInt(totalAgents[t])},0,${formatInt(simSum)},0`;
    }
    if (idpTotal !== undefined) line += `,${idpTotal[t]}`;
    lines[t + 1] = line;
  }
  return `${lines.join('\n')}\n`;
}

/** The columns of an `out.csv` that validation and comparisons read. Matrices are day-major. */
export interface OutCsvColumns {
  /** Data rows (days). */
  readonly days: number;
  /** `Day` column. */
  readonly day: Float64Array;
  /** `Date` column as written (one day after `Day`, Q1). */
  readonly dates: readonly string[];
  /** Camps: the columns whose name ends in ` sim`, in column order, without that suffix. */
  readonly campNames: readonly string[];
  /** `<c> sim` at index t * campCount + c. */
  readonly campSim: Float64Array;
  /** `<c> data` at index t * campCount + c. */
  readonly campData: Float64Array;
  /** `refugees in camps (UNHCR)` (U_t of §9.2). */
  readonly unhcrInCamps: Float64Array;
  /** `refugees in camps (simulation)` (S_t of §9.2). */
  readonly simInCamps: Float64Array;
  /** `Total error`, if the file has it. */
  readonly totalError: Float64Array | undefined;
  /** `total refugees (simulation)`, if present. */
  readonly totalAgents: Float64Array | undefined;
  /** `raw UNHCR refugee count`, if present. */
  readonly rawCount: Float64Array | undefined;
  /** `refugee_debt`, if present. */
  readonly debt: Float64Array | undefined;
  /** `total IDPs`, if present. */
  readonly idpTotal: Float64Array | undefined;
}

/**
 * Reads an `out.csv` (ours or Flee's) into columns. `file` names the file in error messages.
 * Camps are the columns ending in ` sim`; each needs a matching `<c> data` column. The `Day`,
 * `refugees in camps (UNHCR)` and `refugees in camps (simulation)` columns are required; the other
 * tail columns are optional. Cells may be Python ints or floats, including `nan` and `inf`.
 * Malformed input throws an `InputError` naming file, line and column.
 */
export function readOutCsvColumns(text: string, file = 'out.csv'): OutCsvColumns {
  const rawLines = text.split('\n');
  while (rawLines.length > 0 && rawLines[rawLines.length - 1].trim() === '') rawLines.pop();
  if (rawLines.length === 0) throw new InputError('the file is empty', { file, expected: 'a header line' });
  const lines = rawLines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));

  const header = splitCsvLine(lines[0], file, 1);
  const width = header.length;
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const required = (name: string): number => {
    const i = index.get(name);
    if (i === undefined) {
      throw new InputError(`missing column "${name}"`, { file, line: 1, expected: "a header like Flee's out.csv" });
    }
    return i;
  };
  const dayCol = required('Day');
  const dateCol = index.get('Date');
  const unhcrCol = required(UNHCR_IN_CAMPS);
  const simTotalCol = required(SIM_IN_CAMPS);

  const campNames: string[] = [];
  const simCols: number[] = [];
  const dataCols: number[] = [];
  header.forEach((name, i) => {
    if (!name.endsWith(' sim')) return;
    const camp = name.slice(0, -4);
    campNames.push(camp);
    simCols.push(i);
    dataCols.push(required(`${camp} data`));
  });

  const days = lines.length - 1;
  const nc = campNames.length;
  const day = new Float64Array(days);
  const dates: string[] = new Array<string>(days);
  const campSim = new Float64Array(days * nc);
  const campData = new Float64Array(days * nc);
  const unhcrInCamps = new Float64Array(days);
  const simInCamps = new Float64Array(days);
  const optional = (name: string) => {
    const col = index.get(name);
    return col === undefined ? undefined : { col, values: new Float64Array(days) };
  };
  const extras = {
    totalError: optional(TOTAL_ERROR),
    totalAgents: optional(TOTAL_REFUGEES_SIM),
    rawCount: optional(RAW_UNHCR),
    debt: optional(REFUGEE_DEBT),
    idpTotal: optional(TOTAL_IDPS),
  };
  const extraList = Object.values(extras).filter((e) => e !== undefined);

  for (let t = 0; t < days; t++) {
    const lineNo = t + 2;
    const line = lines[t + 1];
    const cells = line.includes('"') ? splitCsvLine(line, file, lineNo) : line.split(',');
    if (cells.length !== width) {
      throw new InputError(`row has ${cells.length} fields`, { file, line: lineNo, expected: `${width} as in the header` });
    }
    const num = (col: number): number => parsePythonNumber(cells[col], file, lineNo, header[col]);
    day[t] = num(dayCol);
    dates[t] = dateCol === undefined ? '' : cells[dateCol];
    for (let c = 0; c < nc; c++) {
      campSim[t * nc + c] = num(simCols[c]);
      campData[t * nc + c] = num(dataCols[c]);
    }
    unhcrInCamps[t] = num(unhcrCol);
    simInCamps[t] = num(simTotalCol);
    for (const e of extraList) e.values[t] = num(e.col);
  }

  return {
    days,
    day,
    dates,
    campNames,
    campSim,
    campData,
    unhcrInCamps,
    simInCamps,
    totalError: extras.totalError?.values,
    totalAgents: extras.totalAgents?.values,
    rawCount: extras.rawCount?.values,
    debt: extras.debt?.values,
    idpTotal: extras.idpTotal?.values,
  };
}

/** Python int formatting for a double that holds an int; `repr` for anything else (see above). */
function formatInt(x: number): string {
  if (!Number.isInteger(x)) return pythonRepr(x);
  if (Math.abs(x) < 1e21) return x === 0 ? '0' : String(x);
  return BigInt(x).toString();
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Splits one CSV line, honouring double quotes (RFC 4180 within a line). */
function splitCsvLine(line: string, file: string, lineNo: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new InputError('unterminated quoted field', { file, line: lineNo });
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
      if (i === n) return out;
      if (line[i] !== ',') throw new InputError('text after a closing quote', { file, line: lineNo });
      i++;
    } else {
      const comma = line.indexOf(',', i);
      if (comma < 0) {
        out.push(line.slice(i));
        return out;
      }
      out.push(line.slice(i, comma));
      i = comma + 1;
    }
  }
}

function parsePythonNumber(cell: string, file: string, line: number, field: string): number {
  const s = cell.trim();
  const v = Number(s);
  if (s !== '' && !Number.isNaN(v)) return v;
  switch (s.toLowerCase()) {
    case 'nan':
    case '-nan':
      return NaN;
    case 'inf':
    case '+inf':
    case 'infinity':
      return Infinity;
    case '-inf':
    case '-infinity':
      return -Infinity;
    default:
      throw new InputError(`"${cell}" is not a number`, { file, line, field, expected: 'an integer or a decimal number' });
  }
}

function parseIsoDate(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const ms = m === null ? NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (m === null || isoDate(ms) !== s) {
    throw new InputError(`start date "${s}" is not a calendar date`, { field: 'startDate', expected: 'YYYY-MM-DD' });
  }
  return ms;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function checkLengths(r: RunRecord): void {
  const cells = r.days * r.campNames.length;
  const bad =
    r.campSim.length < cells ||
    r.campData.length < cells ||
    r.totalAgents.length < r.days ||
    r.rawCount.length < r.days ||
    r.debt.length < r.days ||
    (r.idpTotal !== undefined && r.idpTotal.length < r.days);
  if (bad) throw new RangeError(`RunRecord arrays are shorter than ${r.days} days × ${r.campNames.length} camps`);
}
