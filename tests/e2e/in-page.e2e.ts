/**
 * What a reader sees in a page, in each browser: marks by category that
 * leave the page untouched, a card that opens on a resting pointer and
 * behaves, switches that apply live, dynamic content, the keyboard command,
 * and frames. Tests wait on what the page shows (marks, the card's
 * data-state); the timing of hover (rest delay, grace period, sweeps) is
 * tested with a controlled clock in tests/utils/content/hover.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DriverPage } from './drivers/driver';
import { browsersUnderTest, useDriver } from './support/browsers';
import {
  cardState,
  highlights,
  markedTexts,
  openCardEntity,
  pageSnapshot,
  pointOf,
  restOn,
  setSettings,
  textOf,
  waitForCard,
  waitForMarks,
  waitForNoCard,
} from './support/newslens';

describe.each(browsersUnderTest())('%s', (name) => {
  const driver = useDriver(name);
  let page: DriverPage | undefined;
  afterEach(async () => {
    await setSettings(driver(), {});
    await page?.close();
    page = undefined;
  });

  async function demo(): Promise<DriverPage> {
    page = await driver().open('demo/article.html');
    await waitForMarks(page, 20);
    return page;
  }

  describe('marks', () => {
    it('marks the expected mentions on the demo article, by category', async () => {
      const h = await highlights(await demo());
      expect(h['newslens-person-underline']).toEqual(
        expect.arrayContaining(['Lin Junyang', 'Yu Bowen', 'Zhou Hao', 'Zhou Jingren', 'Hui Binyuan', '林俊旸']),
      );
      expect(h['newslens-company-underline']).toEqual(
        expect.arrayContaining(['Alibaba', 'Alibaba Cloud', 'ByteDance', 'Tencent', 'Meta', 'Volcano Engine', '阿里巴巴', '字节跳动']),
      );
      expect(h['newslens-product-underline']).toEqual(
        expect.arrayContaining(['Qwen', 'Qwen3.5', 'Qwen Code', 'PAI', 'Doubao', 'Cursor', '豆包']),
      );
      expect(h['newslens-lab-underline']).toEqual(expect.arrayContaining(['Tongyi Lab', 'Seed team', 'Google DeepMind', 'Qwen team']));
      expect(h['newslens-media-underline']).toEqual(expect.arrayContaining(['X', 'LatePost']));
    });

    it('leaves traps, the sidebar and the comment box alone', async () => {
      const p = await demo();
      expect(await p.evaluate(() => document.querySelector('aside')?.textContent ?? '')).toMatch(/Meta/);
      const inside = (selector: string) =>
        p.evaluate((sel) => {
          const box = document.querySelector(sel) as Element;
          let n = 0;
          for (const h of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values())
            for (const r of h) if (box.contains(r.startContainer)) n++;
          return n;
        }, selector);
      expect(await inside('aside')).toBe(0); // "seed funding", "move the cursor", the lone "Meta" heading
      expect(await inside('textarea')).toBe(0);
      expect((await markedTexts(p)).length).toBeGreaterThan(40);
    });

    it('changes neither the DOM nor the text of the page, even after a card opened and closed', async () => {
      const p = await demo();
      await restOn(p, 'Zhou Jingren');
      await waitForCard(p);
      await p.press('Escape');
      await waitForNoCard(p);
      // The same file parsed without any extension: the live page must match it exactly.
      const original = await p.evaluate(async () => {
        const doc = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
        return { html: doc.documentElement.outerHTML, text: doc.body.textContent };
      });
      const live = await pageSnapshot(p);
      expect(live.html).toBe(original.html);
      expect(live.text).toBe(original.text);
    });
  });

  describe('hover card', () => {
    it('opens for a real pointer resting on a mention, stays open inside, closes on Escape', async () => {
      const p = await demo();
      await restOn(p, 'Zhou Jingren');
      expect(await waitForCard(p)).toBe('zhou-jingren');
      expect(await textOf(p, '.nl-name', true)).toContain('Zhou Jingren');
      expect(
        await p.evaluate(() =>
          document.querySelector('newslens-card')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby'),
        ),
      ).toBe('nl-card-name');
      expect(await p.evaluate(() => document.activeElement === document.body)).toBe(true); // focus not stolen

      const box = await p.evaluate(() => {
        const card = (document.querySelector('newslens-card') as HTMLElement).shadowRoot?.querySelector('.nl-card') as Element;
        const r = card.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width };
      });
      // Into the card: the card sees the pointer inside it, so no close is pending and only the
      // reader can close it now. (Crossing the gap within the grace period: hover.test.ts.)
      await p.move(box.x + box.width / 2, box.y + 20);
      expect(await cardState(p)).toBe('open');
      expect(await openCardEntity(p)).toBe('zhou-jingren');

      await p.press('Escape');
      await waitForNoCard(p);
    });

    it('never blocks a click on the link under a mention', async () => {
      const p = await demo();
      const { x, y } = await pointOf(p, 'Alibaba Cloud', 'article a');
      await p.move(x - 40, y + 30);
      await p.move(x, y, 5);
      expect(await waitForCard(p)).toBe('alibaba-cloud');
      await p.clickAt(x, y);
      await expect.poll(() => p.evaluate(() => location.href.endsWith('#'))).toBe(true);
    });

    it('closes when the pointer leaves, and on a click elsewhere', async () => {
      const p = await demo();
      await restOn(p, 'Hui Binyuan');
      expect(await waitForCard(p)).toBe('hui-binyuan');
      await p.move(5, 790, 4);
      await waitForNoCard(p);
      await restOn(p, 'Hui Binyuan');
      await waitForCard(p);
      await p.clickAt(5, 790);
      await waitForNoCard(p);
    });
  });

  describe('switches apply live', () => {
    it('turning a category off removes its marks without a reload; the site switch removes all', async () => {
      const p = await demo();
      await setSettings(driver(), { categories: { person: false } });
      await expect.poll(async () => (await highlights(p))['newslens-person-underline'] ?? []).toEqual([]);
      expect((await highlights(p))['newslens-company-underline']?.length).toBeGreaterThan(5);
      await setSettings(driver(), { disabledSites: ['127.0.0.1'] });
      await expect.poll(async () => (await markedTexts(p)).length).toBe(0);
      await setSettings(driver(), {});
      await expect.poll(async () => (await markedTexts(p)).length).toBeGreaterThan(40);
    });

    it('switches the mark style', async () => {
      const p = await demo();
      await setSettings(driver(), { markStyle: 'tint' });
      await expect.poll(async () => Object.keys(await highlights(p)).filter((n) => n.endsWith('-tint')).length).toBe(5);
      expect(Object.keys(await highlights(p)).filter((n) => n.endsWith('-underline'))).toEqual([]);
    });
  });

  describe('dynamic pages', () => {
    it('marks text inserted after load and unmarks text that is removed', async () => {
      const p = await demo();
      await p.evaluate(() => {
        const para = document.createElement('p');
        para.id = 'late';
        para.append('Late news: Tencent and ', Object.assign(document.createElement('b'), { textContent: 'Volcano' }), ' Engine.');
        document.querySelector('article')?.append(para);
      });
      const count = (text: string) => async () => (await markedTexts(p)).filter((t) => t === text).length;
      // The article names each once; the new paragraph adds one of each.
      await expect.poll(count('Tencent')).toBe(2);
      await expect.poll(count('Volcano Engine')).toBe(2);
      await p.evaluate(() => document.getElementById('late')?.remove());
      await expect.poll(count('Tencent')).toBe(1);
      await expect.poll(count('Volcano Engine')).toBe(1);
    });

    it('follows a single-page app to its next story', async () => {
      page = await driver().open('tests/e2e/fixtures/spa.html');
      const p = page;
      await waitForMarks(p, 1);
      expect(await markedTexts(p)).toEqual(['Alibaba Cloud']);
      await p.click('#next');
      await expect.poll(() => markedTexts(p)).toEqual(['Tencent', 'ByteDance']);
    });
  });

  describe('keyboard and frames', () => {
    it('the next-mention command scrolls to the next mention and opens its card', async () => {
      const p = await demo();
      await driver().runCommand(p, 'next-mention');
      const first = await waitForCard(p);
      await driver().runCommand(p, 'next-mention');
      await expect.poll(() => openCardEntity(p)).not.toBe(first);
      expect(await p.evaluate(() => document.activeElement === document.body)).toBe(true);
    });

    it('runs in frames and opens the card in the frame of its mention', async () => {
      page = await driver().open('tests/e2e/fixtures/frames.html');
      const p = page;
      await waitForMarks(p, 1);
      const frame = await p.frame('frame-inner.html');
      await waitForMarks(frame, 1);
      const inFrame = await pointOf(frame, 'ByteDance', 'p', 2);
      const box = await p.evaluate(() => {
        const r = (document.querySelector('iframe') as Element).getBoundingClientRect();
        // The frame's content starts inside its 1px border.
        return { x: r.x + 1, y: r.y + 1 };
      });
      await p.move(box.x + inFrame.x - 30, box.y + inFrame.y + 20);
      await p.move(box.x + inFrame.x, box.y + inFrame.y, 5);
      expect(await waitForCard(frame)).toBe('bytedance');
      expect(await p.evaluate(() => document.querySelector('newslens-card'))).toBeNull();
    });
  });
});
