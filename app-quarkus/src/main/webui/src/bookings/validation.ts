import type { FieldViolation } from '../api/client';

/**
 * The create-booking form's rules, the same as the server's (which has the last word, e.g. on whether a phone
 * number is valid for the business's region): a service and a time, a name of 2–100 characters once trimmed,
 * a phone number, an email only if it looks like one, and how the booking came in.
 */
export type BookingField =
  | 'service_id'
  | 'slot_id'
  | 'customer_name'
  | 'customer_phone'
  | 'customer_email'
  | 'booking_source';

export type FieldErrors = Partial<Record<BookingField, string>>;

export interface BookingFormValues {
  serviceId: string;
  slotId: string;
  customerName: string;
  customerPhone: string;
  customerEmail: string;
  bookingSource: string;
}

export const NAME_MIN = 2;
export const NAME_MAX = 100;
export const EMAIL_MAX = 254;

const PHONE_CHARACTERS = /^[+]?[\d\s().\-/]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export function validateName(value: string): string | undefined {
  const name = value.trim();
  if (!name) return "Enter the customer's name.";
  if (name.length < NAME_MIN) return `The name needs at least ${NAME_MIN} characters.`;
  if (name.length > NAME_MAX) return `The name can have at most ${NAME_MAX} characters.`;
  if (CONTROL_CHARACTERS.test(name)) return 'The name cannot contain control characters.';
  return undefined;
}

export function validatePhone(value: string): string | undefined {
  const phone = value.trim();
  if (!phone) return 'Enter a phone number.';
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE_CHARACTERS.test(phone) || digits < 5 || digits > 17) return 'Enter a valid phone number.';
  return undefined;
}

export function validateEmail(value: string): string | undefined {
  const email = value.trim();
  if (!email) return undefined;
  if (email.length > EMAIL_MAX || !EMAIL.test(email)) return 'Enter a valid email address, or leave it empty.';
  return undefined;
}

export function validateBooking(values: BookingFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.serviceId) errors.service_id = 'Choose a service.';
  if (!values.slotId) errors.slot_id = 'Choose a time.';
  const name = validateName(values.customerName);
  if (name) errors.customer_name = name;
  const phone = validatePhone(values.customerPhone);
  if (phone) errors.customer_phone = phone;
  const email = validateEmail(values.customerEmail);
  if (email) errors.customer_email = email;
  if (!values.bookingSource) errors.booking_source = 'Choose how the booking came in.';
  return errors;
}

/** How the form's fields are called on screen, to put the server's messages ("is required") in a sentence. */
const FIELD_LABELS: Record<BookingField, string> = {
  service_id: 'Service',
  slot_id: 'Time',
  customer_name: 'Name',
  customer_phone: 'Phone',
  customer_email: 'Email',
  booking_source: 'Source',
};

/**
 * The server's violations on the form's fields; those naming no field of the form are returned apart, to be
 * shown for the form as a whole.
 */
export function violationsToErrors(violations: FieldViolation[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const v of violations) {
    const field = (Object.keys(FIELD_LABELS) as BookingField[]).find((f) => f === v.field);
    if (field) fields[field] = fields[field] ?? sentence(FIELD_LABELS[field], v.message);
    else other.push(sentence(v.field, v.message));
  }
  return { fields, other };
}

/** "Phone" + "is not a valid phone number" → "Phone is not a valid phone number." */
function sentence(label: string, message: string): string {
  const text = message.trim();
  const joined = /^[a-z]/.test(text) ? `${label} ${text}` : text;
  return /[.!?]$/.test(joined) ? joined : `${joined}.`;
}
