/** The files of data/entities/big-tech/: one import and one entry per file (a test checks none is missing). */
import bigTech from './big-tech.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/big-tech/big-tech.json': bigTech,
};
