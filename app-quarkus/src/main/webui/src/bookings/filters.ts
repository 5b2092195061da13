import type { BookingQuery } from '../api/endpoints';
import { BOOKING_SOURCES, BOOKING_STATUSES } from '../api/types';
import { isDateString } from '../format';

/**
 * The bookings list's filters, kept in the page's query string under the API's own parameter names, so that a
 * view can be bookmarked or shared and the URL maps one-to-one onto `GET /api/bookings`.
 */
export interface BookingFilters {
  search: string;
  start_date: string;
  end_date: string;
  service_id: string;
  staff_id: string;
  status: string;
  source: string;
  sort: string;
  page: number;
  limit: number;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_LIMIT = 20;
export const SORTS = ['start_time', 'created_at'] as const;

/** Text filters, in the order they appear in the URL. */
const TEXT_KEYS = ['search', 'start_date', 'end_date', 'service_id', 'staff_id', 'status', 'source', 'sort'] as const;
export type FilterKey = (typeof TEXT_KEYS)[number];

/** The query parameter holding the booking shown in the details dialog; not a filter. */
export const DETAILS_PARAM = 'booking';

function positiveInt(value: string | null, fallback: number): number {
  if (!value || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 ? n : fallback;
}

/** Reads the filters from a query string, ignoring values the API would refuse. */
export function filtersFromParams(params: URLSearchParams): BookingFilters {
  const text = (key: FilterKey) => params.get(key)?.trim() ?? '';
  const oneOf = (key: FilterKey, allowed: readonly string[]) => (allowed.includes(text(key)) ? text(key) : '');
  const date = (key: FilterKey) => (isDateString(text(key)) ? text(key) : '');
  const limit = positiveInt(params.get('limit'), DEFAULT_LIMIT);
  return {
    search: text('search').slice(0, 100),
    start_date: date('start_date'),
    end_date: date('end_date'),
    service_id: text('service_id'),
    staff_id: text('staff_id'),
    status: oneOf('status', BOOKING_STATUSES),
    source: oneOf('source', BOOKING_SOURCES),
    sort: oneOf('sort', SORTS),
    page: positiveInt(params.get('page'), 1),
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_LIMIT,
  };
}

/** The API query of the filters, leaving out what is not set. */
export function toApiQuery(filters: BookingFilters): BookingQuery {
  const query: BookingQuery = {};
  for (const key of TEXT_KEYS) {
    if (filters[key]) query[key] = filters[key];
  }
  query.page = filters.page;
  query.limit = filters.limit;
  return query;
}

/**
 * The query string with one filter changed (removed when empty). Changing any filter but the page goes back
 * to page 1, as the old page number means nothing in the new result.
 */
export function withFilter(params: URLSearchParams, key: FilterKey | 'page' | 'limit', value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  if (key !== 'page') next.delete('page');
  if (key === 'page' && value === '1') next.delete('page');
  if (key === 'limit' && value === String(DEFAULT_LIMIT)) next.delete('limit');
  return next;
}

/** The query string without any filter (keeping other parameters, such as an open booking). */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of [...TEXT_KEYS, 'page', 'limit']) next.delete(key);
  return next;
}

export function hasFilters(filters: BookingFilters): boolean {
  return TEXT_KEYS.some((key) => filters[key] !== '');
}

/** How many filters besides the search are set, e.g. for a "Filters (2)" button. */
export function countOtherFilters(filters: BookingFilters): number {
  return TEXT_KEYS.filter((key) => key !== 'search' && key !== 'sort' && filters[key] !== '').length;
}
