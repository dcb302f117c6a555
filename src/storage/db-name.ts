// A module of its own so the shell can ask whether the database exists without loading Dexie.
/** The database name. */
export const DB_NAME = 'bbpass';
