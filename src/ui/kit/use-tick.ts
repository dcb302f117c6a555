import { useEffect, useState } from 'preact/hooks';

/** A number that goes up by one every `ms` milliseconds while the component is shown: a dependency that renews something (a card, a presentation) on a schedule. */
export function useTick(ms: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return tick;
}
