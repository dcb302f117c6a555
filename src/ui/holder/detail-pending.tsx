import type { ComponentChildren } from 'preact';

/** Props of {@link DetailPending}. */
export interface DetailPendingProps {
  /** The back link of the screen. */
  back: ComponentChildren;
  /** The loading line while the detail loads, or why it cannot be shown. */
  message: string;
  problem: boolean;
}

/** A detail screen that has nothing to show yet (loading) or cannot show it (missing, broken). */
export function DetailPending({ back, message, problem }: DetailPendingProps) {
  return (
    <section class="screen">
      {back}
      <p class={problem ? 'notice is-problem' : 'loading'} role={problem ? 'alert' : 'status'}>
        {message}
      </p>
    </section>
  );
}
