// What the office's first screen needs from storage, behind one dynamic import: a device that
// was never set up draws the setup without downloading or starting Dexie.
export { appDb } from '../../storage/app-db';
export { restoreBackup } from '../../storage/office/office-backup';
export { loadOffice, setupOffice } from '../../storage/office/office-keys';
export { officeSettings } from '../../storage/office/office-log';
