/**
 * The shapes of the Frontdesk API's answers (camelCase, each with `success`) and of the values the client
 * sends. Query parameters and request bodies are snake_case on the wire; see the functions in this folder.
 */

export type BookingStatus = 'confirmed' | 'completed' | 'no_show' | 'canceled';
export type BookingSource = 'waitlist' | 'direct' | 'walk_in' | 'manual';
/** The sources a booking made at the desk may have; waitlist bookings come from accepted offers only. */
export type DeskBookingSource = Exclude<BookingSource, 'waitlist'>;
export type SlotStatus = 'open' | 'held' | 'booked';

export const BOOKING_STATUSES: readonly BookingStatus[] = ['confirmed', 'completed', 'no_show', 'canceled'];
export const BOOKING_SOURCES: readonly BookingSource[] = ['waitlist', 'direct', 'walk_in', 'manual'];
export const DESK_BOOKING_SOURCES: readonly DeskBookingSource[] = ['walk_in', 'manual', 'direct'];

export interface Tenant {
  id: string;
  name: string;
  timeZone: string;
  phoneRegion: string;
}

export interface User {
  name: string;
  roles: string[];
}

export interface Me {
  user: User;
  tenant: Tenant;
}

/** Calendar synchronisation of one booking; the API may add it to bookings later. */
export interface CalendarSync {
  state?: string;
  lastError?: string | null;
  attempts?: number;
}

export interface Booking {
  id: string;
  slotId: string;
  serviceId: string;
  serviceName: string;
  staffId: string;
  staffName: string;
  customerName: string;
  customerPhone: string;
  customerEmail: string | null;
  startTime: string;
  endTime: string;
  status: BookingStatus;
  bookingSource: BookingSource;
  waitlistEntryId: string | null;
  confirmedAt: string | null;
  completedAt: string | null;
  canceledAt: string | null;
  noShowAt: string | null;
  cancellationReason: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  calendar?: CalendarSync | null;
}

export interface AuditChange {
  before: string | null;
  after: string | null;
}

export interface AuditEntry {
  id?: string;
  action: string;
  actor: string;
  occurredAt: string;
  changes: Record<string, AuditChange> | null;
}

export interface BookingDetails extends Booking {
  slotDetails: { startTime: string; endTime: string; status: SlotStatus };
  serviceDetails: { name: string; duration: number; price: number | null; currency: string | null };
  staffDetails: { name: string; role: string | null };
  auditTrail: AuditEntry[];
}

export interface Pagination {
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

export interface BookingList {
  bookings: Booking[];
  pagination: Pagination;
}

export interface BookingStats {
  totalBookings: number;
  todayBookings: number;
  upcomingBookings: number;
  completedBookings: number;
  noShowCount: number;
  noShowRate: number;
  canceledBookings: number;
  bySource: Record<BookingSource, number>;
  byStatus: Record<BookingStatus, number>;
  /** Waitlist offers made of slots starting in the period. */
  waitlistOffersMade: number;
  /** Of those, accepted. */
  waitlistOffersAccepted: number;
  /** Accepted / made, 0 when no offer was made. */
  waitlistFillRate: number;
}

export interface Service {
  id: string;
  name: string;
  durationMinutes: number;
  priceMinor: number | null;
  price: number | null;
  currency: string | null;
  active: boolean;
}

export interface StaffMember {
  id: string;
  name: string;
  role: string | null;
  email: string | null;
  active: boolean;
  serviceIds: string[];
}

export interface Slot {
  id: string;
  serviceId: string;
  staffId: string;
  staffName: string;
  startTime: string;
  endTime: string;
  status: SlotStatus;
  heldUntil: string | null;
}

export interface CreateBookingRequest {
  slot_id: string;
  customer_name: string;
  customer_phone: string;
  customer_email?: string;
  booking_source: DeskBookingSource;
}

export interface UpdateBookingRequest {
  status: Exclude<BookingStatus, 'confirmed'>;
  cancellation_reason?: string;
}

export type WaitlistStatus = 'waiting' | 'offered' | 'booked' | 'expired' | 'removed';
export const WAITLIST_STATUSES: readonly WaitlistStatus[] = ['waiting', 'offered', 'booked', 'expired', 'removed'];

/** The slot held for a waitlist entry while it is offered. */
export interface WaitlistHeldSlot {
  slotId: string;
  offeredAt: string;
  /** The hold ends, and the offer expires, at this instant. */
  expiresAt: string;
  /** The held slot's times, when the API sends them. */
  startTime?: string;
  endTime?: string;
}

export interface WaitlistEntry {
  id: string;
  customerName: string;
  customerPhone: string;
  customerEmail: string | null;
  serviceId: string;
  serviceName: string;
  staffId: string | null;
  staffName: string | null;
  wantedFrom: string;
  wantedTo: string;
  status: WaitlistStatus;
  offer: WaitlistHeldSlot | null;
  createdAt: string;
}

export interface WaitlistList {
  entries: WaitlistEntry[];
  pagination: Pagination;
}

export interface JoinWaitlistRequest {
  customer_name: string;
  customer_phone: string;
  customer_email: string;
  service_id: string;
  staff_id?: string;
  /** ISO date-time with the business's offset. */
  wanted_from: string;
  wanted_to: string;
}

/** One message of the live updates stream. */
export interface BookingEvent {
  type: 'created' | 'updated';
  bookingId: string;
  status?: BookingStatus;
}
