import type { FieldViolation } from '../api/client';
import { EMAIL_MAX, validateName, validatePhone } from '../bookings/validation';

/**
 * The add-to-waitlist form's rules, the same as the server's (which has the last word): a service, a name of
 * 2–100 characters, a phone number, an email address (required: offers are sent by email), and a wanted window
 * whose end is after its start, in the future, and at most 92 days after the start.
 */
export type WaitlistField =
  | 'service_id'
  | 'staff_id'
  | 'wanted_from'
  | 'wanted_to'
  | 'customer_name'
  | 'customer_phone'
  | 'customer_email';

export type WaitlistFieldErrors = Partial<Record<WaitlistField, string>>;

export const MAX_WINDOW_DAYS = 92;

export interface WaitlistFormValues {
  serviceId: string;
  /** Wall-clock `YYYY-MM-DDTHH:mm` in the business's zone. */
  wantedFrom: string;
  wantedTo: string;
  customerName: string;
  customerPhone: string;
  customerEmail: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function validateRequiredEmail(value: string): string | undefined {
  const email = value.trim();
  if (!email) return 'Enter an email address: waitlist offers are sent by email.';
  if (email.length > EMAIL_MAX || !EMAIL.test(email)) return 'Enter a valid email address.';
  return undefined;
}

/** Minutes since the epoch of a wall-clock time, to compare two of them in the same zone. */
function wallMinutes(local: string): number {
  const [date, time] = local.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, m - 1, d, h, mi) / 60000;
}

/** `now` is the current wall-clock time in the business's zone (`YYYY-MM-DDTHH:mm`). */
export function validateWaitlist(values: WaitlistFormValues, now: string): WaitlistFieldErrors {
  const errors: WaitlistFieldErrors = {};
  if (!values.serviceId) errors.service_id = 'Choose a service.';
  const fromOk = LOCAL_DATE_TIME.test(values.wantedFrom);
  const toOk = LOCAL_DATE_TIME.test(values.wantedTo);
  if (!fromOk) errors.wanted_from = 'Enter the earliest date and time the customer can come.';
  if (!toOk) errors.wanted_to = 'Enter the latest date and time the customer can come.';
  if (fromOk && toOk) {
    const from = wallMinutes(values.wantedFrom);
    const to = wallMinutes(values.wantedTo);
    if (to <= from) errors.wanted_to = 'The end must be after the start.';
    else if (to <= wallMinutes(now)) errors.wanted_to = 'The end must be in the future.';
    else if (to - from > MAX_WINDOW_DAYS * 24 * 60)
      errors.wanted_to = `The end can be at most ${MAX_WINDOW_DAYS} days after the start.`;
  }
  const name = validateName(values.customerName);
  if (name) errors.customer_name = name;
  const phone = validatePhone(values.customerPhone);
  if (phone) errors.customer_phone = phone;
  const email = validateRequiredEmail(values.customerEmail);
  if (email) errors.customer_email = email;
  return errors;
}

const FIELD_LABELS: Record<WaitlistField, string> = {
  service_id: 'Service',
  staff_id: 'Staff',
  wanted_from: 'Earliest time',
  wanted_to: 'Latest time',
  customer_name: 'Name',
  customer_phone: 'Phone',
  customer_email: 'Email',
};

/** The server's violations on the form's fields; those naming no field are returned apart. */
export function waitlistViolationsToErrors(violations: FieldViolation[]): {
  fields: WaitlistFieldErrors;
  other: string[];
} {
  const fields: WaitlistFieldErrors = {};
  const other: string[] = [];
  for (const v of violations) {
    const field = (Object.keys(FIELD_LABELS) as WaitlistField[]).find((f) => f === v.field);
    const text = humanize(v.message);
    if (field) fields[field] = fields[field] ?? sentence(FIELD_LABELS[field], text);
    else other.push(sentence(v.field, text));
  }
  return { fields, other };
}

/** The server names fields in its messages ("must be after wanted_from"); say them as the form does. */
function humanize(message: string): string {
  return message.replace(/\b(wanted_from|wanted_to|service_id|staff_id|customer_\w+)\b/g, (f) =>
    (FIELD_LABELS[f as WaitlistField] ?? f).toLowerCase(),
  );
}

function sentence(label: string, message: string): string {
  const text = message.trim();
  const joined = /^[a-z]/.test(text) ? `${label} ${text}` : text;
  return /[.!?]$/.test(joined) ? joined : `${joined}.`;
}
