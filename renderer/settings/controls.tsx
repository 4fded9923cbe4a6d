import { useId } from 'react';

interface CheckboxProps {
  label: string;
  checked: boolean;
  /** Shown under the label and read out with it. */
  about?: string;
  onChange: (checked: boolean) => Promise<unknown>;
}

/** An on/off setting, saved the moment it changes. */
export function Checkbox({ label, checked, about, onChange }: CheckboxProps) {
  const id = useId();
  return (
    <div className="check">
      <input
        id={id} type="checkbox" checked={checked} aria-describedby={about ? `${id}-about` : undefined}
        onChange={(event) => { void onChange(event.currentTarget.checked); }}
      />
      <label htmlFor={id}>{label}</label>
      {about && <p className="hint" id={`${id}-about`}>{about}</p>}
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  /** Each value, its name, and the language of that name where it is not the page's. */
  options: readonly (readonly [T, string, string?])[];
  onChange: (value: T) => Promise<unknown>;
}

/**
 * One of a few named values, saved the moment it changes. Under its label, across the whole row: a choice's name
 * ("When I next type or move the mouse") is longer than the column beside a label leaves, in every language.
 */
export function SelectField<T extends string>({ label, value, options, onChange }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      <div className="field-body">
        <select
          id={id} value={value}
          onChange={(event) => {
            const chosen = options.find(([option]) => option === event.currentTarget.value);
            if (chosen) void onChange(chosen[0]);
          }}
        >
          {options.map(([option, name, lang]) => <option key={option} value={option} lang={lang}>{name}</option>)}
        </select>
      </div>
    </div>
  );
}
