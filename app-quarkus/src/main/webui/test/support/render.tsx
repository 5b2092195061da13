import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { BrowserRouter } from 'react-router';
import { App } from '../../src/app/App';
import { LiveUpdatesProvider } from '../../src/app/liveUpdates';
import { SessionProvider } from '../../src/app/session';
import { ToastProvider } from '../../src/app/toasts';
import { me } from './fixtures';

function appRoot(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.appendChild(root);
  return root;
}

/** The whole app at a URL, as the browser would load it. */
export function renderApp(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <BrowserRouter>
      <App />
    </BrowserRouter>,
    { container: appRoot() },
  );
}

/** One page or component, signed in, at a URL, with toasts and live updates. */
export function renderSignedIn(ui: ReactElement, url = '/') {
  window.history.replaceState(null, '', url);
  return render(
    <BrowserRouter>
      <ToastProvider>
        <SessionProvider me={me}>
          <LiveUpdatesProvider>{ui}</LiveUpdatesProvider>
        </SessionProvider>
      </ToastProvider>
    </BrowserRouter>,
    { container: appRoot() },
  );
}

/** Makes `(max-width: 640px)` and other media queries answer as on a screen of the given width. */
export function setScreenWidth(width: number): void {
  window.matchMedia = ((query: string) => {
    const max = /max-width:\s*(\d+)px/.exec(query);
    const matches = max ? width <= Number(max[1]) : false;
    return {
      matches,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    } as MediaQueryList;
  }) as typeof window.matchMedia;
}
