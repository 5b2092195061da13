/**
 * Dates and times as the business sees them: every instant is shown in the business's time zone (not the
 * browser's), in the browser's language. Calendar dates are `YYYY-MM-DD` strings, as the API takes them.
 */

/** The browser's preferred language; every date, time and number is written in it. */
export const LOCALE: string | undefined = typeof navigator !== 'undefined' ? navigator.language || undefined : undefined;

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = timeZone + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

/** The calendar date of an instant in the zone, as `YYYY-MM-DD`. */
export function dateInZone(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Today's date in the zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dateInZone(now, timeZone);
}

export function formatTime(instant: string, timeZone: string): string {
  return formatter(timeZone, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

export function formatTimeRange(start: string, end: string, timeZone: string): string {
  return `${formatTime(start, timeZone)}–${formatTime(end, timeZone)}`;
}

/** A date and time such as "Mon, 30 Mar 2026, 09:00". */
export function formatDateTime(instant: string, timeZone: string): string {
  return formatter(timeZone, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** A short date such as "Mon, 30 Mar 2026" of an instant in the zone. */
export function formatDate(instant: string, timeZone: string): string {
  return formatter(timeZone, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(instant),
  );
}

/** A heading for one calendar day (`YYYY-MM-DD`), such as "Monday, 30 March 2026". */
export function formatDayHeading(date: string): string {
  return formatter('UTC', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    parseDate(date),
  );
}

/** A calendar date (`YYYY-MM-DD`) shown as "30 Mar 2026". */
export function formatCalendarDate(date: string): string {
  return formatter('UTC', { year: 'numeric', month: 'short', day: 'numeric' }).format(parseDate(date));
}

function parseDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = parseDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toDateString(d);
}

/** The Monday of the week the date is in (weeks start on Monday, as ISO 8601 has it). */
export function startOfWeek(date: string): string {
  const d = parseDate(date);
  const offset = (d.getUTCDay() + 6) % 7;
  return addDays(date, -offset);
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function endOfMonth(date: string): string {
  const d = parseDate(startOfMonth(date));
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return toDateString(d);
}

export function isDateString(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parseDate(value).getTime());
}

export function formatPrice(price: number | null, currency: string | null): string | null {
  if (price === null || price === undefined) return null;
  if (!currency) return String(price);
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).format(price);
  } catch {
    return `${price} ${currency}`;
  }
}

export function formatPercent(rate: number): string {
  return new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** The zone's offset from UTC, in minutes, at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/**
 * A wall-clock date and time in the zone (`YYYY-MM-DDTHH:mm`, as `<input type="datetime-local">` gives it) as
 * an ISO date-time with the zone's offset, e.g. `2030-03-30T09:00:00+02:00`; null when it is not a date-time.
 */
export function zonedDateTimeToIso(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  let offset = offsetMinutes(wall, timeZone);
  offset = offsetMinutes(wall - offset * 60000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The current wall-clock time in the zone as `YYYY-MM-DDTHH:mm`. */
export function nowInZone(timeZone: string, now: Date = new Date()): string {
  const offset = offsetMinutes(now.getTime(), timeZone);
  return new Date(now.getTime() + offset * 60000).toISOString().slice(0, 16);
}
