import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchFirstScreen } from './App';
import { syncClock } from './common/clock';

prefetchFirstScreen();
// Dates the dashboard proposes (today, this month, the quarter to rate) follow the server's clock.
void syncClock().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
