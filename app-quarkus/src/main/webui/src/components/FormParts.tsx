import { useId, type ReactNode } from 'react';

/** A titled group of form fields. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

/** A labelled text input with its hint and error, marked required or optional. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  type?: 'text' | 'tel' | 'email';
  maxLength?: number;
  autoComplete?: string;
  error: ReactNode;
  invalid: boolean;
  describedBy?: string;
  hint?: ReactNode;
  inputRef: (el: HTMLInputElement | null) => void;
  testId: string;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label} {props.required ? <span className="required">(required)</span> : <span className="optional">(optional)</span>}
      </label>
      <input
        id={props.id}
        ref={props.inputRef}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete}
        aria-invalid={props.invalid}
        aria-required={props.required || undefined}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      />
      {props.hint}
      {props.error}
    </div>
  );
}

/**
 * A filter over the catalog (services or staff): "all" first, then each entry by name. A selected id the catalog
 * does not hold (say, from a shared address) stays selectable under a neutral label instead of vanishing.
 */
function CatalogFilter(props: {
  id: string;
  label: string;
  allLabel: string;
  unknownLabel: string;
  value: string;
  entries: { id: string; name: string }[];
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
        <option value="">{props.allLabel}</option>
        {props.entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
        {props.value && !props.entries.some((entry) => entry.id === props.value) && (
          <option value={props.value}>{props.unknownLabel}</option>
        )}
      </select>
    </div>
  );
}

/** A list's service and staff filters, side by side; the test ids are `<testIdPrefix>-service` and `-staff`. */
export function ServiceAndStaffFilters(props: {
  idPrefix: string;
  serviceId: string;
  staffId: string;
  services: { id: string; name: string }[];
  staff: { id: string; name: string }[];
  onChange: (key: 'service_id' | 'staff_id', value: string) => void;
  testIdPrefix: string;
}) {
  return (
    <>
      <CatalogFilter
        id={`${props.idPrefix}-service`}
        label="Service"
        allLabel="All services"
        unknownLabel="Selected service"
        value={props.serviceId}
        entries={props.services}
        onChange={(value) => props.onChange('service_id', value)}
        testId={`${props.testIdPrefix}-service`}
      />
      <CatalogFilter
        id={`${props.idPrefix}-staff`}
        label="Staff"
        allLabel="All staff"
        unknownLabel="Selected staff member"
        value={props.staffId}
        entries={props.staff}
        onChange={(value) => props.onChange('staff_id', value)}
        testId={`${props.testIdPrefix}-staff`}
      />
    </>
  );
}

/** The footer of a form dialog: what stops the form from being sent, Close, and the submit button. */
export function FormFooter(props: {
  formId: string;
  submitting: boolean;
  formError: string | null;
  submitted: boolean;
  errorCount: number;
  onClose: () => void;
  submitLabel: string;
  submittingLabel: string;
  testIdPrefix: string;
}) {
  const { submitted, errorCount } = props;
  return (
    <>
      <div className="form-status" role="alert" data-testid={`${props.testIdPrefix}-error`}>
        {props.formError ??
          (submitted && errorCount > 0
            ? `Please correct ${errorCount === 1 ? 'the marked field' : `the ${errorCount} marked fields`}.`
            : '')}
      </div>
      <div className="button-row end">
        <button type="button" className="button" onClick={props.onClose} disabled={props.submitting}>
          Close
        </button>
        <button
          type="submit"
          form={props.formId}
          className="button primary"
          aria-disabled={props.submitting}
          data-testid={`${props.testIdPrefix}-submit`}
        >
          {props.submitting ? props.submittingLabel : props.submitLabel}
        </button>
      </div>
    </>
  );
}
