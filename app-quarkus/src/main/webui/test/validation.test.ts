import { describe, expect, it } from 'vitest';
import { validateBooking, violationsToErrors, type BookingFormValues } from '../src/bookings/validation';

const valid: BookingFormValues = {
  serviceId: 'svc-cut',
  slotId: 'slot-1',
  customerName: 'Dana Whitfield',
  customerPhone: '+49 151 1234 5678',
  customerEmail: '',
  bookingSource: 'walk_in',
};

describe('create booking rules', () => {
  it('accepts a complete form without email', () => {
    expect(validateBooking(valid)).toEqual({});
  });

  it('requires service, time, name, phone and source', () => {
    const errors = validateBooking({
      serviceId: '',
      slotId: '',
      customerName: '',
      customerPhone: '',
      customerEmail: '',
      bookingSource: '',
    });
    expect(Object.keys(errors).sort()).toEqual(
      ['booking_source', 'customer_name', 'customer_phone', 'service_id', 'slot_id'].sort(),
    );
  });

  it('counts the name after trimming, between 2 and 100 characters', () => {
    expect(validateBooking({ ...valid, customerName: '  A  ' }).customer_name).toMatch(/at least 2/);
    expect(validateBooking({ ...valid, customerName: ' Al ' }).customer_name).toBeUndefined();
    expect(validateBooking({ ...valid, customerName: 'x'.repeat(100) }).customer_name).toBeUndefined();
    expect(validateBooking({ ...valid, customerName: 'x'.repeat(101) }).customer_name).toMatch(/at most 100/);
    expect(validateBooking({ ...valid, customerName: '   ' }).customer_name).toMatch(/Enter the customer's name/);
  });

  it('refuses phone numbers that cannot be numbers', () => {
    expect(validateBooking({ ...valid, customerPhone: 'call me' }).customer_phone).toBe('Enter a valid phone number.');
    expect(validateBooking({ ...valid, customerPhone: '12' }).customer_phone).toBe('Enter a valid phone number.');
    expect(validateBooking({ ...valid, customerPhone: '(030) 123-4567' }).customer_phone).toBeUndefined();
  });

  it('checks an email only when one is given', () => {
    expect(validateBooking({ ...valid, customerEmail: '   ' }).customer_email).toBeUndefined();
    expect(validateBooking({ ...valid, customerEmail: 'dana@example' }).customer_email).toMatch(/valid email/);
    expect(validateBooking({ ...valid, customerEmail: 'dana@example.com' }).customer_email).toBeUndefined();
  });

  it('puts server violations on the fields they name, and the rest apart', () => {
    const { fields, other } = violationsToErrors([
      { field: 'customer_phone', message: 'is not a valid phone number' },
      { field: 'slot_id', message: 'must be a valid UUID' },
      { field: 'tenant', message: 'is unknown' },
    ]);
    expect(fields).toEqual({
      customer_phone: 'Phone is not a valid phone number.',
      slot_id: 'Time must be a valid UUID.',
    });
    expect(other).toEqual(['tenant is unknown.']);
  });
});
