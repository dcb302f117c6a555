// The frame rate the verifier receives (issue 18, item 4), measured from arrivals: staff see
// whether the holder's phone shows its frames slower than the camera reads them.
import { useRef } from 'preact/hooks';

/** Arrivals the rate is measured over: recent enough to follow a change of speed. */
const WINDOW = 8;

/** Frames per second over arrival times in ms (oldest first), one decimal; undefined before two arrivals. */
export function frameRate(arrivals: readonly number[]): number | undefined {
  const recent = arrivals.slice(-WINDOW);
  if (recent.length < 2) return undefined;
  const span = recent[recent.length - 1]! - recent[0]!;
  return span > 0 ? Math.round(((recent.length - 1) * 10_000) / span) / 10 : undefined;
}

/** The receiving rate of a count that grows by one per new frame; a count back at 0 starts over. */
export function useFrameRate(received: number, now: () => number = () => performance.now()): number | undefined {
  const state = useRef({ count: 0, arrivals: [] as number[] });
  const s = state.current;
  if (received < s.count) s.arrivals = [];
  // Several frames noticed in one render arrived together: one arrival each, at the same time.
  for (let i = s.count; i < received; i++) s.arrivals = [...s.arrivals.slice(1 - WINDOW), now()];
  s.count = received;
  return frameRate(s.arrivals);
}
