import { vi } from 'vitest';

/** One request the app sent, as the server would see it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
  credentials: RequestCredentials | undefined;
}

export interface MockResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: RecordedRequest) => MockResponse | Promise<MockResponse>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): MockResponse {
  return { status, body, headers };
}

export function apiError(
  status: number,
  code: string,
  message: string,
  violations?: { field: string; message: string }[],
  headers: Record<string, string> = {},
): MockResponse {
  return json(
    {
      success: false,
      error: message,
      message,
      code,
      ...(violations ? { details: violations[0], violations } : {}),
    },
    status,
    headers,
  );
}

/**
 * A fake server behind `fetch`: answers by method and path, records every request. Unknown routes answer 404 in
 * the API's error envelope, so a test sees them rather than hanging.
 */
export function mockApi() {
  const routes = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    const request: RecordedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: new Headers(init.headers),
      credentials: init.credentials,
    };
    requests.push(request);
    const handler = routes.get(`${request.method} ${request.path}`);
    const answer = handler
      ? await handler(request)
      : apiError(404, 'NOT_FOUND', `No mock for ${request.method} ${request.path}`);
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': 'application/json', ...answer.headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    requests,
    /** Sets the answer for a method and path; a later call replaces it. */
    on(method: string, path: string, answer: Handler | MockResponse) {
      routes.set(`${method} ${path}`, typeof answer === 'function' ? answer : () => answer);
      return this;
    },
    /** The requests sent to one method and path, oldest first. */
    sent(method: string, path: string): RecordedRequest[] {
      return requests.filter((r) => r.method === method && r.path === path);
    },
    last(method: string, path: string): RecordedRequest | undefined {
      const all = this.sent(method, path);
      return all[all.length - 1];
    },
  };
}

export type ApiMock = ReturnType<typeof mockApi>;
