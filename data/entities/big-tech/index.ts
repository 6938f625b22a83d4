/** The files of data/entities/big-tech/: one import and one entry per file (a test checks none is missing). */
import amazon from './amazon.json';
import apple from './apple.json';
import capital from './capital.json';
import chips from './chips.json';
import google from './google.json';
import meta from './meta.json';
import microsoft from './microsoft.json';
import musk from './musk.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/big-tech/amazon.json': amazon,
  'data/entities/big-tech/apple.json': apple,
  'data/entities/big-tech/capital.json': capital,
  'data/entities/big-tech/chips.json': chips,
  'data/entities/big-tech/google.json': google,
  'data/entities/big-tech/meta.json': meta,
  'data/entities/big-tech/microsoft.json': microsoft,
  'data/entities/big-tech/musk.json': musk,
};
