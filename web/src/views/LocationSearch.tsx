/** Picking a location by name (prefix match, at most 12 suggestions) for networks too big to click through. */
import { useMemo, useState } from 'react';

const SHOWN = 12;

export function LocationSearch({ names, onPick }: { names: readonly string[]; onPick: (location: number) => void }) {
  const [text, setText] = useState('');
  const matches = useMemo(() => {
    const t = text.trim().toLowerCase();
    if (t === '') return [];
    const out: number[] = [];
    for (let l = 0; l < names.length && out.length < SHOWN; l++) if (names[l].toLowerCase().includes(t)) out.push(l);
    return out;
  }, [text, names]);
  return (
    <div className="location-search">
      <input type="search" placeholder="location name (or click the map)" value={text} onChange={(e) => setText(e.target.value)} aria-label="find a location" />
      {matches.length > 0 && (
        <ul>
          {matches.map((l) => (
            <li key={l}>
              <button
                type="button"
                onClick={() => {
                  onPick(l);
                  setText('');
                }}
              >
                {names[l]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
