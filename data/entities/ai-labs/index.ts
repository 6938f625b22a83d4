/** The files of data/entities/ai-labs/: one import and one entry per file (a test checks none is missing). */
import anthropic from './anthropic.json';
import google from './google.json';
import metaAi from './meta-ai.json';
import openai from './openai.json';
import openSource from './open-source.json';
import people from './people.json';
import startups from './startups.json';
import xai from './xai.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/ai-labs/anthropic.json': anthropic,
  'data/entities/ai-labs/google.json': google,
  'data/entities/ai-labs/meta-ai.json': metaAi,
  'data/entities/ai-labs/open-source.json': openSource,
  'data/entities/ai-labs/openai.json': openai,
  'data/entities/ai-labs/people.json': people,
  'data/entities/ai-labs/startups.json': startups,
  'data/entities/ai-labs/xai.json': xai,
};
