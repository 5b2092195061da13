import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError, ErrorCodes, describeError } from '../api/client';
import { createBooking, listOpenSlots, listServices, listStaff, type SlotQuery } from '../api/endpoints';
import { DESK_BOOKING_SOURCES, type Booking, type CreateBookingRequest, type DeskBookingSource, type Slot } from '../api/types';
import { useSession } from '../app/session';
import { ErrorState } from '../components/ErrorState';
import { FormFooter, Section, TextField } from '../components/FormParts';
import { Modal } from '../components/Modal';
import { Skeleton } from '../components/Skeleton';
import { addDays, dateInZone, formatDayHeading, formatTimeRange, todayIn } from '../format';
import { useResource } from '../hooks/useResource';
import { SOURCE_LABELS } from '../labels';
import {
  EMAIL_MAX,
  NAME_MAX,
  validateBooking,
  violationsToErrors,
  type BookingField,
  type BookingFormValues,
  type FieldErrors,
} from './validation';

export const SLOT_UNAVAILABLE_MESSAGE = 'This slot is no longer available';

/** How many days of open slots the dialog shows from the chosen date. */
export const SLOT_DAYS = 14;

const SOURCE_HINTS: Record<DeskBookingSource, string> = {
  walk_in: 'The customer is at the desk',
  manual: 'Booked over the phone or by hand',
  direct: 'The customer asked directly, e.g. by message',
};

export interface CreateBookingModalProps {
  onClose: () => void;
  onSuccess: (booking: Booking) => void;
  /** Where focus goes on close if the element that opened the dialog is gone. */
  returnFocus?: RefObject<HTMLElement | null>;
}

interface FormState extends BookingFormValues {
  staffId: string;
  fromDate: string;
}

const EMPTY: FormState = {
  serviceId: '',
  staffId: '',
  fromDate: '',
  slotId: '',
  customerName: '',
  customerPhone: '',
  customerEmail: '',
  bookingSource: '',
};

/**
 * Books a walk-in, phone or direct customer: service → staff member or anyone available → an open slot (grouped
 * by day in the business's time zone) → customer → source. Checks the fields as the server does before sending;
 * shows the server's refusals on the fields they name; when someone else took the slot first, says so, shows
 * the slots still open and keeps what was typed.
 */
