/** The files of data/entities/china/: one import and one entry per file (a test checks none is missing). */
import baidu from './baidu.json';
import bytedance from './bytedance.json';
import china from './china.json';
import chips from './chips.json';
import startups from './startups.json';
import tencent from './tencent.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/china/baidu.json': baidu,
  'data/entities/china/bytedance.json': bytedance,
  'data/entities/china/china.json': china,
  'data/entities/china/chips.json': chips,
  'data/entities/china/startups.json': startups,
  'data/entities/china/tencent.json': tencent,
};
