import type { WaitlistQuery } from '../api/endpoints';
import { WAITLIST_STATUSES } from '../api/types';

/**
 * The waitlist's filters, kept in the page's query string under the API's own parameter names (`status`,
 * `service_id`, `staff_id`, `page`, `limit`), so that a view can be bookmarked and maps one-to-one onto
 * `GET /api/waitlist`.
 */
export interface WaitlistFilters {
  status: string;
  service_id: string;
  staff_id: string;
  page: number;
  limit: number;
}

export const WAITLIST_PAGE_SIZES = [10, 20, 50, 100] as const;
export const WAITLIST_DEFAULT_LIMIT = 20;

const TEXT_KEYS = ['status', 'service_id', 'staff_id'] as const;
export type WaitlistFilterKey = (typeof TEXT_KEYS)[number];

function positiveInt(value: string | null, fallback: number): number {
  if (!value || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 ? n : fallback;
}

/** Reads the filters from a query string, ignoring values the API would refuse. */
export function waitlistFiltersFromParams(params: URLSearchParams): WaitlistFilters {
  const text = (key: WaitlistFilterKey) => params.get(key)?.trim() ?? '';
  const status = text('status');
  const limit = positiveInt(params.get('limit'), WAITLIST_DEFAULT_LIMIT);
  return {
    status: (WAITLIST_STATUSES as readonly string[]).includes(status) ? status : '',
    service_id: text('service_id'),
    staff_id: text('staff_id'),
    page: positiveInt(params.get('page'), 1),
    limit: (WAITLIST_PAGE_SIZES as readonly number[]).includes(limit) ? limit : WAITLIST_DEFAULT_LIMIT,
  };
}

/** The API query of the filters, leaving out what is not set. */
export function toWaitlistQuery(filters: WaitlistFilters): WaitlistQuery {
  const query: WaitlistQuery = {};
  for (const key of TEXT_KEYS) {
    if (filters[key]) query[key] = filters[key];
  }
  query.page = filters.page;
  query.limit = filters.limit;
  return query;
}

/** The query string with one filter changed (removed when empty); any change but the page goes back to page 1. */
export function withWaitlistFilter(
  params: URLSearchParams,
  key: WaitlistFilterKey | 'page' | 'limit',
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  if (key !== 'page') next.delete('page');
  if (key === 'page' && value === '1') next.delete('page');
  if (key === 'limit' && value === String(WAITLIST_DEFAULT_LIMIT)) next.delete('limit');
  return next;
}

export function withoutWaitlistFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of [...TEXT_KEYS, 'page', 'limit']) next.delete(key);
  return next;
}

export function hasWaitlistFilters(filters: WaitlistFilters): boolean {
  return TEXT_KEYS.some((key) => filters[key] !== '');
}
