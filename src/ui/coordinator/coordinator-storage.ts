// What the coordinator's first screens (setup, unlock) need from storage, behind one dynamic
// import: a device without a district root draws the setup without downloading Dexie or core.
export { appDb } from '../../storage/app-db';
export { coordinatorLockMinutes, createRoot, listRoots, restoreRoot, RootError, saveCoordinatorLockMinutes, unlockRoot } from '../../storage/coordinator/coordinator-roots';
export { readDemoMode } from '../../storage/demo-mode';
