/** The colours of the location kinds present in the network. */
import { kindColour } from '../map/kindColours.js';

export function KindLegend({ kinds }: { kinds: readonly string[] }) {
  const present = [...new Set(kinds)].sort();
  return (
    <ul className="legend">
      {present.map((k) => (
        <li key={k}>
          <span className="swatch" style={{ background: kindColour(k) }} />
          {k}
        </li>
      ))}
      <li className="legend-note">disc area ∝ people present · link width ∝ people setting out</li>
    </ul>
  );
}
