/**
 * A private redis-server for the queue tests and the ensemble benchmark: no persistence, bound to
 * 127.0.0.1 on a free port. The caller stops it (kill) when done.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => res(port));
    });
  });
}

function pong(port: number): Promise<boolean> {
  return new Promise((res) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.on('error', () => res(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (b) => {
      socket.destroy();
      res(b.toString().startsWith('+PONG'));
    });
  });
}

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  readonly process: ChildProcess;
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const failed = new Promise<boolean>((res) => child.on('error', (e) => ((output += e.message), res(true))));
  for (let i = 0; i < 200 && child.exitCode === null; i++) {
    if (await pong(port)) return { port, url: `redis://127.0.0.1:${port}`, process: child };
    if (await Promise.race([failed, sleep(25).then(() => false)])) break;
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port} (is the Debian package redis-server installed?):\n${output}`);
}
