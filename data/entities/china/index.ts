/** The files of data/entities/china/: one import and one entry per file (a test checks none is missing). */
import baidu from './baidu.json';
import bytedance from './bytedance.json';
import chips from './chips.json';
import consumer from './consumer.json';
import more from './more.json';
import robotics from './robotics.json';
import startups from './startups.json';
import tencent from './tencent.json';
import vision from './vision.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/china/baidu.json': baidu,
  'data/entities/china/bytedance.json': bytedance,
  'data/entities/china/chips.json': chips,
  'data/entities/china/consumer.json': consumer,
  'data/entities/china/more.json': more,
  'data/entities/china/robotics.json': robotics,
  'data/entities/china/startups.json': startups,
  'data/entities/china/tencent.json': tencent,
  'data/entities/china/vision.json': vision,
};
