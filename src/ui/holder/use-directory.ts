import { useAsync } from '../kit/use-async';
import { loadDirectory, type DirectoryState } from './directory-data';

/** The directory's state, loading it on first use. */
export function useDirectory(): DirectoryState {
  const state = useAsync(() => loadDirectory(), []);
  // loadDirectory reports its own failures as a state; 'failed' only stands for one it did not foresee.
  return state === undefined ? { status: 'loading' } : state === 'failed' ? { status: 'failed' } : state;
}
