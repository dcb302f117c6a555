import type { ComponentChildren } from 'preact';

/** Props of {@link FieldRow}. */
export interface FieldRowProps {
  label: string;
  children: ComponentChildren;
  /** Class of the value, e.g. 'mono' for key ids. */
  valueClass?: string;
  /** `data-testid` of the value, for tests that read it. */
  valueTestId?: string;
}

/** One label and its value inside a `dl.fields`. */
export function FieldRow({ label, children, valueClass, valueTestId }: FieldRowProps) {
  return (
    <div class="field-row">
      <dt>{label}</dt>
      <dd class={valueClass} data-testid={valueTestId}>
        {children}
      </dd>
    </div>
  );
}
