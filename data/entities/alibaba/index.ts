/** The files of data/entities/alibaba/: one import and one entry per file (a test checks none is missing). */
import group from './group.json';
import people from './people.json';
import products from './products.json';

export const FILES: Readonly<Record<string, unknown>> = {
  'data/entities/alibaba/group.json': group,
  'data/entities/alibaba/products.json': products,
  'data/entities/alibaba/people.json': people,
};
