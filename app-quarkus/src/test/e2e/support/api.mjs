// The REST API as the tests' back door: Keycloak tokens (password grant) and the data the specs need, seeded
// through the same endpoints the app and integrators use.
import { baseUrl } from './browser.mjs';

export const issuer = process.env.KEYCLOAK_ISSUER ?? 'http://localhost:8180/realms/frontdesk';
const clientId = process.env.KEYCLOAK_CLIENT_ID ?? 'frontdesk';
const clientSecret = process.env.KEYCLOAK_CLIENT_SECRET ?? 'frontdesk-e2e-secret';

/** The business of alice and bob, and its settings every spec relies on. */
export const SALON = {
  id: '0d6f6a3e-2d0c-4b8e-9a51-5a1f3e0c1a01',
  name: 'Salon Aurora',
  timeZone: 'Europe/Berlin',
  phoneRegion: 'DE',
};

const tokens = new Map();

/** An access token of {@code user} (password = user name), fetched again shortly before it expires. */
export async function token(user) {
  const cached = tokens.get(user);
  if (cached && cached.expiresAt > Date.now() + 30_000) return cached.value;
  const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: clientId,
      client_secret: clientSecret,
      username: user,
      password: user,
      scope: 'openid',
    }),
  });
  if (!response.ok) throw new Error(`no token for ${user}: ${response.status} ${await response.text()}`);
  const body = await response.json();
  tokens.set(user, { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 });
  return body.access_token;
}

export class ApiFailure extends Error {
  constructor(method, path, status, body) {
    super(`${method} ${path} answered ${status}: ${JSON.stringify(body)}`);
    this.status = status;
    this.body = body;
  }
}

/** One API call as {@code user}; the answer's JSON, or an {@link ApiFailure}. */
export async function call(user, method, path, { body, query } = {}) {
  const url = new URL(path, baseUrl);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  const response = await fetch(url, {
    method,
    headers: {
      Authorization: `Bearer ${await token(user)}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiFailure(method, url.pathname + url.search, response.status, json);
  return json;
}

/** Alice's business in Berlin, with German phone numbers: what every spec expects. */
export async function setUpSalon() {
  const { tenant } = await call('alice', 'GET', '/api/tenant');
  if (tenant.name !== SALON.name || tenant.timeZone !== SALON.timeZone || tenant.phoneRegion !== SALON.phoneRegion) {
    await call('alice', 'PUT', '/api/tenant', {
      body: { name: SALON.name, time_zone: SALON.timeZone, phone_region: SALON.phoneRegion },
    });
  }
}

/** The active service of that name, created when missing. */
export async function service(name, { durationMinutes = 30, priceMinor = 3500, currency = 'EUR', user = 'alice' } = {}) {
  const { services } = await call(user, 'GET', '/api/services');
  const found = services.find((s) => s.name === name);
  if (found) return found;
  const created = await call(user, 'POST', '/api/services', {
    body: { name, duration_minutes: durationMinutes, price_minor: priceMinor, currency },
  });
  return created.service;
}

/**
 * The active staff member of that name performing (at least) these services, created or extended as needed (by
 * {@code user}, an admin of the business).
 */
export async function staffMember(name, services, role = 'Stylist', user = 'alice') {
  const wanted = services.map((s) => s.id);
  const { staff } = await call(user, 'GET', '/api/staff');
  const found = staff.find((s) => s.name === name);
  if (!found) {
    const created = await call(user, 'POST', '/api/staff', { body: { name, role, service_ids: wanted } });
    return created.staffMember;
  }
  if (wanted.every((id) => found.serviceIds.includes(id))) return found;
  const updated = await call(user, 'PUT', `/api/staff/${found.id}`, {
    body: { name, role: found.role, email: found.email, service_ids: [...new Set([...found.serviceIds, ...wanted])] },
  });
  return updated.staffMember;
}

/** The instant of a wall-clock time in the salon's zone, as ISO 8601 with that zone's offset. */
export function berlinTime(date, hour, minute = 0) {
  const [year, month, day] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset at that wall time (looked up twice, which is exact away from the hours clocks change).
  let offset = zoneOffsetMinutes(new Date(wall));
  offset = zoneOffsetMinutes(new Date(wall - offset * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${sign}${hh}:${mm}`;
}

function zoneOffsetMinutes(instant) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: SALON.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour),
    Number(parts.minute));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The calendar date ({@code YYYY-MM-DD}) in the salon's zone, {@code days} after today. */
export function salonDate(days = 0) {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: SALON.timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
  }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The calendar date in the salon's zone of an instant. */
export function salonDateOf(instant) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: SALON.timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
  }).format(new Date(instant));
}

/** How many days from today (in the salon's zone) an instant is. */
export function salonDayOf(instant) {
  return Math.round((Date.parse(salonDateOf(instant)) - Date.parse(salonDate(0))) / 86_400_000);
}

