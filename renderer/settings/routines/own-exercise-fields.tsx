import { useId, type ReactNode } from 'react';
import { useReportRefused, WarningIcon } from '../refusals';

/** What a labelled control needs: its id, its description (hint and message) and whether it is refused. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  label: string;
  hint?: string | undefined;
  /** Why the value is refused, shown under the control and read with it; the window's status counts it. */
  message: string | undefined;
  control: (props: ControlProps) => ReactNode;
}

/** A labelled control with its hint, and the message when its value is refused, linked to it. */
export function LabelledField({ label, hint, message, control }: FieldProps) {
  const id = useId();
  useReportRefused(message !== undefined);
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const describedBy = [message !== undefined ? messageId : null, hint ? hintId : null].filter((part) => part !== null).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-body">
        {control({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': message !== undefined ? true : undefined })}
        {hint && <p className="hint" id={hintId}>{hint}</p>}
        <div aria-live="polite">{message !== undefined && <p className="error" id={messageId}><WarningIcon />{message}</p>}</div>
      </div>
    </div>
  );
}

interface ChoiceProps<T extends string | number> {
  legend: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}

/** One of a few choices as radio buttons, laid out like a labelled field; arrow keys move between them. */
export function Choice<T extends string | number>({ legend, value, options, onChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <div className="field" role="radiogroup" aria-labelledby={`${name}-label`}>
      <span className="field-label" id={`${name}-label`}>{legend}</span>
      <div className="field-body choice-options">
        {options.map(([option, label]) => (
          <label key={option} className="choice-option">
            <input type="radio" name={name} checked={option === value} onChange={() => { onChange(option); }} />
            {label}
          </label>
        ))}
      </div>
    </div>
  );
}
