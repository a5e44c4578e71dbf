import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord } from '../../src/ensemble/queue/recordCodec.js';
import { handBuiltRecord } from '../store/handBuiltRecord.js';

describe('RunRecords through the queue', () => {
  it('come back bit-identical, typed arrays included, through JSON text', () => {
    const record = handBuiltRecord(9, 17);
    const back = decodeRecord(JSON.parse(JSON.stringify(encodeRecord(record))));
    expect(back.campSim).toBeInstanceOf(Int32Array);
    expect(back.totalAgents).toBeInstanceOf(Float64Array);
    expect(back.ledger?.events.outcome).toBeInstanceOf(Uint8Array);
    expect(back).toEqual(record);
  });

  it('keep values a Float64Array cannot print exactly in decimal', () => {
    const record = { ...handBuiltRecord(2, 0, false), debt: Float64Array.from([0.1 + 0.2, -1e-300]) };
    const back = decodeRecord(JSON.parse(JSON.stringify(encodeRecord(record))));
    expect(Array.from(back.debt)).toEqual([0.1 + 0.2, -1e-300]);
  });
});
