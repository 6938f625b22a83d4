/** The files of data/entities/alibaba/: one import and one entry per file (a test checks none is missing). */
import alibaba from './alibaba.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/alibaba/alibaba.json': alibaba,
};
