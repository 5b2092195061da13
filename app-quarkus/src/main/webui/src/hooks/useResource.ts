import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  /** The last loaded value; kept while a newer one loads, so that screens do not flash. */
  data: T | undefined;
  /** The failure of the last load, if it failed. */
  error: unknown;
  loading: boolean;
  /** Loads again with the same key, e.g. after a change made elsewhere. */
  reload: () => void;
}

/**
 * Loads a value whenever `key` changes (or on {@link Resource.reload}); answers of superseded loads are dropped
 * and their requests aborted.
 */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
