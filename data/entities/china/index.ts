/** The files of data/entities/china/: one import and one entry per file (a test checks none is missing). */
import china from './china.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/china/china.json': china,
};
