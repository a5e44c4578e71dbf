/**
 * The `--queue redis://[user:password@]host:port[/db]` option: parsed and checked, and Redis
 * reached once up front, so an unreachable server is a clear error before anything starts.
 */
import { Redis } from 'ioredis';
import { InputError } from '../../errors.js';

/** The connection settings corridor uses (plain values, accepted by ioredis and BullMQ alike). */
export interface RedisConnection {
  readonly host: string;
  readonly port: number;
  readonly db: number;
  readonly username?: string;
  readonly password?: string;
  readonly tls?: Record<string, never>;
  /** null: commands wait through reconnections instead of failing (BullMQ requires it). */
  readonly maxRetriesPerRequest: null;
}

export interface RedisTarget {
  /** The URL without its password, for messages. */
  readonly display: string;
  /** Connection options for ioredis and BullMQ (reconnecting, as long-running clients should). */
  readonly options: RedisConnection;
}

const EXPECTED = 'redis://host:port, e.g. redis://127.0.0.1:6379 (optionally redis://user:password@host:port/db)';

export function parseRedisUrl(text: string): RedisTarget {
  const where = { field: `--queue ${text}`, expected: EXPECTED };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError('not a URL', where);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new InputError(`unsupported scheme "${url.protocol}"`, where);
  if (url.hostname === '') throw new InputError('no host', where);
  const port = url.port === '' ? 6379 : Number(url.port);
  const dbText = url.pathname.replace(/^\//, '');
  const db = dbText === '' ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0) throw new InputError(`database "${dbText}" is not a number`, where);
  const options: RedisConnection = {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    db,
    username: url.username === '' ? undefined : decodeURIComponent(url.username),
    password: url.password === '' ? undefined : decodeURIComponent(url.password),
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
  const display = `${url.protocol}//${url.username === '' ? '' : `${url.username}@`}${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return { display, options };
}

/** Connects once without retrying; an unreachable or refusing server becomes an InputError. */
export async function checkRedisReachable(target: RedisTarget, timeoutMs = 5000): Promise<void> {
  const client = new Redis({ ...target.options, lazyConnect: true, connectTimeout: timeoutMs, retryStrategy: () => null, maxRetriesPerRequest: 0, enableOfflineQueue: false });
  let cause: Error | undefined; // the socket's error (connect() itself only says the connection closed)
  client.on('error', (e: Error) => (cause ??= e));
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    throw new InputError(`cannot reach Redis at ${target.display}: ${(cause ?? (e as Error)).message}`, {
      field: '--queue',
      expected: 'a running Redis server at that address (e.g. redis-server --port 6379), reachable from this machine',
    });
  } finally {
    client.disconnect();
  }
}

/** A long-lived client (for the scenario upload and download). */
export function openRedis(target: RedisTarget): Redis {
  const client = new Redis(target.options);
  client.on('error', () => undefined); // ioredis reconnects by itself; commands wait meanwhile
  return client;
}

/**
 * A client for short checks: while Redis is unreachable its commands fail at once (no offline
 * queue), and a command unanswered after `timeoutMs` fails too; it keeps reconnecting meanwhile.
 */
export function openProbe(target: RedisTarget, timeoutMs: number): Redis {
  const client = new Redis({ ...target.options, enableOfflineQueue: false, commandTimeout: timeoutMs, connectTimeout: timeoutMs, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined); // the watch reads the errors it needs from its commands
  return client;
}
