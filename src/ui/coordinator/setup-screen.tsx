import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { checkPassphrase, MIN_PASSPHRASE, type PassphraseProblem } from '../../core/passphrase';
import { DEMO_PASSPHRASE, type RootProblem } from '../../storage/coordinator/coordinator-api';
import type { Translate } from '../i18n';
import { DemoConfirm } from '../kit/demo-confirm';
import { PassphraseField } from '../kit/passphrase-field';
import { FileInput } from '../kit/file-input';

/** Props of {@link SetupScreen}. */
export interface SetupScreenProps {
  t: Translate;
  back: ComponentChildren;
  demo: boolean;
  /** Resolves with a problem code, or undefined when the root was made. */
  onCreate(district: string, name: string, passphrase: string): Promise<RootProblem | undefined>;
  onRestore(fileText: string, passphrase: string): Promise<RootProblem | undefined>;
  onDemo(): Promise<void>;
}

type Problem = RootProblem | PassphraseProblem | 'mismatch' | 'no-file';
const WEAK: ReadonlySet<Problem> = new Set<PassphraseProblem>(['too-short', 'repetition', 'sequence', 'common', 'name']);

/** First start of the coordinator: a new district root, a restore from its backup, or the DEMO. */
export function SetupScreen({ t, back, demo, onCreate, onRestore, onDemo }: SetupScreenProps) {
  const [district, setDistrict] = useState('');
  const [name, setName] = useState('');
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [file, setFile] = useState<string>();
  const [restorePass, setRestorePass] = useState('');
  const [restoreProblem, setRestoreProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  const run = async (f: () => Promise<Problem | undefined>, set: (p: Problem | undefined) => void) => {
    if (busy) return;
    setBusy(true);
    try {
      set(await f());
    } finally {
      setBusy(false);
    }
  };
  const create = (e: Event) => {
    e.preventDefault();
    // The root admits every office: its passphrase must not be what a thief of the sealed key tries first.
    const weak = checkPassphrase(pass, 'root', [district, name]);
    if (weak) return setProblem(weak);
    if (pass !== repeat) return setProblem('mismatch');
    void run(() => onCreate(district.trim(), name, pass), setProblem);
  };
  const startDemo = () => void run(async () => (await onDemo(), undefined), () => undefined);
  const restore = (e: Event) => {
    e.preventDefault();
    if (file === undefined) return setRestoreProblem('no-file');
    void run(() => onRestore(file, restorePass), setRestoreProblem);
  };

  return (
    <section class="screen coordinator" aria-labelledby="setup-title">
      {back}
      <h1 id="setup-title">{t('coordinator.setup.title')}</h1>
      <p class="lead">{t('coordinator.setup.intro')}</p>
      <form class="form card" noValidate onSubmit={create} aria-labelledby="create-title">
        <h2 id="create-title">{t('coordinator.setup.createTitle')}</h2>
        <div class="field">
          <label for="root-district">{t('coordinator.setup.district')}</label>
          <p class="hint" id="root-district-hint">{t('coordinator.setup.districtHint')}</p>
          <input id="root-district" name="district" value={district} autoComplete="off" aria-describedby="root-district-hint" onInput={(e) => setDistrict(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="root-name">{t('coordinator.setup.name')}</label>
          <input id="root-name" name="district-name" value={name} autoComplete="organization" onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <PassphraseField id="root-pass" label={t('coordinator.passphrase')} value={pass} visible={visible} autoComplete="new-password" error={problem === 'too-short' ? t('coordinator.setup.tooShort', { n: MIN_PASSPHRASE.root }) : problem && WEAK.has(problem) ? t(`coordinator.problem.${problem}`) : undefined} onInput={setPass} />
        <PassphraseField id="root-repeat" label={t('coordinator.setup.repeat')} value={repeat} visible={visible} autoComplete="new-password" error={problem === 'mismatch' ? t('coordinator.setup.mismatch') : undefined} onInput={setRepeat} />
        <label class="check">
          <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.currentTarget.checked)} />
          <span>{t('coordinator.showPassphrase')}</span>
        </label>
        <p class="notice is-warning">{t('coordinator.setup.warning')}</p>
        {problem && !WEAK.has(problem) && problem !== 'mismatch' && (
          <p class="notice is-problem" role="alert">
            {t(`coordinator.problem.${problem}`)}
          </p>
        )}
        <button type="submit" class="button primary wide" disabled={busy}>
          {t('coordinator.setup.create')}
        </button>
      </form>
      <form class="form card" noValidate onSubmit={restore} aria-labelledby="restore-title">
        <h2 id="restore-title">{t('coordinator.setup.restoreTitle')}</h2>
        <FileInput t={t} look="field" label={t('coordinator.setup.backupFile')} name="root-backup" accept=".json,application/json" onText={setFile} />
        <PassphraseField id="restore-pass" label={t('coordinator.passphrase')} value={restorePass} visible={visible} autoComplete="current-password" onInput={setRestorePass} />
        {restoreProblem && (
          <p class="notice is-problem" role="alert">
            {t(`coordinator.problem.${restoreProblem}`)}
          </p>
        )}
        <button type="submit" class="button wide" disabled={busy}>
          {t('coordinator.setup.restore')}
        </button>
      </form>
      {/* A district build has no demo at all (see vite.config.ts). */}
      {__BBPASS_DEMO__ && (
        <div class="card demo-card">
          <h2>
            <span class="demo-tag">DEMO</span> {t('coordinator.demo.title')}
          </h2>
          <p>{t('coordinator.demo.intro')}</p>
          {demo && <p class="demo-badge">{t('coordinator.demo.on')}</p>}
          {/* Starting the demo switches demo mode on: that asks first, unless it is on already. */}
          <button type="button" class="button wide" disabled={busy || asking} data-testid="demo-start" onClick={() => (demo ? startDemo() : setAsking(true))}>
            {t('coordinator.demo.start', { passphrase: DEMO_PASSPHRASE })}
          </button>
          {asking && (
            <DemoConfirm
              texts={{ explain: t('coordinator.demo.confirm'), word: t('coordinator.demo.confirmWord'), confirm: t('coordinator.demo.confirmOn'), cancel: t('coordinator.demo.confirmCancel') }}
              onConfirm={() => (setAsking(false), startDemo())}
              onCancel={() => setAsking(false)}
            />
          )}
        </div>
      )}
    </section>
  );
}
