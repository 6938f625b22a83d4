/** The files of data/entities/media/: one import and one entry per file (a test checks none is missing). */
import chinese from './chinese.json';
import english from './english.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/media/chinese.json': chinese,
  'data/entities/media/english.json': english,
};
