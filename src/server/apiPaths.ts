/** An API request's path with its query, built one way by the front end and by the server's page preloads. */
export function apiPath(path: string, params: Readonly<Record<string, string | number>>): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  return query === '' ? path : `${path}?${query}`;
}
