import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { describeError } from '../api/client';
import { getMe } from '../api/endpoints';
import type { Me } from '../api/types';

const SessionContext = createContext<Me | null>(null);

/** The signed-in user and their business. Only usable below {@link SessionGate}. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession is used outside of the signed-in app');
  return me;
}

type State = { kind: 'loading' } | { kind: 'ready'; me: Me } | { kind: 'failed'; message: string };

/**
 * Asks the server who is signed in before showing anything. Without a session the API answers 401, and the
 * API client sends the window to sign-in; other failures show an error with a retry.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    getMe().then(
      (me) => setState({ kind: 'ready', me }),
      (error: unknown) => setState({ kind: 'failed', message: describeError(error) }),
    );
  }, []);

  useEffect(load, [load]);

  if (state.kind === 'loading') {
    return (
      <div className="app-loading" role="status" aria-live="polite" data-testid="app-loading">
        <span className="spinner" aria-hidden="true" />
        <span>Loading Frontdesk…</span>
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <main className="app-failed">
        <div className="error-state" role="alert">
          <h1>Frontdesk could not start</h1>
          <p>{state.message}</p>
          <button type="button" className="button primary" onClick={load}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  return <SessionContext.Provider value={state.me}>{children}</SessionContext.Provider>;
}

/** For tests and stories: a fixed session. */
export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}
