import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError, describeError } from '../api/client';
import { joinWaitlist, listServices, listStaff } from '../api/endpoints';
import type { JoinWaitlistRequest, WaitlistEntry } from '../api/types';
import { useSession } from '../app/session';
import { ErrorState } from '../components/ErrorState';
import { FormFooter, Section, TextField } from '../components/FormParts';
import { Modal } from '../components/Modal';
import { EMAIL_MAX, NAME_MAX } from '../bookings/validation';
import { nowInZone, zonedDateTimeToIso } from '../format';
import { useResource } from '../hooks/useResource';
import {
  MAX_WINDOW_DAYS,
  validateWaitlist,
  waitlistViolationsToErrors,
  type WaitlistField,
  type WaitlistFieldErrors,
  type WaitlistFormValues,
} from './validation';

export interface AddToWaitlistModalProps {
  onClose: () => void;
  onSuccess: (entry: WaitlistEntry) => void;
  returnFocus?: RefObject<HTMLElement | null>;
}

interface FormState extends WaitlistFormValues {
  staffId: string;
}

const EMPTY: FormState = {
  serviceId: '',
  staffId: '',
  wantedFrom: '',
  wantedTo: '',
  customerName: '',
  customerPhone: '',
  customerEmail: '',
};

const FIELD_ORDER: WaitlistField[] = [
  'service_id',
  'staff_id',
  'wanted_from',
  'wanted_to',
  'customer_name',
  'customer_phone',
  'customer_email',
];

/**
 * Puts a customer on the waitlist: service, a staff member or anyone, the wanted window (wall-clock times in
 * the business's time zone, sent with the zone's offset) and the customer, whose email is required because
 * offers go by email. Checks the fields as the server does; shows the server's refusals on their fields.
 */
