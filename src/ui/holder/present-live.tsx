import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_PRESENTATION_MAX_AGE } from '../../core';
import type { HolderApi, PassSummary, PresentSetting } from '../../storage/holder/holder-api';
import type { Translate } from '../i18n';
import { nowSeconds } from '../kit/now';
import { shareOrDownload } from '../kit/download';
import { localToday } from '../kit/format';
import { useAsync } from '../kit/use-async';
import { useTick } from '../kit/use-tick';
import { PresentShow } from './present-show';

/** Frames per second the holder can choose; 5 suits most phone cameras, 1 a cheap phone that blurs. */
export const SPEEDS = [1, 2, 3, 5, 8, 10] as const;
const DEFAULT_SETTING: PresentSetting = { fps: 3, lowDensity: false };
// A remembered rate is snapped to the nearest offered speed.
const speedIndex = (fps: number) => SPEEDS.reduce((best, s, i) => (Math.abs(s - fps) < Math.abs(SPEEDS[best]! - fps) ? i : best), 0);
// A presentation is stale after 5 minutes; re-signing at half that keeps a scan in progress valid.
const RENEW_MS = (DEFAULT_PRESENTATION_MAX_AGE / 2) * 1000;

/** Props of {@link PresentLive}. */
export interface PresentLiveProps {
  t: Translate;
  api: HolderApi;
  pass: PassSummary;
  entryIds: readonly string[];
  onBack(): void;
}

/** Signs a presentation of the chosen entries and plays its frames: 1…seqLen, then ever new mixed frames. */
export function PresentLive({ t, api, pass, entryIds, onBack }: PresentLiveProps) {
  // The device's remembered choice, read once; until it arrives nothing is signed (no second signing).
  const remembered = useAsync(() => api.presentSetting(), [api]);
  const [chosen, setChosen] = useState<PresentSetting>();
  const setting = chosen ?? (remembered && remembered !== 'failed' ? remembered : remembered === 'failed' ? DEFAULT_SETTING : undefined);
  const [playing, setPlaying] = useState(true);
  const renewal = useTick(RENEW_MS);
  // The player starts at frame 1 for each new presentation; past seqLen the fountain encoder
  // mixes fragments, so a scanner that missed frames catches up.
  const lowDensity = setting?.lowDensity;
  const presented = useAsync(
    () => (lowDensity === undefined ? Promise.resolve(undefined) : api.present(pass.id, entryIds, nowSeconds(), lowDensity)),
    [api, pass.id, entryIds.join(), renewal, lowDensity],
  );
  useEffect(() => {
    if (chosen) void api.setPresentSetting(chosen).catch(() => undefined); // a setting not saved is chosen again next time
  }, [api, chosen]);
  const speed = speedIndex(setting?.fps ?? DEFAULT_SETTING.fps);
  const choose = (change: Partial<PresentSetting>) => setChosen({ ...(setting ?? DEFAULT_SETTING), ...change });

  const save = async () => {
    if (!presented || presented === 'failed') return;
    await shareOrDownload(`bildungspass-${localToday()}.txt`, presented.fileText, 'text/plain');
  };

  return (
    <PresentShow
      t={t}
      frames={presented}
      count={entryIds.length}
      fps={SPEEDS[speed]!}
      playing={playing}
      canSlower={speed > 0}
      canFaster={speed < SPEEDS.length - 1}
      lowDensity={setting?.lowDensity ?? false}
      onLowDensity={(on) => choose({ lowDensity: on })}
      onSlower={() => choose({ fps: SPEEDS[Math.max(0, speed - 1)]! })}
      onFaster={() => choose({ fps: SPEEDS[Math.min(SPEEDS.length - 1, speed + 1)]! })}
      onPlayPause={() => setPlaying(!playing)}
      onSave={() => void save()}
      onBack={onBack}
    />
  );
}
