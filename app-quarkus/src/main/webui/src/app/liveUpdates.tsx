import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getMe } from '../api/endpoints';
import type { BookingEvent } from '../api/types';
import { useDebouncedCallback } from '../hooks/useDebouncedCallback';

export const EVENTS_URL = '/api/events';

/** How long a page waits for more events before it refreshes once. */
export const REFRESH_DEBOUNCE_MS = 300;

export type LiveStatus = 'connecting' | 'live' | 'offline';

type Listener = (event: BookingEvent | null) => void;

interface LiveUpdates {
  status: LiveStatus;
  subscribe: (listener: Listener) => () => void;
}

const LiveUpdatesContext = createContext<LiveUpdates>({ status: 'offline', subscribe: () => () => {} });

const RETRY_MIN_MS = 2000;
const RETRY_MAX_MS = 60000;

/**
 * One server-sent-events connection to `/api/events` for the whole app, carrying booking changes of the
 * signed-in business. Listeners get each `booking` event, and `null` when the stream reconnects after a break
 * (events may have been missed, so they should refresh too). The browser retries dropped connections itself;
 * when the server refuses the stream, this checks the session (a 401 leads to sign-in) and opens a new one
 * later, waiting longer each time.
 */
export function LiveUpdatesProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const listeners = useRef(new Set<Listener>());

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setStatus('offline');
      return;
    }
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let retryDelay = RETRY_MIN_MS;
    let hadBreak = false;
    let stopped = false;

    const publish = (event: BookingEvent | null) => {
      listeners.current.forEach((listener) => listener(event));
    };

    const connect = () => {
      source = new EventSource(EVENTS_URL, { withCredentials: true });
      source.addEventListener('open', () => {
        setStatus('live');
        retryDelay = RETRY_MIN_MS;
        if (hadBreak) publish(null);
        hadBreak = false;
      });
      source.addEventListener('booking', (message) => {
        const event = parseEvent((message as MessageEvent).data);
        if (event) publish(event);
      });
      source.addEventListener('error', () => {
        hadBreak = true;
        if (source?.readyState === EventSource.CLOSED) {
          setStatus('offline');
          source.close();
          getMe().catch(() => {});
          retryTimer = setTimeout(() => {
            if (!stopped) connect();
          }, retryDelay);
          retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
        } else {
          setStatus('connecting');
        }
      });
    };

    connect();
    return () => {
      stopped = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      source?.close();
    };
  }, []);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const value = useMemo(() => ({ status, subscribe }), [status, subscribe]);

  return <LiveUpdatesContext.Provider value={value}>{children}</LiveUpdatesContext.Provider>;
}

function parseEvent(data: unknown): BookingEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = JSON.parse(data) as Partial<BookingEvent>;
    if (!parsed || typeof parsed.bookingId !== 'string') return null;
    return parsed as BookingEvent;
  } catch {
    return null;
  }
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveUpdatesContext).status;
}

/**
 * Calls `refresh` once after a burst of booking changes (or a reconnect) settles, so that a page shows what
 * other desks did within a couple of seconds.
 */
export function useBookingEvents(refresh: (event: BookingEvent | null) => void): void {
  const { subscribe } = useContext(LiveUpdatesContext);
  const debounced = useDebouncedCallback(refresh, REFRESH_DEBOUNCE_MS);
  useEffect(() => subscribe(debounced), [subscribe, debounced]);
}
