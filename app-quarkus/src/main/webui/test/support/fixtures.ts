import type {
  Booking,
  BookingDetails,
  BookingStats,
  Me,
  Service,
  Slot,
  StaffMember,
  WaitlistEntry,
} from '../../src/api/types';

export const TENANT_ZONE = 'Europe/Berlin';

export const me: Me = {
  user: { name: 'Bob Baker', roles: ['staff'] },
  tenant: { id: 't-1', name: 'Salon Aurora', timeZone: TENANT_ZONE, phoneRegion: 'DE' },
};

export const services: Service[] = [
  { id: 'svc-cut', name: 'Haircut', durationMinutes: 45, priceMinor: 4500, price: 45, currency: 'EUR', active: true },
  { id: 'svc-color', name: 'Colouring', durationMinutes: 90, priceMinor: 9000, price: 90, currency: 'EUR', active: true },
];

export const staff: StaffMember[] = [
  { id: 'stf-mia', name: 'Mia Hoffmann', role: 'Stylist', email: null, active: true, serviceIds: ['svc-cut'] },
  { id: 'stf-jonas', name: 'Jonas Berg', role: null, email: null, active: true, serviceIds: ['svc-cut', 'svc-color'] },
];

export function slot(id: string, startTime: string, endTime: string, staffMember = staff[0]!): Slot {
  return {
    id,
    serviceId: 'svc-cut',
    staffId: staffMember.id,
    staffName: staffMember.name,
    startTime,
    endTime,
    status: 'open',
    heldUntil: null,
  };
}

export function booking(overrides: Partial<Booking> = {}): Booking {
  return {
    id: 'bk-1',
    slotId: 'slot-1',
    serviceId: 'svc-cut',
    serviceName: 'Haircut',
    staffId: 'stf-mia',
    staffName: 'Mia Hoffmann',
    customerName: 'Dana Whitfield',
    customerPhone: '+4915112345678',
    customerEmail: 'dana@example.com',
    startTime: '2030-03-30T07:00:00Z',
    endTime: '2030-03-30T07:45:00Z',
    status: 'confirmed',
    bookingSource: 'walk_in',
    waitlistEntryId: null,
    confirmedAt: '2030-03-29T10:00:00Z',
    completedAt: null,
    canceledAt: null,
    noShowAt: null,
    cancellationReason: null,
    createdBy: 'bob',
    createdAt: '2030-03-29T10:00:00Z',
    updatedAt: '2030-03-29T10:00:00Z',
    ...overrides,
  };
}

export function bookingDetails(overrides: Partial<BookingDetails> = {}): BookingDetails {
  const b = booking(overrides);
  return {
    ...b,
    slotDetails: { startTime: b.startTime, endTime: b.endTime, status: 'booked' },
    serviceDetails: { name: b.serviceName, duration: 45, price: 45, currency: 'EUR' },
    staffDetails: { name: b.staffName, role: 'Stylist' },
    auditTrail: [
      {
        id: 'a-1',
        action: 'booking.created',
        actor: 'bob',
        occurredAt: '2030-03-29T10:00:00Z',
        changes: { status: { before: null, after: 'confirmed' } },
      },
    ],
    ...overrides,
  };
}

export function bookingList(bookings: Booking[], page = 1, limit = 20, total = bookings.length) {
  return {
    success: true,
    bookings,
    pagination: { page, limit, total, totalPages: Math.ceil(total / limit) },
  };
}

export const stats: BookingStats = {
  totalBookings: 40,
  todayBookings: 6,
  upcomingBookings: 17,
  completedBookings: 20,
  noShowCount: 5,
  noShowRate: 0.2,
  canceledBookings: 3,
  bySource: { waitlist: 4, direct: 10, walk_in: 16, manual: 10 },
  byStatus: { confirmed: 12, completed: 20, no_show: 5, canceled: 3 },
  waitlistOffersMade: 8,
  waitlistOffersAccepted: 6,
  waitlistFillRate: 0.75,
};

export function waitlistEntry(overrides: Partial<WaitlistEntry> = {}): WaitlistEntry {
  return {
    id: 'wl-1',
    customerName: 'Farah Idris',
    customerPhone: '+4915198765432',
    customerEmail: 'farah@example.com',
    serviceId: 'svc-cut',
    serviceName: 'Haircut',
    staffId: null,
    staffName: null,
    wantedFrom: '2030-03-30T06:00:00Z',
    wantedTo: '2030-04-02T16:00:00Z',
    status: 'waiting',
    offer: null,
    createdAt: '2030-03-29T09:00:00Z',
    ...overrides,
  };
}

export function waitlistList(entries: WaitlistEntry[], page = 1, limit = 20, total = entries.length) {
  return {
    success: true,
    entries,
    pagination: { page, limit, total, totalPages: Math.ceil(total / limit) },
  };
}
