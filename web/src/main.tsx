/**
 * The dashboard: / lists the runs, /run?id=&day=&location= shows one, /compare?a=&b=&day= two.
 * The server has already checked these parameters (a malformed one gets its error page).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CompareView } from './views/CompareView.js';
import { ErrorBox } from './views/ErrorBox.js';
import { RunList } from './views/RunList.js';
import { RunView } from './views/RunView.js';
import { warmUpMaps } from './map/warmUp.js';
import './styles.css';

function page() {
  const q = new URLSearchParams(location.search);
  const day = Number(q.get('day') ?? '0');
  switch (location.pathname) {
    case '/':
      return <RunList />;
    case '/run':
      return <RunView id={q.get('id') ?? ''} day={day} location={q.get('location') ?? undefined} />;
    case '/compare':
      return <CompareView a={q.get('a') ?? ''} b={q.get('b') ?? ''} day={day} />;
    default:
      return <ErrorBox message={`no page ${location.pathname} here`} />;
  }
}

if (location.pathname === '/run' || location.pathname === '/compare') warmUpMaps();
const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(<StrictMode>{page()}</StrictMode>);
}
