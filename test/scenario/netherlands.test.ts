import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readFleeScenario } from '../../src/scenario/readFleeScenario.js';
import { readGraphOnly } from '../../src/scenario/readGraphOnly.js';
import { sharedScenario } from '../helpers/sharedData.js';

describe('flee-large/netherlands', () => {
  it('is refused by the normal reader, with each reason', () => {
    let error: unknown;
    try {
      readFleeScenario(sharedScenario('flee-large/netherlands'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).toContain('input_csv/routes.csv:8004: name2: route from "992103534" to itself');
    expect(message.match(/to itself/g)).toHaveLength(5);
    expect(message).toContain('input_csv/conflicts.csv: rows: only 1 day rows for a simulation of 300 days');
    expect(message).toContain('source_data/data_layout.csv: file not found');
    expect(message).toContain('input_csv/locations.csv: population: every location has population 0');
  });

  it('is read by the graph-only path, self-loops dropped with warnings', () => {
    const g = readGraphOnly(sharedScenario('flee-large/netherlands'));
    expect(g.name).toBe('netherlands');
    expect(g.locations).toHaveLength(20704);
    expect(g.routes).toHaveLength(23506 - 5);
    const selfLoops = g.warnings.filter((w) => w.message.includes('to itself'));
    expect(selfLoops).toHaveLength(5);
    expect(selfLoops[0]).toEqual({ message: 'route from "992103534" to itself dropped', source: { file: 'input_csv/routes.csv', line: 8004 } });
    expect(g.routes.every((r) => r.from !== r.to)).toBe(true);
    // CRLF: the last column is read without a trailing carriage return
    expect(g.locations[0]).toMatchObject({ name: '618911', kind: 'town', populationOrCapacity: 0 });
    expect(g.locations.filter((l) => l.kind === 'camp')).toHaveLength(68);
  });
});
