import { api } from './client';
import type {
  Booking,
  BookingDetails,
  BookingList,
  BookingStats,
  CreateBookingRequest,
  Me,
  Service,
  Slot,
  StaffMember,
  UpdateBookingRequest,
  JoinWaitlistRequest,
  WaitlistEntry,
  WaitlistList,
} from './types';

/** The API's query parameters of `GET /api/bookings`, snake_case as on the wire. */
export interface BookingQuery {
  search?: string;
  start_date?: string;
  end_date?: string;
  service_id?: string;
  staff_id?: string;
  status?: string;
  source?: string;
  sort?: string;
  page?: number;
  limit?: number;
}

export function getMe(): Promise<Me> {
  return api<Me & { success: boolean }>('/api/me').then(({ user, tenant }) => ({ user, tenant }));
}

export function listBookings(query: BookingQuery, signal?: AbortSignal): Promise<BookingList> {
  return api<BookingList & { success: boolean }>('/api/bookings', { query: { ...query }, signal });
}

export function getBooking(id: string, signal?: AbortSignal): Promise<BookingDetails> {
  return api<{ booking: BookingDetails }>(`/api/bookings/${encodeURIComponent(id)}`, { signal }).then(
    (r) => r.booking,
  );
}

export function createBooking(request: CreateBookingRequest): Promise<Booking> {
  return api<{ booking: Booking }>('/api/bookings', { method: 'POST', body: request }).then((r) => r.booking);
}

export function updateBooking(id: string, request: UpdateBookingRequest): Promise<{ booking: Booking; message: string }> {
  return api<{ booking: Booking; message: string }>(`/api/bookings/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: request,
  });
}

export function getBookingStats(
  range: { start_date?: string; end_date?: string },
  signal?: AbortSignal,
): Promise<BookingStats> {
  return api<{ stats: BookingStats }>('/api/bookings/stats', { query: { ...range }, signal }).then((r) => r.stats);
}

export function listServices(signal?: AbortSignal): Promise<Service[]> {
  return api<{ services: Service[] }>('/api/services', { signal }).then((r) => r.services);
}

export function listStaff(serviceId?: string, signal?: AbortSignal): Promise<StaffMember[]> {
  return api<{ staff: StaffMember[] }>('/api/staff', { query: { service_id: serviceId }, signal }).then(
    (r) => r.staff,
  );
}

export interface SlotQuery {
  service_id: string;
  staff_id?: string;
  from?: string;
  to?: string;
}

/** Open slots, earliest first; `from`/`to` may be bare dates (whole days in the business's time zone). */
export function listOpenSlots(query: SlotQuery, signal?: AbortSignal): Promise<Slot[]> {
  return api<{ slots: Slot[] }>('/api/slots', { query: { ...query, status: 'open' }, signal }).then(
    (r) => r.slots,
  );
}

/** The API's query parameters of `GET /api/waitlist`. */
export interface WaitlistQuery {
  status?: string;
  service_id?: string;
  staff_id?: string;
  page?: number;
  limit?: number;
}

export function listWaitlist(query: WaitlistQuery, signal?: AbortSignal): Promise<WaitlistList> {
  return api<WaitlistList & { success: boolean }>('/api/waitlist', { query: { ...query }, signal });
}

export function joinWaitlist(request: JoinWaitlistRequest): Promise<WaitlistEntry> {
  return api<{ entry: WaitlistEntry }>('/api/waitlist', { method: 'POST', body: request }).then((r) => r.entry);
}

export function removeWaitlistEntry(id: string): Promise<{ entry: WaitlistEntry; message: string }> {
  return api<{ entry: WaitlistEntry; message: string }>(`/api/waitlist/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  });
}

export function releaseWaitlistOffer(id: string): Promise<{ entry: WaitlistEntry; message: string }> {
  return api<{ entry: WaitlistEntry; message: string }>(
    `/api/waitlist/${encodeURIComponent(id)}/release-offer`,
    { method: 'POST' },
  );
}
