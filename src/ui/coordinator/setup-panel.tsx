// Container of the setup: makes or restores the district root, or seeds the DEMO.
import type { ComponentChildren } from 'preact';
import type { RootProblem } from '../../storage/coordinator/coordinator-roots';
import type { Translate } from '../i18n';
import { nowSeconds } from '../kit/now';
import { SetupScreen } from './setup-screen';

type Storage = typeof import('./coordinator-storage');

/** Props of {@link SetupPanel}. */
export interface SetupPanelProps {
  t: Translate;
  back: ComponentChildren;
  demo: boolean;
  onDone(): Promise<void>;
}

// Turns storage's closed problem codes into the result the screen shows; anything else is a bug.
async function attempt(run: (storage: Storage) => Promise<unknown>, done: () => Promise<void>): Promise<RootProblem | undefined> {
  const storage = await import('./coordinator-storage');
  try {
    await run(storage);
  } catch (e) {
    if (e instanceof storage.RootError) return e.code;
    throw e;
  }
  await done();
  return undefined;
}

/** Container for `#/coordinator/setup` (and the area's start while no root exists). */
export function SetupPanel({ t, back, demo, onDone }: SetupPanelProps) {
  // The database is made on first use, not to draw the setup: a device may have none yet.
  return (
    <SetupScreen
      t={t}
      back={back}
      demo={demo}
      onCreate={(district, name, passphrase) => attempt((s) => s.createRoot(s.appDb(), district, name, passphrase, nowSeconds()), onDone)}
      onRestore={(text, passphrase) => attempt((s) => s.restoreRoot(s.appDb(), text, passphrase), onDone)}
      onDemo={async () => {
        // Only a demo build has the seeding code (and the DEMO keys in it); see vite.config.ts.
        if (!__BBPASS_DEMO__) return;
        const [s, { seedDemo }] = await Promise.all([import('./coordinator-storage'), import('../../storage/coordinator/demo-seed')]);
        await seedDemo(s.appDb(), nowSeconds());
        await onDone();
      }}
    />
  );
}
