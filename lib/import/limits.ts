/**
 * The largest import accepted: far above a year's schedule (hundreds of rows), small enough that
 * a preview is read, checked and shown in a few seconds. Larger files are refused with a message.
 */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 10_000;

/** A preview that has not been applied within this time must be made again. */
export const PREVIEW_TTL_MS = 24 * 60 * 60 * 1000;
