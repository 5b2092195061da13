import { browser, loginUrl } from '../browser';

/** One invalid input field, named as the API names it (snake_case). */
export interface FieldViolation {
  field: string;
  message: string;
}

/**
 * A failed API call: the HTTP status and the API's error envelope
 * (`{success:false, error, message, code, details, violations}`), or code `NETWORK` when the server could not
 * be reached at all.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly violations: FieldViolation[];
  /** Seconds to wait before trying again, from a 429's `Retry-After`. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    message: string;
    violations?: FieldViolation[];
    retryAfter?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.violations = init.violations ?? [];
    this.retryAfter = init.retryAfter ?? null;
  }
}

export const ErrorCodes = {
  NETWORK: 'NETWORK',
  VALIDATION_FAILED: 'VALIDATION.FAILED',
  SLOT_UNAVAILABLE: 'SLOT.UNAVAILABLE',
  SLOT_IN_THE_PAST: 'SLOT.IN_THE_PAST',
  SLOT_NOT_FOUND: 'SLOT.NOT_FOUND',
  BOOKING_TRANSITION_REFUSED: 'BOOKING.TRANSITION_REFUSED',
  BOOKING_MODIFIED_CONCURRENTLY: 'BOOKING.MODIFIED_CONCURRENTLY',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;

export type QueryValue = string | number | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

/** `?a=1&b=x` of the given values, leaving out empty ones; empty string when none is left. */
export function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

let redirecting = false;

/** Sends the window to sign-in once; later calls while the page unloads do nothing. */
export function redirectToLogin(): void {
  if (redirecting) return;
  redirecting = true;
  browser.assign(loginUrl(browser.currentPath()));
}

/** For tests: forget that a sign-in redirect was started. */
export function resetLoginRedirect(): void {
  redirecting = false;
}

/**
 * Calls the API with the session cookie and the header the server asks of every request from this app.
 * Resolves with the parsed body; rejects with an {@link ApiError}. A 401 sends the window to sign-in and
 * never settles, so that no screen flashes an error while the page goes away.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal } = options;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Requested-With': 'frontdesk',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path + queryString(query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      code: ErrorCodes.NETWORK,
      title: 'Network error',
      message: 'The server could not be reached. Check the connection and try again.',
    });
  }

  if (response.status === 401) {
    redirectToLogin();
    return new Promise<T>(() => {});
  }

  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response, payload);
  return payload as T;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

interface ErrorEnvelope {
  error?: string;
  message?: string;
  code?: string;
  details?: FieldViolation;
  violations?: FieldViolation[];
}

function toApiError(response: Response, payload: unknown): ApiError {
  const envelope: ErrorEnvelope = payload && typeof payload === 'object' ? (payload as ErrorEnvelope) : {};
  const violations = envelope.violations ?? (envelope.details ? [envelope.details] : []);
  const retryAfterHeader = response.headers.get('Retry-After');
  const retryAfter = retryAfterHeader !== null && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : null;
  return new ApiError({
    status: response.status,
    code: envelope.code ?? `HTTP.${response.status}`,
    title: envelope.error ?? response.statusText ?? 'Request failed',
    message: envelope.message ?? envelope.error ?? defaultMessage(response.status),
    violations,
    retryAfter,
  });
}

function defaultMessage(status: number): string {
  if (status === 403) return 'You are not allowed to do this.';
  if (status === 404) return 'It was not found.';
  if (status >= 500) return 'An unexpected error occurred. Please try again.';
  return `The request failed (HTTP ${status}).`;
}

/** A sentence for people about any failure, for toasts and inline error states. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === ErrorCodes.RATE_LIMITED) {
      return error.retryAfter !== null
        ? `Too many requests. Try again in ${error.retryAfter} seconds.`
        : 'Too many requests. Try again in a moment.';
    }
    return error.message;
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
