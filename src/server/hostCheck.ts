/**
 * Which `Host` names the dashboard answers. A page on another site can make a browser send
 * requests to a local server under the site's own name (DNS rebinding); answering only loopback
 * names (localhost, 127.x.x.x, [::1], with or without a port) keeps such a page from reading the
 * dashboard. A server bound to another address also answers that address; one bound to every
 * address (0.0.0.0, ::) is open to the network by choice and answers any name.
 */
const IPV4_LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

/** The host name of a `Host` header value (lower case, IPv6 in brackets), or undefined if malformed. */
export function hostName(header: string): string | undefined {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  return m === null ? undefined : m[1].toLowerCase();
}

export function isLoopbackName(name: string): boolean {
  if (name === 'localhost' || name === '[::1]') return true;
  const m = IPV4_LOOPBACK.exec(name);
  return m !== null && m.slice(1).every((part) => Number(part) <= 255);
}

/** The test a request's `Host` must pass on a server listening on `listenHost`. */
export function hostGuard(listenHost: string): (header: string | undefined) => boolean {
  if (WILDCARD.has(listenHost)) return () => true;
  const own = hostName(listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost);
  return (header) => {
    const name = header === undefined ? undefined : hostName(header);
    return name !== undefined && (isLoopbackName(name) || name === own);
  };
}
