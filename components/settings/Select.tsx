import { useId } from 'preact/hooks';

interface SelectProps<V extends string> {
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
  hint?: string;
}

/** A labelled native select. A value missing from the options (an older or hand-edited setting) stays shown. */
export function Select<V extends string>({ label, value, options, onChange, hint }: SelectProps<V>) {
  const id = useId();
  const shown = options.some((option) => option.value === value)
    ? options
    : [{ value, label: value }, ...options];
  return (
    <div class="setting-row">
      <span class="setting-text">
        <label for={id} class="setting-label">
          {label}
        </label>
        {hint && (
          <span id={`${id}-hint`} class="setting-hint">
            {hint}
          </span>
        )}
      </span>
      <select
        id={id}
        class="select"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.value as V)}
      >
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
