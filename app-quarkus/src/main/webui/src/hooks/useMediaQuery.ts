import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now; follows changes. False where the browser cannot tell. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : false),
    () => false,
  );
}

/** Screens this narrow show lists as cards instead of tables. */
export const NARROW_SCREEN = '(max-width: 640px)';
