// Container of the setup: makes or restores the district root, or seeds the DEMO.
import type { ComponentChildren } from 'preact';
import { RootError, type CoordinatorApi, type RootProblem } from '../../storage/coordinator/coordinator-api';
import type { Translate } from '../i18n';
import { nowSeconds } from '../kit/now';
import { SetupScreen } from './setup-screen';
import { coordinatorApi } from './coordinator-storage';

/** Props of {@link SetupPanel}. */
export interface SetupPanelProps {
  t: Translate;
  back: ComponentChildren;
  demo: boolean;
  onDone(): Promise<void>;
}

// Turns storage's closed problem codes into the result the screen shows; anything else is a bug.
async function attempt(run: (api: CoordinatorApi) => Promise<unknown>, done: () => Promise<void>): Promise<RootProblem | undefined> {
  const api = await coordinatorApi();
  try {
    await run(api);
  } catch (e) {
    if (e instanceof RootError) return e.code;
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
      onCreate={(district, name, passphrase) => attempt((s) => s.createRoot(district, name, passphrase, nowSeconds()), onDone)}
      onRestore={(text, passphrase) => attempt((s) => s.restoreRoot(text, passphrase), onDone)}
      onDemo={async () => {
        // Only a demo build has the seeding code (and the DEMO keys in it); see vite.config.ts.
        if (!__BBPASS_DEMO__) return;
        await (await coordinatorApi()).seedDemo(nowSeconds());
        await onDone();
      }}
    />
  );
}
