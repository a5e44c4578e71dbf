/** `corridor serve`: the dashboard over the results store, until Ctrl-C. */
import type { Command } from 'commander';
import { integer } from './optionParsers.js';
import { storeOption } from './storeCommands.js';
import { InputError } from '../errors.js';
import { DEFAULT_HOST, DEFAULT_PORT } from '../server/listenDefaults.js';
import { resolveStoreDir } from '../store/storeDir.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the dashboard (map, day slider, charts, policy comparison) over the results store; read-only.')
    .option('--port <p>', `port (0: any free port)`, integer('--port', 0), DEFAULT_PORT)
    .option('--host <h>', 'address to listen on; anything but loopback makes the dashboard reachable from other machines', DEFAULT_HOST)
    .addOption(storeOption())
    .action(async (o: { port: number; host: string; store?: string }) => {
      if (o.port > 65535) throw new InputError(`port ${o.port} is out of range`, { field: '--port', expected: '0 to 65535' });
      const storeDir = resolveStoreDir(o.store);
      // Loaded on use (HTTP server, DuckDB): other commands start faster.
      const { startDashboard } = await import('../server/dashboardServer.js');
      const server = await startDashboard({ storeDir, host: o.host, port: o.port });
      if (!LOOPBACK.test(o.host)) process.stderr.write(`warning: listening on ${o.host}: the dashboard is reachable from other machines\n`);
      process.stdout.write(`dashboard at ${server.url} (results store ${storeDir}; Ctrl-C stops it)\n`);
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
