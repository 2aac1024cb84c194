import { useId } from 'preact/hooks';

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  disabled?: boolean;
}

/** A labelled on/off switch: a button with role="switch", so screen readers say "on" / "off". */
export function Switch({ label, checked, onChange, hint, disabled = false }: SwitchProps) {
  const id = useId();
  return (
    <div class="setting-row">
      <span class="setting-text">
        <span id={`${id}-label`} class="setting-label">
          {label}
        </span>
        {hint && (
          <span id={`${id}-hint`} class="setting-hint">
            {hint}
          </span>
        )}
      </span>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
