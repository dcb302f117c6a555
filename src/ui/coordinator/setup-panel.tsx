// Container of the setup: makes or restores the district root, or seeds the DEMO.
import type { ComponentChildren } from 'preact';
import { appDb } from '../../storage/app-db';
import { createRoot, restoreRoot, RootError, type RootProblem } from '../../storage/coordinator-roots';
import { seedDemo } from '../../storage/demo-seed';
import type { Translate } from '../i18n';
import { nowSeconds } from '../holder/api';
import { SetupScreen } from './setup-screen';

/** Props of {@link SetupPanel}. */
export interface SetupPanelProps {
  t: Translate;
  back: ComponentChildren;
  demo: boolean;
  onDone(): Promise<void>;
}

// Turns storage's closed problem codes into the result the screen shows; anything else is a bug.
async function attempt(run: () => Promise<unknown>, done: () => Promise<void>): Promise<RootProblem | undefined> {
  try {
    await run();
  } catch (e) {
    if (e instanceof RootError) return e.code;
    throw e;
  }
  await done();
  return undefined;
}

/** Container for `#/coordinator/setup` (and the area's start while no root exists). */
export function SetupPanel({ t, back, demo, onDone }: SetupPanelProps) {
  const db = appDb();
  return (
    <SetupScreen
      t={t}
      back={back}
      demo={demo}
      onCreate={(district, name, passphrase) => attempt(() => createRoot(db, district, name, passphrase, nowSeconds()), onDone)}
      onRestore={(text, passphrase) => attempt(() => restoreRoot(db, text, passphrase), onDone)}
      onDemo={async () => {
        await seedDemo(db, nowSeconds());
        await onDone();
      }}
    />
  );
}
