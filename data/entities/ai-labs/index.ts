/** The files of data/entities/ai-labs/: one import and one entry per file (a test checks none is missing). */
import aiLabs from './ai-labs.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/ai-labs/ai-labs.json': aiLabs,
};
