/** Props of {@link PassphraseField}. */
export interface PassphraseFieldProps {
  id: string;
  label: string;
  value: string;
  visible: boolean;
  autoComplete: 'new-password' | 'current-password';
  error?: string;
  onInput(value: string): void;
}

/** A password field whose text can be shown (typing blind on a phone is where passphrases go wrong). */
export function PassphraseField({ id, label, value, visible, autoComplete, error, onInput }: PassphraseFieldProps) {
  return (
    <div class={`field${error ? ' is-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <input
        id={id}
        type={visible ? 'text' : 'password'}
        value={value}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
