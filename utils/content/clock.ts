/**
 * When the content script started: imported first by the entrypoint, so
 * this line runs before any other module of the script. Cold start is timed
 * from here.
 */
export const SCRIPT_START = performance.now();
