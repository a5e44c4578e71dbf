/** The ensemble's progress bar on stderr (only when stderr is a terminal): replicas done and ETA. */
import cliProgress from 'cli-progress';

export interface EnsembleProgress {
  /** Days simulated so far over all pending replicas. */
  update(daysDone: number): void;
  stop(): void;
}

export function createEnsembleProgress(replicas: number, days: number, quiet: boolean): EnsembleProgress {
  if (quiet || !process.stderr.isTTY || replicas === 0) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'ensemble [{bar}] {percentage}% | {replicasDone}/{replicas} replicas | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const total = replicas * days;
  bar.start(total, 0, { replicasDone: 0, replicas });
  return {
    update: (done) => bar.update(Math.min(done, total), { replicasDone: Math.floor(Math.min(done, total) / days) }),
    stop: () => bar.stop(),
  };
}
