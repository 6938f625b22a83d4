/**
 * Chromium and Firefox side by side on the demo article: the same marks
 * (category, text, document order), the same entity ids with the same counts
 * in what each tab reports to its popup, and the same card for the same
 * hovered name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, DriverPage } from './drivers/driver';
import { browsersUnderTest, launchDriver } from './support/browsers';
import { marks, reportedCounts, restOn, waitForCard, waitForMarks } from './support/newslens';

const both = browsersUnderTest().length === 2;

describe.skipIf(!both)('Chromium and Firefox', () => {
  let chromium: BrowserDriver;
  let firefox: BrowserDriver;
  beforeAll(async () => {
    chromium = await launchDriver('chromium');
    firefox = await launchDriver('firefox');
  });
  afterAll(async () => {
    await chromium?.stop();
    await firefox?.stop();
  });

  async function demoIn(driver: BrowserDriver): Promise<DriverPage> {
    const page = await driver.open('demo/article.html');
    await waitForMarks(page, 20);
    return page;
  }

  it('mark the same mentions of the same entities on the demo article', async () => {
    const [c, f] = [await demoIn(chromium), await demoIn(firefox)];
    // The report is sent shortly after the last change; wait until each browser's report covers its marks.
    const settled = async (driver: BrowserDriver, page: DriverPage) => {
      const shown = (await marks(page)).length;
      await expect
        .poll(async () => Object.values(await reportedCounts(driver, page)).reduce((a, b) => a + b, 0), {
          message: `${driver.name}: report matches the marks`,
        })
        .toBe(shown);
      return reportedCounts(driver, page);
    };
    const [inChromium, inFirefox] = [await settled(chromium, c), await settled(firefox, f)];
    expect(Object.keys(inChromium).length).toBeGreaterThan(20);
    expect(inFirefox).toEqual(inChromium);
    expect(await marks(f)).toEqual(await marks(c));
    await c.close();
    await f.close();
  });

  it('open the same card for the same hovered name', async () => {
    for (const name of ['Zhou Jingren', 'Tongyi Lab', 'Seed team']) {
      const cards: string[] = [];
      for (const driver of [chromium, firefox]) {
        const page = await demoIn(driver);
        await restOn(page, name);
        cards.push(await waitForCard(page));
        await page.close();
      }
      expect(cards[1], name).toBe(cards[0]);
    }
  });
});
