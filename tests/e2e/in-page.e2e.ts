/**
 * What a reader sees in a page: marks that leave the page untouched, a card
 * that opens on a resting pointer and behaves, switches that apply live,
 * dynamic content, the keyboard command, and frames. Tests wait on what the
 * page shows (marks, the card's data-state); the timing of hover (rest delay,
 * grace period, sweeps) is tested with a controlled clock in
 * tests/utils/content/hover.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cardState, highlights, markedTexts, openCardEntity, pageSnapshot, pointOf, waitForCard, waitForMarks } from './support/page';
import { type Session, startSession } from './support/session';

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});
afterEach(async () => {
  await session.setSettings({});
  await page?.close();
});

async function demo(): Promise<Page> {
  page = await session.open('demo/article.html');
  await waitForMarks(page, 20);
  return page;
}

/** Moves the pointer onto `text` the way a person would: from nearby, in a few steps, then rests. */
async function restOn(p: Page, text: string, selector = 'article'): Promise<void> {
  const { x, y } = await pointOf(p, text, selector);
  await p.mouse.move(x - 60, y + 40);
  await p.mouse.move(x, y, { steps: 5 });
}

describe('marks', () => {
  it('marks the expected mentions on the demo article, by category', async () => {
    const p = await demo();
    const h = await highlights(p);
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

  it('leaves traps, the sidebar, the comment box and the page text alone', async () => {
    const p = await demo();
    const marked = await markedTexts(p);
    const sidebar = await p.evaluate(() => document.querySelector('aside')?.textContent ?? '');
    expect(sidebar).toMatch(/Meta/);
    const asideMarks = await p.evaluate(() => {
      const aside = document.querySelector('aside') as Element;
      let n = 0;
      for (const h of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values())
        for (const r of h) if (aside.contains(r.startContainer)) n++;
      return n;
    });
    expect(asideMarks).toBe(0); // "seed funding", "move the cursor", the lone "Meta" heading
    const commentMarks = await p.evaluate(() => {
      const box = document.querySelector('textarea') as Element;
      let n = 0;
      for (const h of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values())
        for (const r of h) if (box.contains(r.startContainer)) n++;
      return n;
    });
    expect(commentMarks).toBe(0);
    expect(marked.length).toBeGreaterThan(40);
  });

  it('changes neither the DOM nor the text of the page, even after a card opened and closed', async () => {
    const p = await demo();
    await restOn(p, 'Zhou Jingren');
    await waitForCard(p);
    await p.keyboard.press('Escape');
    await expect.poll(() => p.evaluate(() => document.querySelector('newslens-card') === null)).toBe(true);
    // The same file parsed without any extension: the live page must match it exactly.
    const original = await p.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return { html: doc.documentElement.outerHTML, text: doc.body.textContent };
    });
    const live = await pageSnapshot(p);
    expect(live.html).toBe(original.html);
    expect(await p.evaluate(() => document.body.textContent)).toBe(original.text);
  });
});

