// The DEMO names the screens show, in a module without imports, so a staff area's first screen
// can name them without loading the seeding code (core, Dexie). See coordinator/demo-seed.ts.
// checkPassphrase refuses it (repetition); the DEMO seed seals with it directly, bypassing the check,
// only because every DEMO key is public anyway (it derives from a published label).
/** The passphrase of every sealed DEMO key (public on purpose: the keys are public anyway). */
export const DEMO_PASSPHRASE = 'demo-demo';
/** The DEMO district the demo coordinator runs. */
export const DEMO_COORDINATOR_DISTRICT = 'demo-dachau';
/** Local id of the seeded DEMO office. */
export const DEMO_OFFICE_ID = 'demo-vhs-dachau';
