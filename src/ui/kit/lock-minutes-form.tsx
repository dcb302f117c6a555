import { useEffect, useState } from 'preact/hooks';
import { LOCK_MINUTES_RANGE } from '../../storage/lock-setting';

/** Props of {@link LockMinutesForm}; texts come from the area's catalogue. */
export interface LockMinutesFormProps {
  title: string;
  /** Label, given the allowed range. */
  label(min: number, max: number): string;
  save: string;
  saved: string;
  load(): Promise<number>;
  /** Stores the minutes; resolves with what was stored (clamped). */
  store(minutes: number): Promise<number>;
  /** The running session takes the new timeout at once. */
  apply(minutes: number): void;
}

/** The idle-lock setting of a staff area: minutes without input before the unlocked key is forgotten. */
export function LockMinutesForm(p: LockMinutesFormProps) {
  const [minutes, setMinutes] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => void p.load().then((m) => setMinutes(String(m))), []);
  const submit = async (e: Event) => {
    e.preventDefault();
    const m = await p.store(Number(minutes));
    setMinutes(String(m));
    p.apply(m);
    setSaved(true);
  };
  return (
    <form class="form" noValidate onSubmit={submit} aria-labelledby="lock-title">
      <h2 id="lock-title">{p.title}</h2>
      <div class="field">
        <label for="lock-minutes">{p.label(LOCK_MINUTES_RANGE[0], LOCK_MINUTES_RANGE[1])}</label>
        <input id="lock-minutes" type="number" inputMode="numeric" min={LOCK_MINUTES_RANGE[0]} max={LOCK_MINUTES_RANGE[1]} value={minutes} onInput={(e) => (setMinutes(e.currentTarget.value), setSaved(false))} />
      </div>
      {saved && <p class="notice" role="status">{p.saved}</p>}
      <button type="submit" class="button">
        {p.save}
      </button>
    </form>
  );
}
