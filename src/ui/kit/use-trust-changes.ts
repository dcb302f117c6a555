// Screens that show or use the trust lists in force read them again when they change: a newer
// list fetched in the background (storage/trust-refresh.ts) or imported in another area.
import { useEffect, useState } from 'preact/hooks';
import { appTrust } from '../../storage/app-db';

/** A number that goes up whenever the trust lists in force change; put it in a useAsync's inputs. */
export function useTrustChanges(): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => appTrust().onChange(() => setGeneration((g) => g + 1)), []);
  return generation;
}
