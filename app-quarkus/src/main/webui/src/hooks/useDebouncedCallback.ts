import { useEffect, useMemo, useRef } from 'react';

/**
 * A function that calls `callback` once, `delayMs` after the last of a burst of calls, with that last call's
 * arguments. Pending calls are dropped when the component unmounts.
 */
export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delayMs: number,
): ((...args: A) => void) & { cancel: () => void } {
  const latest = useRef(callback);
  latest.current = callback;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const debounced = useMemo(() => {
    const fn = (...args: A) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        latest.current(...args);
      }, delayMs);
    };
    fn.cancel = () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
    return fn;
  }, [delayMs]);

  useEffect(() => debounced.cancel, [debounced]);
  return debounced;
}
