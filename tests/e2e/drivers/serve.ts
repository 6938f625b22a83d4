/** The local server both drivers start: the repository (or another folder) on 127.0.0.1. */
import { join } from 'node:path';
import type { ServeOptions } from '../../../scripts/lib/static-server';
import type { LaunchSettings } from './driver';

export const ROOT = join(import.meta.dirname, '../../..');

export const serveOptions = {
  root: ROOT,
  from(settings: LaunchSettings): ServeOptions {
    const headers = settings.headers;
    return {
      pages: settings.pages,
      headers: headers ? (req) => headers(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)) : undefined,
    };
  },
};
