// The one file input of the app. A file reaches the screen in one of two ways: read here as text
// (at most MAX_FILE_BYTES, the most any payload file may hold, so a wrong 2 GB pick is refused
// unread and a failed read is said, not swallowed), or handed over unread to code that reads it
// off the main thread or bounded itself (the verifier's file check, a photo decoder, the backup).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { MAX_FILE_BYTES } from '../../core';
import type { Translate } from '../i18n';

/** How the chosen file reaches the screen: its text (read here, bounded), or the files unread (several where `multiple`). */
export type FileReading = { onText(text: string, file: File): void; multiple?: never } | { onFiles(files: [File, ...File[]]): void; multiple?: boolean };

/** Props of {@link FileInput}. */
export type FileInputProps = FileReading & {
  t: Translate;
  /** The visible label; for a button look, the button's content. */
  label: ComponentChildren;
  accept: string;
  /** 'field': the browser's own input under a label; 'button' (or 'wide button'): our own button, whose words come from our catalogue. */
  look: 'field' | 'button' | 'wide button';
  name?: string;
  testId?: string;
  /** Ids of the elements that name and describe the input, where the label alone does not. */
  labelledBy?: string;
  describedBy?: string;
};

type Refusal = 'common.fileTooLarge' | 'common.fileUnreadable';

/** A labelled file input; choosing the same file again fires again (the input is cleared after each choice). */
export function FileInput(p: FileInputProps) {
  const [refusal, setRefusal] = useState<Refusal>();
  const onChange = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const [file, ...more] = [...(input.files ?? [])];
    input.value = '';
    setRefusal(undefined);
    if (!file) return;
    if ('onFiles' in p) return p.onFiles([file, ...more]);
    if (file.size > MAX_FILE_BYTES) return setRefusal('common.fileTooLarge');
    let text: string;
    try {
      text = await file.text();
    } catch {
      // The file went away or may not be read (a revoked permission): said below, nothing changed.
      return setRefusal('common.fileUnreadable');
    }
    p.onText(text, file);
  };
  const input = (
    <input
      type="file"
      class={p.look === 'field' ? undefined : 'visually-hidden'}
      name={p.name}
      accept={p.accept}
      multiple={p.multiple}
      data-testid={p.testId}
      aria-labelledby={p.labelledBy}
      aria-describedby={p.describedBy}
      onChange={onChange}
    />
  );
  return (
    <>
      {p.look === 'field' ? (
        <label class="field">
          <span>{p.label}</span>
          {input}
        </label>
      ) : (
        <label class={p.look === 'button' ? 'button file-button' : 'button wide file-button'}>
          {input}
          {p.label}
        </label>
      )}
      {refusal && (
        <p class="notice is-problem" role="alert">
          {p.t(refusal)}
        </p>
      )}
    </>
  );
}
