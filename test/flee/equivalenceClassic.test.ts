/** Statistical equivalence with Flee on burundi, car and ssudan with their own settings (2 replicas each). */
import { describe } from 'vitest';
import { ardEquivalenceTests } from './equivalenceSupport.js';

describe('equivalence with Flee: classic scenarios', () => {
  ardEquivalenceTests(['flee/burundi', 'flee/car', 'flee/ssudan'], 2);
});
