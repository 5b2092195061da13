/**
 * The few ways the app leaves the page. Kept in one object so that tests can observe them without a real
 * navigation (which the test DOM does not implement).
 */
export const browser = {
  /** Loads another URL of this origin in the window, as a full page load. */
  assign(url: string): void {
    window.location.assign(url);
  },
  /** The current path with its query string, such as `/bookings?status=confirmed`. */
  currentPath(): string {
    return window.location.pathname + window.location.search;
  },
};

/** Sends the browser to the server's sign-in, which returns to the current page afterwards. */
export function loginUrl(then: string): string {
  return `/login?then=${encodeURIComponent(then)}`;
}

export const LOGOUT_URL = '/logout';
