// @ts-check

/** The largest server action body of any form: Next's default of 1 MB. */
const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The import page's forms, which carry a file: above lib/import/limits.ts's 10 MB, so that a file
 * up to 20 MB still reaches the action whole and is refused with the import's own message.
 * next.config.js gives Next this limit; server/request-refusal.mjs holds every other page to 1 MB.
 */
const IMPORT_ACTION_BODY_LIMIT_BYTES = 21 * 1024 * 1024;

/** The staff import page and its batch pages, in either language. */
const IMPORT_PAGE_PATH = /^\/(?:ja|en)\/staff\/import(?:\/[^/]*)?\/?$/;

module.exports = { ACTION_BODY_LIMIT_BYTES, IMPORT_ACTION_BODY_LIMIT_BYTES, IMPORT_PAGE_PATH };