export function AddToWaitlistModal({ onClose, onSuccess, returnFocus }: AddToWaitlistModalProps) {
  const { tenant } = useSession();
  const id = useId();
  const formId = `${id}-form`;
  const [form, setForm] = useState<FormState>(EMPTY);
  const [errors, setErrors] = useState<WaitlistFieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const fieldRefs = useRef<Partial<Record<WaitlistField, HTMLElement | null>>>({});

  const services = useResource('services', (signal) => listServices(signal));
  const staff = useResource(`staff:${form.serviceId}`, (signal) =>
    form.serviceId ? listStaff(form.serviceId, signal) : Promise.resolve([]),
  );

  const validate = (values: FormState) => validateWaitlist(values, nowInZone(tenant.timeZone));

  const update = (patch: Partial<FormState>) => {
    const next = { ...form, ...patch };
    setForm(next);
    if (submitted) setErrors(validate(next));
  };

  const focusFirstError = (found: WaitlistFieldErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) fieldRefs.current[first]?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitted(true);
    setFormError(null);
    const found = validate(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    const request: JoinWaitlistRequest = {
      customer_name: form.customerName.trim(),
      customer_phone: form.customerPhone.trim(),
      customer_email: form.customerEmail.trim(),
      service_id: form.serviceId,
      wanted_from: zonedDateTimeToIso(form.wantedFrom, tenant.timeZone)!,
      wanted_to: zonedDateTimeToIso(form.wantedTo, tenant.timeZone)!,
    };
    if (form.staffId) request.staff_id = form.staffId;

    setSubmitting(true);
    try {
      onSuccess(await joinWaitlist(request));
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.violations.length > 0) {
        const { fields, other } = waitlistViolationsToErrors(error.violations);
        setErrors(fields);
        setFormError(other.length > 0 ? other.join(' ') : 'Please correct the marked fields.');
        focusFirstError(fields);
        return;
      }
      setFormError(describeError(error));
    }
  };

  const errorCount = Object.keys(errors).length;
  const describedBy = (field: WaitlistField, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: WaitlistField) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`} data-testid={`waitlist-error-${field}`}>
        {errors[field]}
      </p>
    ) : null;
  const ref = (field: WaitlistField) => (el: HTMLElement | null) => {
    fieldRefs.current[field] = el;
  };

  return (
    <Modal
      title="Add to waitlist"
      onClose={onClose}
      size="large"
      testId="add-waitlist-dialog"
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
          submitLabel="Add to waitlist"
          submittingLabel="Adding…"
          testIdPrefix="add-waitlist"
        />
      }
    >
      <form id={formId} noValidate onSubmit={submit}>
        <Section title="Service and staff">
          <div className="field-grid">
            <div className="field">
              <label htmlFor={`${id}-service`}>
                Service <span className="required">(required)</span>
              </label>
              {services.error !== undefined && !services.data ? (
                <ErrorState
                  title="Services could not be loaded"
                  message={describeError(services.error)}
                  onRetry={services.reload}
                />
              ) : (
                <select
                  id={`${id}-service`}
                  ref={ref('service_id')}
                  value={form.serviceId}
                  aria-invalid={!!errors.service_id}
                  aria-describedby={describedBy('service_id')}
                  aria-required="true"
                  aria-busy={!services.data}
                  onChange={(e) => update({ serviceId: e.target.value, staffId: '' })}
                  data-testid="waitlist-service"
                >
                  <option value="">{services.data ? 'Choose a service' : 'Loading services…'}</option>
                  {services.data
                    ?.filter((s) => s.active)
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name} ({s.durationMinutes} min)
                      </option>
                    ))}
                </select>
              )}
              {fieldError('service_id')}
            </div>
            <div className="field">
              <label htmlFor={`${id}-staff`}>
                Staff <span className="optional">(optional)</span>
              </label>
              <select
                id={`${id}-staff`}
                ref={ref('staff_id')}
                value={form.staffId}
                disabled={!form.serviceId || staff.loading}
                aria-invalid={!!errors.staff_id}
                aria-describedby={describedBy('staff_id')}
                onChange={(e) => update({ staffId: e.target.value })}
                data-testid="waitlist-staff"
              >
                <option value="">Anyone</option>
                {form.serviceId &&
                  staff.data
                    ?.filter((s) => s.active)
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                        {s.role ? ` – ${s.role}` : ''}
                      </option>
                    ))}
              </select>
              {fieldError('staff_id')}
            </div>
          </div>
        </Section>

        <Section title="Wanted time">
          <p className="hint" id={`${id}-zone`}>
            Times are in the business's time zone, {tenant.timeZone}. The window can span at most {MAX_WINDOW_DAYS}{' '}
            days.
          </p>
          <div className="field-grid">
            <div className="field">
              <label htmlFor={`${id}-from`}>
                Earliest <span className="required">(required)</span>
              </label>
              <input
                id={`${id}-from`}
                ref={ref('wanted_from')}
                type="datetime-local"
                value={form.wantedFrom}
                aria-invalid={!!errors.wanted_from}
                aria-required="true"
                aria-describedby={describedBy('wanted_from', `${id}-zone`)}
                onChange={(e) => update({ wantedFrom: e.target.value })}
                data-testid="waitlist-wanted-from"
              />
              {fieldError('wanted_from')}
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>
                Latest <span className="required">(required)</span>
              </label>
              <input
                id={`${id}-to`}
                ref={ref('wanted_to')}
                type="datetime-local"
                value={form.wantedTo}
                min={form.wantedFrom || undefined}
                aria-invalid={!!errors.wanted_to}
                aria-required="true"
                aria-describedby={describedBy('wanted_to', `${id}-zone`)}
                onChange={(e) => update({ wantedTo: e.target.value })}
                data-testid="waitlist-wanted-to"
              />
              {fieldError('wanted_to')}
            </div>
          </div>
        </Section>

        <Section title="Customer">
          <div className="field-grid">
            <TextField
              required
              autoComplete="off"
              id={`${id}-name`}
              label="Name"
              value={form.customerName}
              maxLength={NAME_MAX + 20}
              onChange={(v) => update({ customerName: v })}
              error={fieldError('customer_name')}
              invalid={!!errors.customer_name}
              describedBy={describedBy('customer_name')}
              inputRef={ref('customer_name')}
              testId="waitlist-customer-name"
            />
            <TextField
              required
              autoComplete="off"
              id={`${id}-phone`}
              label="Phone"
              type="tel"
              value={form.customerPhone}
              maxLength={40}
              onChange={(v) => update({ customerPhone: v })}
              error={fieldError('customer_phone')}
              invalid={!!errors.customer_phone}
              describedBy={describedBy('customer_phone', `${id}-phone-hint`)}
              hint={
                <p className="hint" id={`${id}-phone-hint`}>
                  Local numbers are read as {tenant.phoneRegion} numbers.
                </p>
              }
              inputRef={ref('customer_phone')}
              testId="waitlist-customer-phone"
            />
            <TextField
              required
              autoComplete="off"
              id={`${id}-email`}
              label="Email"
              type="email"
              value={form.customerEmail}
              maxLength={EMAIL_MAX}
              onChange={(v) => update({ customerEmail: v })}
              error={fieldError('customer_email')}
              invalid={!!errors.customer_email}
              describedBy={describedBy('customer_email', `${id}-email-hint`)}
              hint={
                <p className="hint" id={`${id}-email-hint`}>
                  Offers of freed times are sent to this address.
                </p>
              }
              inputRef={ref('customer_email')}
              testId="waitlist-customer-email"
            />
          </div>
        </Section>
      </form>
    </Modal>
  );
}