export function CreateBookingModal({ onClose, onSuccess, returnFocus }: CreateBookingModalProps) {
  const { tenant } = useSession();
  const id = useId();
  const formId = `${id}-form`;
  const [form, setForm] = useState<FormState>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [slotNotice, setSlotNotice] = useState<string | null>(null);
  const fieldRefs = useRef<Partial<Record<BookingField, HTMLElement | null>>>({});
  const slotNoticeRef = useRef<HTMLParagraphElement>(null);

  const services = useResource('services', (signal) => listServices(signal));
  const staff = useResource(`staff:${form.serviceId}`, (signal) =>
    form.serviceId ? listStaff(form.serviceId, signal) : Promise.resolve([]),
  );
  const slotQuery: SlotQuery | null = form.serviceId
    ? {
        service_id: form.serviceId,
        staff_id: form.staffId || undefined,
        from: form.fromDate || undefined,
        to: form.fromDate ? addDays(form.fromDate, SLOT_DAYS - 1) : undefined,
      }
    : null;
  const slots = useResource(`slots:${JSON.stringify(slotQuery)}`, (signal) =>
    slotQuery ? listOpenSlots(slotQuery, signal) : Promise.resolve([]),
  );
  const days = useMemo(() => groupByDay(slots.data ?? [], tenant.timeZone), [slots.data, tenant.timeZone]);

  const update = (patch: Partial<FormState>) => {
    const next = { ...form, ...patch };
    setForm(next);
    if (submitted) setErrors(validateBooking(next));
  };

  const focusFirstError = (found: FieldErrors) => {
    const order: BookingField[] = [
      'service_id',
      'slot_id',
      'customer_name',
      'customer_phone',
      'customer_email',
      'booking_source',
    ];
    const first = order.find((field) => found[field]);
    if (first) fieldRefs.current[first]?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitted(true);
    setFormError(null);
    const found = validateBooking(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    const request: CreateBookingRequest = {
      slot_id: form.slotId,
      customer_name: form.customerName.trim(),
      customer_phone: form.customerPhone.trim(),
      booking_source: form.bookingSource as DeskBookingSource,
    };
    const email = form.customerEmail.trim();
    if (email) request.customer_email = email;

    setSubmitting(true);
    setSlotNotice(null);
    try {
      onSuccess(await createBooking(request));
    } catch (error) {
      setSubmitting(false);
      handleFailure(error);
    }
  };

  const handleFailure = (error: unknown) => {
    if (!(error instanceof ApiError)) {
      setFormError(describeError(error));
      return;
    }
    if (
      error.code === ErrorCodes.SLOT_UNAVAILABLE ||
      error.code === ErrorCodes.SLOT_NOT_FOUND ||
      error.code === ErrorCodes.SLOT_IN_THE_PAST
    ) {
      const reason =
        error.code === ErrorCodes.SLOT_IN_THE_PAST
          ? 'This time has already started. Please choose another time.'
          : `${SLOT_UNAVAILABLE_MESSAGE}. Please choose another time.`;
      setForm((f) => ({ ...f, slotId: '' }));
      setSlotNotice(reason);
      slots.reload();
      return;
    }
    if (error.violations.length > 0) {
      const { fields, other } = violationsToErrors(error.violations);
      setErrors(fields);
      setFormError(other.length > 0 ? other.join(' ') : 'Please correct the marked fields.');
      focusFirstError(fields);
      return;
    }
    setFormError(describeError(error));
  };

  // Keyboard and screen-reader users land on the notice, right above the slots still open.
  useEffect(() => {
    if (slotNotice) slotNoticeRef.current?.focus();
  }, [slotNotice]);

  const errorCount = Object.keys(errors).length;
  const describedBy = (field: BookingField, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: BookingField) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`} data-testid={`error-${field}`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <Modal
      title="New booking"
      onClose={onClose}
      size="large"
      testId="create-booking-dialog"
      returnFocus={returnFocus}
      dismissible={!submitting}
      footer={
        <FormFooter
          formId={formId}
          submitting={submitting}
          formError={formError}
          submitted={submitted}
          errorCount={errorCount}
          onClose={onClose}
          submitLabel="Create booking"
          submittingLabel="Booking…"
          testIdPrefix="create-booking"
        />
      }
    >
      <form id={formId} className="create-booking" noValidate onSubmit={submit}>
        <Section title="Service and staff">
          <div className="field-grid">
            <div className="field">
              <label htmlFor={`${id}-service`}>
                Service <span className="required">(required)</span>
              </label>
              {services.error !== undefined && !services.data ? (
                <ErrorState title="Services could not be loaded" message={describeError(services.error)} onRetry={services.reload} />
              ) : (
                <select
                  id={`${id}-service`}
                  ref={(el) => {
                    fieldRefs.current.service_id = el;
                  }}
                  value={form.serviceId}
                  aria-invalid={!!errors.service_id}
                  aria-describedby={describedBy('service_id')}
                  aria-required="true"
                  aria-busy={!services.data}
                  onChange={(e) => update({ serviceId: e.target.value, staffId: '', slotId: '' })}
                  data-testid="create-service"
                >
                  <option value="">{services.data ? 'Choose a service' : 'Loading services…'}</option>
                  {services.data?.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} ({s.durationMinutes} min)
                    </option>
                  ))}
                </select>
              )}
              {fieldError('service_id')}
            </div>
            <div className="field">
              <label htmlFor={`${id}-staff`}>Staff</label>
              <select
                id={`${id}-staff`}
                value={form.staffId}
                disabled={!form.serviceId || staff.loading}
                onChange={(e) => update({ staffId: e.target.value, slotId: '' })}
                data-testid="create-staff"
              >
                <option value="">Any available</option>
                {form.serviceId &&
                  staff.data?.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                      {s.role ? ` – ${s.role}` : ''}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-from`}>Show times from</label>
              <input
                id={`${id}-from`}
                type="date"
                value={form.fromDate}
                min={todayIn(tenant.timeZone)}
                disabled={!form.serviceId}
                aria-describedby={`${id}-from-hint`}
                onChange={(e) => update({ fromDate: e.target.value, slotId: '' })}
                data-testid="create-from-date"
              />
              <p className="hint" id={`${id}-from-hint`}>
                {SLOT_DAYS} days from this date; empty means from now.
              </p>
            </div>
          </div>
        </Section>

        <Section title="Time">
          <fieldset
            className="slot-picker"
            aria-describedby={describedBy('slot_id', `${id}-zone`)}
            data-testid="slot-picker"
          >
            <legend className="visually-hidden">Open times</legend>
            <p className="hint" id={`${id}-zone`}>
              Times are in the business's time zone, {tenant.timeZone}.
            </p>
            {slotNotice && (
              <p className="notice warning" role="alert" tabIndex={-1} ref={slotNoticeRef} data-testid="slot-unavailable">
                {slotNotice}
              </p>
            )}
            {!form.serviceId && (
              <p className="muted">Choose a service to see its open times.</p>
            )}
            {form.serviceId && slots.loading && <Skeleton lines={3} label="Loading open times" />}
            {form.serviceId && !slots.loading && slots.error !== undefined && (
              <ErrorState title="Open times could not be loaded" message={describeError(slots.error)} onRetry={slots.reload} />
            )}
            {form.serviceId && !slots.loading && slots.error === undefined && days.length === 0 && (
              <p
                className="muted"
                data-testid="no-slots"
                tabIndex={-1}
                ref={(el) => {
                  fieldRefs.current.slot_id = el;
                }}
              >
                No open times in these {SLOT_DAYS} days. Try another staff member or a later date.
              </p>
            )}
            {form.serviceId &&
              !slots.loading &&
              days.map((day, dayIndex) => (
                <fieldset key={day.date} className="slot-day">
                  <legend>{formatDayHeading(day.date)}</legend>
                  <div className="slot-options">
                    {day.slots.map((slot, slotIndex) => {
                      const label = formatTimeRange(slot.startTime, slot.endTime, tenant.timeZone);
                      return (
                        <label key={slot.id} className="slot-option" data-testid="slot-option" data-slot-id={slot.id}>
                          <input
                            type="radio"
                            name={`${id}-slot`}
                            value={slot.id}
                            checked={form.slotId === slot.id}
                            aria-invalid={!!errors.slot_id || undefined}
                            onChange={() => update({ slotId: slot.id })}
                            ref={
                              dayIndex === 0 && slotIndex === 0
                                ? (el) => {
                                    fieldRefs.current.slot_id = el;
                                  }
                                : undefined
                            }
                          />
                          <span className="slot-time">{label}</span>
                          {!form.staffId && <span className="slot-staff">{slot.staffName}</span>}
                        </label>
                      );
                    })}
                  </div>
                </fieldset>
              ))}
            {fieldError('slot_id')}
          </fieldset>
        </Section>

        <Section title="Customer">
          <div className="field-grid">
            <TextField
              id={`${id}-name`}
              label="Name"
              required
              value={form.customerName}
              maxLength={NAME_MAX + 20}
              autoComplete="off"
              onChange={(v) => update({ customerName: v })}
              error={fieldError('customer_name')}
              invalid={!!errors.customer_name}
              describedBy={describedBy('customer_name')}
              inputRef={(el) => {
                fieldRefs.current.customer_name = el;
              }}
              testId="create-customer-name"
            />
            <TextField
              id={`${id}-phone`}
              label="Phone"
              required
              type="tel"
              value={form.customerPhone}
              maxLength={40}
              autoComplete="off"
              onChange={(v) => update({ customerPhone: v })}
              error={fieldError('customer_phone')}
              invalid={!!errors.customer_phone}
              describedBy={describedBy('customer_phone', `${id}-phone-hint`)}
              hint={<p className="hint" id={`${id}-phone-hint`}>Local numbers are read as {tenant.phoneRegion} numbers.</p>}
              inputRef={(el) => {
                fieldRefs.current.customer_phone = el;
              }}
              testId="create-customer-phone"
            />
            <TextField
              id={`${id}-email`}
              label="Email"
              type="email"
              value={form.customerEmail}
              maxLength={EMAIL_MAX}
              autoComplete="off"
              onChange={(v) => update({ customerEmail: v })}
              error={fieldError('customer_email')}
              invalid={!!errors.customer_email}
              describedBy={describedBy('customer_email')}
              inputRef={(el) => {
                fieldRefs.current.customer_email = el;
              }}
              testId="create-customer-email"
            />
          </div>
        </Section>

        <Section title="Source">
          <fieldset className="source-picker" aria-describedby={describedBy('booking_source')} data-testid="create-source">
            <legend>
              How did the booking come in? <span className="required">(required)</span>
            </legend>
            <div className="choice-row">
              {DESK_BOOKING_SOURCES.map((source, index) => (
                <label key={source} className="choice">
                  <input
                    type="radio"
                    name={`${id}-source`}
                    value={source}
                    checked={form.bookingSource === source}
                    aria-invalid={!!errors.booking_source || undefined}
                    onChange={() => update({ bookingSource: source })}
                    ref={
                      index === 0
                        ? (el) => {
                            fieldRefs.current.booking_source = el;
                          }
                        : undefined
                    }
                  />
                  <span>
                    <span className="choice-label">{SOURCE_LABELS[source]}</span>
                    <span className="choice-hint">{SOURCE_HINTS[source]}</span>
                  </span>
                </label>
              ))}
            </div>
            {fieldError('booking_source')}
          </fieldset>
        </Section>
      </form>
    </Modal>
  );
}

/** Slots by calendar day in the business's time zone, days and slots in time order. */
export function groupByDay(slots: Slot[], timeZone: string): { date: string; slots: Slot[] }[] {
  const days = new Map<string, Slot[]>();
  const sorted = [...slots].sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
  for (const slot of sorted) {
    const date = dateInZone(slot.startTime, timeZone);
    const list = days.get(date);
    if (list) list.push(slot);
    else days.set(date, [slot]);
  }
  return Array.from(days, ([date, daySlots]) => ({ date, slots: daySlots }));
}
