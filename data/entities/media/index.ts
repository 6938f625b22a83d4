/** The files of data/entities/media/: one import and one entry per file (a test checks none is missing). */
import media from './media.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/media/media.json': media,
};
