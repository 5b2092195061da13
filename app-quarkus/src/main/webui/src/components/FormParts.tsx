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
