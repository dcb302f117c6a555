import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** The word to type: the same in every language, and not typed by accident. */
const WORD = 'DEMO';

/** Texts of {@link DemoConfirm}, from the catalogue of the screen that asks. */
export interface DemoConfirmTexts {
  /** What demo mode means: public keys, nothing is proof. */
  readonly explain: string;
  /** Label of the field the word is typed into. */
  readonly word: string;
  readonly confirm: string;
  readonly cancel: string;
}

/** Props of {@link DemoConfirm}. */
export interface DemoConfirmProps {
  texts: DemoConfirmTexts;
  onConfirm(): void;
  onCancel(): void;
}

// Switching demo mode on makes a device trust keys anyone can sign with, so it is never one tap:
// the consequence is spelled out and the person types DEMO. Switching it off needs no question.
/** The confirmation before demo mode goes on: explains it and asks for the word DEMO. */
export function DemoConfirm({ texts, onConfirm, onCancel }: DemoConfirmProps) {
  const [typed, setTyped] = useState('');
  const ok = typed.trim().toUpperCase() === WORD;
  return (
    <div class="notice is-warning demo-confirm" role="group" aria-labelledby="demo-confirm-explain">
      <p id="demo-confirm-explain">{texts.explain}</p>
      <div class="field">
        <label for="demo-confirm-word">{texts.word}</label>
        <input id="demo-confirm-word" value={typed} autoComplete="off" autoCapitalize="characters" spellcheck={false} dir="ltr" onInput={(e) => setTyped(e.currentTarget.value)} data-testid="demo-confirm-word" />
      </div>
      <div class="actions">
        <button type="button" class="button danger" disabled={!ok} onClick={onConfirm} data-testid="demo-confirm">
          {texts.confirm}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {texts.cancel}
        </button>
      </div>
    </div>
  );
}

/** Props of {@link DemoSwitch}. */
export interface DemoSwitchProps {
  checked: boolean;
  disabled?: boolean;
  /** Class of the label (e.g. "check switch"). */
  labelClass: string;
  testId: string;
  texts: DemoConfirmTexts;
  /** Called with false at once, with true only after the confirmation. */
  onChange(on: boolean): void;
  children: ComponentChildren;
}

/** The demo-mode checkbox: off at once, on only through {@link DemoConfirm} (the box stays unticked until then). */
export function DemoSwitch({ checked, disabled, labelClass, testId, texts, onChange, children }: DemoSwitchProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <label class={labelClass}>
        <input
          type="checkbox"
          name="demoMode"
          checked={checked}
          disabled={disabled}
          onChange={(e) => {
            if (!e.currentTarget.checked) return onChange(false);
            e.currentTarget.checked = false;
            setAsking(true);
          }}
          data-testid={testId}
        />
        {children}
      </label>
      {asking && <DemoConfirm texts={texts} onConfirm={() => (setAsking(false), onChange(true))} onCancel={() => setAsking(false)} />}
    </>
  );
}