describe('hover card', () => {
  it('opens for a real pointer resting on a mention, stays open inside, closes on Escape', async () => {
    const p = await demo();
    await restOn(p, 'Zhou Jingren');
    expect(await waitForCard(p)).toBe('zhou-jingren');
    const card = p.locator('newslens-card .nl-card');
    await expect.poll(() => card.locator('.nl-name').textContent()).toContain('Zhou Jingren');
    expect(await p.locator('newslens-card [role="dialog"]').getAttribute('aria-labelledby')).toBe('nl-card-name');
    expect(await p.evaluate(() => document.activeElement === document.body)).toBe(true); // focus not stolen

    const box = await card.boundingBox();
    if (!box) throw new Error('card has no box');
    // Into the card: the card sees the pointer inside it, so no close is pending and only the
    // reader can close it now. (Crossing the gap within the grace period: hover.test.ts.)
    await p.mouse.move(box.x + box.width / 2, box.y + 20);
    expect(await cardState(p)).toBe('open');
    expect(await openCardEntity(p)).toBe('zhou-jingren');

    await p.keyboard.press('Escape');
    await expect.poll(() => p.evaluate(() => document.querySelector('newslens-card') === null)).toBe(true);
  });

  it('never blocks a click on the link under a mention', async () => {
    const p = await demo();
    const { x, y } = await pointOf(p, 'Alibaba Cloud', 'article a');
    await p.mouse.move(x - 40, y + 30);
    await p.mouse.move(x, y, { steps: 5 });
    expect(await waitForCard(p)).toBe('alibaba-cloud');
    await p.mouse.click(x, y);
    await expect.poll(() => p.evaluate(() => location.href.endsWith('#'))).toBe(true);
  });

  it('closes when the pointer leaves, and on a click elsewhere', async () => {
    const p = await demo();
    await restOn(p, 'Hui Binyuan');
    expect(await waitForCard(p)).toBe('hui-binyuan');
    await p.mouse.move(5, 790, { steps: 4 });
    await expect.poll(() => openCardEntity(p)).toBeNull();
    await restOn(p, 'Hui Binyuan');
    await waitForCard(p);
    await p.mouse.click(5, 790);
    await expect.poll(() => openCardEntity(p)).toBeNull();
  });
});

describe('switches apply live', () => {
  it('turning a category off removes its marks without a reload; the site switch removes all', async () => {
    const p = await demo();
    await session.setSettings({ categories: { person: false } });
    await expect.poll(async () => (await highlights(p))['newslens-person-underline'] ?? []).toEqual([]);
    expect((await highlights(p))['newslens-company-underline']?.length).toBeGreaterThan(5);
    await session.setSettings({ disabledSites: ['127.0.0.1'] });
    await expect.poll(async () => (await markedTexts(p)).length).toBe(0);
    await session.setSettings({});
    await expect.poll(async () => (await markedTexts(p)).length).toBeGreaterThan(40);
  });

  it('switches the mark style', async () => {
    const p = await demo();
    await session.setSettings({ markStyle: 'tint' });
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
    page = await session.open('tests/e2e/fixtures/spa.html');
    await waitForMarks(page, 1);
    expect(await markedTexts(page)).toEqual(['Alibaba Cloud']);
    await page.click('#next');
    await expect.poll(() => markedTexts(page)).toEqual(['Tencent', 'ByteDance']);
  });
});

describe('keyboard and frames', () => {
  it('the next-mention command scrolls to the next mention and opens its card', async () => {
    const p = await demo();
    const tab = await session.tabId(p);
    await session.send(tab, { type: 'next-mention' });
    await expect.poll(() => openCardEntity(p)).not.toBeNull();
    const first = await openCardEntity(p);
    await session.send(tab, { type: 'next-mention' });
    await expect.poll(() => openCardEntity(p)).not.toBe(first);
    expect(await p.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('runs in frames and opens the card in the frame of its mention', async () => {
    page = await session.open('tests/e2e/fixtures/frames.html');
    await waitForMarks(page, 1);
    const frame = page.frames().find((f) => f.url().endsWith('frame-inner.html'));
    if (!frame) throw new Error('no inner frame');
    await frame.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.size > 0);
    const point = await frame.evaluate(() => {
      const t = document.querySelector('p')?.firstChild as Text;
      const i = (t.nodeValue ?? '').indexOf('ByteDance');
      const r = document.createRange();
      r.setStart(t, i + 2);
      r.setEnd(t, i + 3);
      const rect = r.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    const box = await (await page.$('iframe'))?.boundingBox();
    if (!box) throw new Error('no frame box');
    await page.mouse.move(box.x + point.x - 30, box.y + point.y + 20);
    await page.mouse.move(box.x + point.x, box.y + point.y, { steps: 5 });
    expect(await waitForCard(frame)).toBe('bytedance');
    expect(await page.evaluate(() => document.querySelector('newslens-card'))).toBeNull();
  });
});
