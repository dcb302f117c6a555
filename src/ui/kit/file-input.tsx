// The one file input of the app. A file reaches the screen in one of two ways: read here as text
// (at most MAX_FILE_BYTES, the most any payload file may hold, so a wrong 2 GB pick is refused
// unread and a failed read is said, not swallowed), or handed over unread to code that reads it
// its own way (the verifier's file check in a worker, with its own bound; the photo decoder;
// several count files in order; the holder's backup, read when the form is sent).
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

/** Why a chosen file was not read. */
export type FileRefusal = 'too-large' | 'unreadable';

const REFUSAL_KEYS = { 'too-large': 'common.fileTooLarge', unreadable: 'common.fileUnreadable' } as const satisfies Record<FileRefusal, string>;

/** Reads a chosen file as text if it holds at most MAX_FILE_BYTES; never throws. */
export async function readFileText(file: Blob): Promise<{ ok: true; text: string } | { ok: false; reason: FileRefusal }> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    // The file went away or may no longer be read (moved, a revoked permission): the reason says so.
    return { ok: false, reason: 'unreadable' };
  }
}

/** A labelled file input; choosing the same file again fires again (the input is cleared after each choice). */
export function FileInput(p: FileInputProps) {
  const [refusal, setRefusal] = useState<FileRefusal>();
  const onChange = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const [file, ...more] = [...(input.files ?? [])];
    input.value = '';
    setRefusal(undefined);
    if (!file) return;
    if ('onFiles' in p) return p.onFiles([file, ...more]);
    const read = await readFileText(file);
    if (read.ok) p.onText(read.text, file);
    else setRefusal(read.reason);
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
          {p.t(REFUSAL_KEYS[refusal])}
        </p>
      )}
    </>
  );
}
