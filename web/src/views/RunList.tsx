/** The stored runs with their parameters; open one, or tick two and compare them. */
import { useState } from 'react';
import { fetchRuns } from '../api/dashboardApi.js';
import type { RunListEntry } from '../api/types.js';
import { ErrorBox } from './ErrorBox.js';
import { useLoaded } from './useRunData.js';

export function RunList() {
  const runs = useLoaded(fetchRuns, 'runs');
  const [picked, setPicked] = useState<string[]>([]);
  if (runs.state === 'loading') return <p className="loading">Loading the list of runs…</p>;
  if (runs.state === 'error') return <ErrorBox message={runs.message} />;
  const list = runs.value.runs;
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  return (
    <div className="run-list">
      <header className="view-header">
        <h1>corridor · stored runs</h1>
      </header>
      {list.length === 0 ? (
        <p>
          No runs in this results store yet. Run a scenario (<code>npx corridor run scenarios/western-balkans-2023</code>) or compare policies (
          <code>npx corridor compare scenarios/western-balkans-2023 --policy internal-return --policy deportation</code>), then reload.
        </p>
      ) : (
        <>
          <p className="compare-bar">
            Tick two runs of the same network to compare them:{' '}
            {picked.length === 2 ? (
              <a data-testid="compare-link" href={`/compare?a=${picked[0]}&b=${picked[1]}`}>
                compare the two ticked runs
              </a>
            ) : (
              <span>{picked.length} ticked</span>
            )}
          </p>
          <table className="runs-table" data-testid="runs-table">
            <thead>
              <tr>
                <th />
                <th>scenario</th>
                <th>run</th>
                <th>seed</th>
                <th>replica</th>
                <th>days</th>
                <th>start</th>
                <th>edits / parameters</th>
                <th>persons</th>
                <th>stored</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <RunRow key={r.runId} run={r} picked={picked.includes(r.runId)} onToggle={() => toggle(r.runId)} />
              ))}
            </tbody>
          </table>
          {runs.value.truncated && <p>Only the newest {list.length} runs are listed.</p>}
        </>
      )}
    </div>
  );
}

function RunRow({ run, picked, onToggle }: { run: RunListEntry; picked: boolean; onToggle: () => void }) {
  const changes = [...run.scenarioEdits, ...Object.entries(run.params).map(([k, v]) => `${k}=${String(v)}`)];
  return (
    <tr>
      <td>{run.hasNetwork && <input type="checkbox" checked={picked} onChange={onToggle} aria-label={`pick run ${run.runId}`} />}</td>
      <td>{run.hasNetwork ? <a href={`/run?id=${run.runId}`}>{run.scenario}</a> : <span title="stored without whole-network series: no map">{run.scenario}</span>}</td>
      <td className="run-id">{run.runId.slice(0, 10)}</td>
      <td>{run.seed}</td>
      <td>{run.replica}</td>
      <td>{run.days}</td>
      <td>{run.startDate}</td>
      <td>{changes.length === 0 ? '—' : changes.join(', ')}</td>
      <td>{Math.round(run.agentsFinal).toLocaleString('en-US')}</td>
      <td>{run.storedAt}</td>
    </tr>
  );
}
