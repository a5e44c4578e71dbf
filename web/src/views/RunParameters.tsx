/** A run's provenance and parameters: seed, replica, edits, ensemble parameters, full settings. */
import type { RunDetails } from '../api/types.js';

export function RunParameters({ details }: { details: RunDetails }) {
  const rows: [string, string][] = [
    ['run id', details.runId],
    ['scenario', `${details.scenario} (${details.scenarioFolder})`],
    ['days', `${details.days} from ${details.startDate}`],
    ['seed · replica', `${details.seed} · ${details.replica}`],
    ['replicas stored', String(details.replicaRunIds.length)],
    ['scenario edits', details.scenarioEdits.length === 0 ? 'none' : details.scenarioEdits.join(', ')],
    ['ensemble parameters', Object.keys(details.params).length === 0 ? 'none' : JSON.stringify(details.params)],
    ['code version', details.codeVersion],
    ['stored', `${details.storedAt} (simulated in ${details.wallSeconds.toFixed(2)} s)`],
  ];
  return (
    <section className="run-parameters">
      <h2>Parameters</h2>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th>{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>settings</summary>
        <pre>{JSON.stringify(details.settings, null, 2)}</pre>
      </details>
    </section>
  );
}
