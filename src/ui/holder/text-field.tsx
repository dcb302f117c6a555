import { describedBy, FieldNotes } from '../kit/field-notes';

/** Props of {@link TextField}. */
export interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  autoComplete: string;
  onInput(value: string): void;
}

/** A labelled text input with its hint and error, as the pass forms use it. */
export function TextField({ id, label, hint, value, error, autoComplete, onInput }: TextFieldProps) {
  const described = describedBy(id, hint, error);
  return (
    <div class={`field${error ? ' is-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      <input id={id} value={value} autoComplete={autoComplete} autoCapitalize="words" spellcheck={false} aria-invalid={error ? 'true' : undefined} aria-describedby={described} onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}
