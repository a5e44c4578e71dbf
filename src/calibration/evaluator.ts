/**
 * The boundary between a calibration and whatever runs its simulations: a batch of parameter
 * sets in, the simulated observation values out, in the same order. The local pool
 * (localEvaluator.ts) implements it with worker threads; a distributed queue can implement the
 * same interface (each request is self-contained: overrides, scenario parameters and a seed).
 */
export interface SimulationRequest {
  /** `section.key=value` overrides applied after the base settings. */
  readonly settingsOverrides: readonly string[];
  /** Scenario parameters (scenarioParameters.ts), applied in order. */
  readonly scenarioParameters: readonly (readonly [string, number])[];
  readonly seed: number;
}

export interface SimulationOutcome {
  /** Simulated value of each planned observation, in plan order. */
  readonly values: Float64Array;
  /** With `daily`: each observed series' daily simulated values, keyed `metric:place`. */
  readonly daily?: Readonly<Record<string, Float64Array>>;
  readonly agentSteps: number;
}

export interface EvaluateOptions {
  /** Also return each series' daily values (for predictive bands and charts). */
  readonly daily?: boolean;
}

export interface SimulationEvaluator {
  /** Simulations that can run at once (used to size batches). */
  readonly parallelism: number;
  evaluate(requests: readonly SimulationRequest[], options?: EvaluateOptions): Promise<SimulationOutcome[]>;
  close(): Promise<void>;
}
