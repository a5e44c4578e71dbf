/** Where `corridor serve` listens unless told otherwise: loopback only, a fixed port. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7300;
