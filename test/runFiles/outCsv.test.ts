import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { RunRecord } from '../../src/recorders/types.js';
import { formatOutCsv, readOutCsvColumns } from '../../src/runFiles/outCsv.js';
import { TINY_OUT_CSV, tinyRecord } from './fixtures.js';

describe('formatOutCsv', () => {
  it('writes the header, rows, Python number styles and the raw <= 0 tail', () => {
    expect(formatOutCsv(tinyRecord())).toBe(TINY_OUT_CSV);
  });

  it('appends total IDPs when the record has them', () => {
    const lines = formatOutCsv(tinyRecord(true)).split('\n');
    expect(lines[0].endsWith(',refugee_debt,total IDPs')).toBe(true);
    expect(lines[1]).toBe('0,2012-03-01,10,8,0.25,0,0,0.0,0.1,8,10,20,10,0,1');
    expect(lines[3]).toBe('2,2012-03-03,0,0,0.0,0,0,0.0,0.0,0,15,0,0,0,3');
  });

  it('prints Date one day after Day (Q1), across month and year ends', () => {
    const r: RunRecord = { ...tinyRecord(), startDate: '2015-12-30' };
    const dates = formatOutCsv(r)
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[1]);
    expect(dates).toEqual(['2015-12-31', '2016-01-01', '2016-01-02', '2016-01-03', '2016-01-04']);
  });

  it('matches the mali2012 deterministic columns of §14.1 (day 0)', () => {
    const names = ['Fassala-Mbera', 'Mentao', 'Bobo-Dioulasso', 'Abala', 'Mangaize', 'Niamey', 'Tabareybarey'];
    const data = [926, 0, 0, 69, 87, 0, 0];
    const r: RunRecord = {
      days: 1,
      startDate: '2012-02-29',
      campNames: names,
      campSim: Int32Array.from(data),
      campData: Int32Array.from(data),
      totalAgents: Float64Array.of(1082),
      rawCount: Float64Array.of(3089),
      debt: Float64Array.of(0),
      idpTotal: undefined,
      agentSteps: 1082,
      movedAgentSteps: 0,
    };
    const row = formatOutCsv(r).split('\n')[1];
    expect(row).toBe(
      '0,2012-03-01,926,926,0.0,0,0,0.0,0,0,0.0,69,69,0.0,87,87,0.0,0,0,0.0,0,0,0.0,0.0,1082,1082,3089,1082,0',
    );
  });

  it('rounds relative errors with Python rounding and shortest repr', () => {
    const r: RunRecord = {
      ...tinyRecord(),
      days: 1,
      campSim: Int32Array.from([1086, 100001]),
      campData: Int32Array.from([1082, 3]),
      totalAgents: Float64Array.of(1),
      rawCount: Float64Array.of(7),
      debt: Float64Array.of(0),
    };
    // 1086/1082 - 1 = 0.003696857... -> 0.0037; 100001/3 - 1 = 33332.666... -> 33332.6667.
    // Total error = (4 + 99998) / 7 = 14286.0 (a float: Python divides by float(raw)).
    expect(formatOutCsv(r).split('\n')[1]).toBe('0,2012-03-01,1086,1082,0.0037,100001,3,33332.6667,14286.0,1085,1,7,101087,0');
  });

  it('quotes camp names that CSV cannot hold bare', () => {
    const r: RunRecord = { ...tinyRecord(), campNames: ['A, north', 'B "x"'] };
    const header = formatOutCsv(r).split('\n')[0];
    expect(header.startsWith('Day,Date,"A, north sim","A, north data","A, north error","B ""x"" sim",')).toBe(true);
    expect(readOutCsvColumns(formatOutCsv(r)).campNames).toEqual(['A, north', 'B "x"']);
  });

  it('rejects a malformed start date', () => {
    expect(() => formatOutCsv({ ...tinyRecord(), startDate: '2012-02-30' })).toThrow(InputError);
  });

  it('writes a row per day for 1,000 days × 100 camps (its speed is measured by the benchmarks, not here)', () => {
    const days = 1000;
    const nc = 100;
    const sim = new Int32Array(days * nc);
    const data = new Int32Array(days * nc);
    for (let i = 0; i < sim.length; i++) {
      sim[i] = (i * 7919) % 5003;
      data[i] = (i * 104729) % 4999;
    }
    const r: RunRecord = {
      days,
      startDate: '2010-01-01',
      campNames: Array.from({ length: nc }, (_, i) => `Camp ${i}`),
      campSim: sim,
      campData: data,
      totalAgents: new Float64Array(days).fill(1e6),
      rawCount: new Float64Array(days).fill(2e6),
      debt: new Float64Array(days),
      idpTotal: undefined,
      agentSteps: 0,
      movedAgentSteps: 0,
    };
    const text = formatOutCsv(r);
    expect(text.split('\n').length).toBe(days + 2);
  });
});

describe('readOutCsvColumns', () => {
  it('reads back what formatOutCsv wrote', () => {
    const c = readOutCsvColumns(TINY_OUT_CSV);
    expect(c.days).toBe(5);
    expect(c.campNames).toEqual(['A', 'B']);
    expect(Array.from(c.day)).toEqual([0, 1, 2, 3, 4]);
    expect(c.dates[0]).toBe('2012-03-01');
    expect(Array.from(c.campSim)).toEqual([10, 0, 12, 3, 0, 0, 0, 0, 3, 1]);
    expect(Array.from(c.campData)).toEqual([8, 0, 10, 4, 0, 0, 5, 5, 0, 0]);
    expect(Array.from(c.unhcrInCamps)).toEqual([8, 14, 0, 10, 0]);
    expect(Array.from(c.simInCamps)).toEqual([10, 15, 0, 0, 4]);
    expect(Array.from(c.rawCount ?? [])).toEqual([20, 25, 0, 30, 30]);
    expect(Array.from(c.totalAgents ?? [])).toEqual([10, 15, 15, 15, 19]);
    expect(Array.from(c.debt ?? [])).toEqual([0, 0, 0, 0, 1]);
    expect(c.totalError?.[3]).toBe(1 / 3);
    expect(c.idpTotal).toBeUndefined();
  });

  it('reads CRLF files, float cells and Python nan/inf', () => {
    const text =
      'Day,Date,X sim,X data,X error,Total error,refugees in camps (UNHCR),total refugees (simulation),raw UNHCR refugee count,refugees in camps (simulation),refugee_debt,total IDPs\r\n' +
      '0,2020-01-02,1.5,2.0,nan,inf,2.0,3,3089.0,1.5,0,7\r\n';
    const c = readOutCsvColumns(text);
    expect(c.campSim[0]).toBe(1.5);
    expect(c.totalError?.[0]).toBe(Infinity);
    expect(c.rawCount?.[0]).toBe(3089);
    expect(c.idpTotal?.[0]).toBe(7);
  });

  it('names file, line and column of a bad cell', () => {
    const bad = TINY_OUT_CSV.replace('\n2,2012-03-03,0,0,', '\n2,2012-03-03,zero,0,');
    expect(() => readOutCsvColumns(bad, 'run1/out.csv')).toThrow(/run1\/out\.csv:4: A sim: "zero" is not a number/);
  });

  it('rejects rows of the wrong width and missing columns', () => {
    expect(() => readOutCsvColumns(`${TINY_OUT_CSV}5,2012-03-06,1\n`)).toThrow(/out\.csv:7: row has 3 fields/);
    expect(() => readOutCsvColumns('Day,Date,A sim\n0,x,1\n')).toThrow(InputError);
    expect(() => readOutCsvColumns('')).toThrow(/empty/);
  });
});