/** The last day (from today) specs open slots on: the New booking dialog shows 14 days. */
const LAST_SLOT_DAY = 13;

/**
 * A new open slot of the staff member for the service, {@code day} days from today (1 or more) in the salon's
 * zone, at the first time from 08:00 that does not overlap the staff member's slots, whatever earlier runs left in
 * the database; on a later day when that one is full. Specs that care about the date read it from the slot
 * ({@link salonDateOf}). {@code user} is an admin of the business.
 */
export async function openSlot(serviceItem, staff, day, user = 'alice') {
  const step = serviceItem.durationMinutes;
  for (let d = day; d <= LAST_SLOT_DAY; d++) {
    for (let minutes = 8 * 60; minutes + step <= 22 * 60; minutes += step) {
      const startTime = berlinTime(salonDate(d), Math.floor(minutes / 60), minutes % 60);
      try {
        return await slotAt(serviceItem, staff, startTime, user);
      } catch (error) {
        if (!(error instanceof ApiFailure) || error.status !== 400 || !/overlap/i.test(JSON.stringify(error.body))) {
          throw error;
        }
      }
    }
  }
  throw new Error(`no free time left for ${staff.name} from day ${day} on`);
}

/** A new open slot starting at {@code startTime} (ISO 8601 with offset). */
export async function slotAt(serviceItem, staff, startTime, user = 'alice') {
  const { slot } = await call(user, 'POST', '/api/slots', {
    body: { service_id: serviceItem.id, staff_id: staff.id, start_time: startTime },
  });
  return slot;
}

/** A new open slot at the first time from {@code minutes} minutes from now that is free for the staff member. */
export async function slotSoon(serviceItem, staff, minutes, user = 'alice') {
  const first = Math.ceil((Date.now() + minutes * 60_000) / 60_000) * 60_000;
  for (let i = 0; i < 12; i++) {
    try {
      return await slotAt(serviceItem, staff, new Date(first + i * serviceItem.durationMinutes * 60_000).toISOString(), user);
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.status !== 400 || !/overlap/i.test(JSON.stringify(error.body))) {
        throw error;
      }
    }
  }
  throw new Error(`no free time soon for ${staff.name}`);
}

/**
 * A time zone in which it is around midday now (a fixed-offset Etc/GMT zone): a business there has the rest of
 * its day ahead, whenever the tests run.
 */
export function middayZone(now = new Date()) {
  const offset = 12 - now.getUTCHours(); // -11 .. +12
  if (offset === 0) return 'Etc/GMT';
  return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`; // Etc/GMT-2 is two hours ahead of UTC
}

/** The open slots of a service (status open, from now on), as the booking dialog asks for them. */
export async function openSlots(serviceId, user = 'alice') {
  const { slots } = await call(user, 'GET', '/api/slots', { query: { service_id: serviceId, status: 'open' } });
  return slots;
}

/** Books a slot through the API (as bob by default, to spread the per-user booking rate limit). */
export async function book(slot, customer, { source = 'walk_in', user = 'bob' } = {}) {
  const { booking } = await call(user, 'POST', '/api/bookings', {
    body: {
      slot_id: slot.id,
      customer_name: customer.name,
      customer_phone: customer.phone,
      customer_email: customer.email,
      booking_source: source,
    },
  });
  return booking;
}

export async function changeStatus(bookingId, status, { reason, user = 'bob' } = {}) {
  const { booking } = await call(user, 'PATCH', `/api/bookings/${bookingId}`, {
    body: { status, cancellation_reason: reason },
  });
  return booking;
}

export async function getBooking(bookingId, user = 'alice') {
  const { booking } = await call(user, 'GET', `/api/bookings/${bookingId}`);
  return booking;
}

export async function findBookings(query, user = 'alice') {
  return call(user, 'GET', '/api/bookings', { query: { limit: 100, ...query } });
}

let sequence = 0;

/**
 * A customer no earlier run has used: a name with a run tag, and a valid Berlin number ("030 1xxxxxxx") that is
 * different for every customer of the run.
 */
export function uniqueCustomer(first, tag = runTag()) {
  sequence += 1;
  const digits = String((Date.now() * 7 + sequence * 7919 + process.pid) % 10_000_000).padStart(7, '0');
  return { name: `${first} ${tag}`, phone: `030 1${digits}`, tag };
}

/** A short tag unique to one run of one spec, to name its customers and to search for them. */
export function runTag() {
  sequence += 1;
  return `${Date.now().toString(36)}${sequence.toString(36)}`.toUpperCase();
}

/** The phone as the API stores it (E.164) for a Berlin number typed as "030 …". */
export function e164(localPhone) {
  return `+49${localPhone.replace(/\D/g, '').replace(/^0/, '')}`;
}
