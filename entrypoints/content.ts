import { defineContentScript } from 'wxt/utils/define-content-script';
import '@/utils/content/highlights.css';
import { startController } from '@/utils/content/controller';
import { currentDataset, watchDataset } from '@/utils/packs/dataset';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    await startController({
      window,
      signal: ctx.signal,
      dataset: currentDataset,
      watchDataset,
      onLocationChange: (callback) => ctx.addEventListener(window, 'wxt:locationchange', callback),
    });
  },
});
