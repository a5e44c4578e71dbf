/** One colour per location kind (corridor's and Flee's words); unknown kinds are grey. */
const KIND_COLOURS: Readonly<Record<string, string>> = {
  entry: '#1f77b4',
  transit: '#7f7f7f',
  reception: '#2ca02c',
  informal: '#d62728',
  destination: '#9467bd',
  conflict_zone: '#d62728',
  town: '#7f7f7f',
  camp: '#2ca02c',
  forwarding_hub: '#ff7f0e',
  marker: '#bcbd22',
  idpcamp: '#17becf',
};

const OTHER = '#8c564b';

export function kindColour(kind: string): string {
  return KIND_COLOURS[kind] ?? OTHER;
}

export function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
}
