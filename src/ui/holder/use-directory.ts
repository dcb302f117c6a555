import { useEffect, useState } from 'preact/hooks';
import { loadDirectory, type DirectoryState } from './directory-data';

/** The directory's state, loading it on first use. */
export function useDirectory(): DirectoryState {
  const [state, setState] = useState<DirectoryState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadDirectory().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
