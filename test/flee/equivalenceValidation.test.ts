/** Statistical equivalence with Flee on FabFlee's validation suite with its shared settings file (2 replicas each). */
import { describe } from 'vitest';
import { ardEquivalenceTests } from './equivalenceSupport.js';

describe('equivalence with Flee: FabFlee validation suite (shared simsetting.yml)', () => {
  ardEquivalenceTests(['flee-validation/mali2012', 'flee-validation/burundi2015', 'flee-validation/car2013', 'flee-validation/ssudan2013'], 2);
});
