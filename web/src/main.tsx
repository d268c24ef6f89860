// Aksel's stylesheet (@navikt/ds-css), imported once, in its parts minus global/fonts.css: that file
// loads the Source Sans webfont from cdn.nav.no, which the server's CSP (font-src 'self') blocks and
// which would tell a third party who uses the app. Text falls back to Aksel's system font stack.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import '@navikt/ds-css/dist/components.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
