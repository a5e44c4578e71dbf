/**
 * One synthetic benchmark run in its own process (so that its peak memory can be read):
 * `tsx bench/syntheticChild.ts <locations> <agents> <days> <awareness> <threads>` prints one JSON line.
 */
import { runReplicas } from '../src/run/replicaPool.js';
import { parseSettingsText } from '../src/settings/loadSettings.js';
import { syntheticScenario } from '../src/synthetic/syntheticNetwork.js';

const [locations, agents, days, awareness, threads] = process.argv.slice(2).map(Number);
const scenario = syntheticScenario({ locations, agents, days, seed: 2026 });
const settings = parseSettingsText(`move_rules:\n  awareness_level: ${awareness}\n`, 'synthetic.yml');
const started = process.hrtime.bigint();
const [result] = await runReplicas(scenario, settings, { replicas: 1, threads, seed: 1, days, minAgentsToSplit: 0 });
const wall = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  JSON.stringify({
    locations,
    agents,
    days,
    awareness,
    threads,
    wall_s: wall,
    agent_steps: result.record.agentSteps,
    moved_agent_steps: result.record.movedAgentSteps,
    peak_rss_bytes: process.resourceUsage().maxRSS * 1024,
  }) + '\n',
);
