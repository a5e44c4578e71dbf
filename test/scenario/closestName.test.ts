import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, levenshtein } from '../../src/text/closestName.js';

describe('closestName', () => {
  it('computes edit distances', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  it('suggests close names, ignoring case, and nothing for far ones', () => {
    expect(closestName('Gama', ['Alpha', 'Beta', 'Gamma'])).toBe('Gamma');
    expect(closestName('fassala-mbera', ['Mentao', 'Fassala-Mbera'])).toBe('Fassala-Mbera');
    expect(closestName('max_move_sped', ['max_walk_speed', 'max_move_speed'])).toBe('max_move_speed');
    expect(closestName('Zanzibar', ['Alpha', 'Beta'])).toBeUndefined();
    expect(didYouMean('Zanzibar', ['Alpha'])).toBe('');
    expect(didYouMean('contry', ['country', 'location'])).toBe('; did you mean "country"?');
  });
});
