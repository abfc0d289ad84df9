// What the background does when it starts (after a browser start or an update): a review whose
// saved first screen is missing or behind its data gets one made, so that the dashboard's next
// open shows its rows at once instead of waiting for the whole review to be read.
import { readFileSync } from 'node:fs';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, type Session } from './harness';

const ARTICLE_URL = 'https://pubmed.ncbi.nlm.nih.gov/33445566/';

/** The review ids that have a saved first screen, read from the extension's database. */
function savedScreens(worker: Worker): Promise<string[]> {
  return worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('saring');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('screens').objectStore('screens').getAllKeys();
          keys.onsuccess = () => {
            open.result.close();
            resolve(keys.result as string[]);
          };
        };
      }),
  );
}

/** Remove every saved first screen, as before the update that brought them. */
function dropScreens(worker: Worker): Promise<void> {
  return worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('saring');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('screens', 'readwrite');
          tx.objectStore('screens').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
}

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => s?.close());

describe('the background at start-up, in Chromium', () => {
  it('makes the missing first screen of a review without the dashboard being opened', async () => {
    s.serve(ARTICLE_URL, readFileSync(`${__dirname}/fixtures/pubmed-article.html`, 'utf8'));
    const article = await s.context.newPage();
    await article.goto(ARTICLE_URL);
    // The page's reading reached the background (as first-loop waits): the popup opens on the article.
    expect(await eventually(() => s.badge(article), 'the badge')).toBe('1');
    const popup = await s.openPopup(article);
    await popup.getByRole('button', { name: 'Include' }).click();
    await popup.getByText('Saved.').waitFor();
    await popup.close();
    await article.close();
    // Deciding makes one soon after (the ranking's warm-up); the test starts from none. Reading the
    // page and deciding each start a warm-up that saves one, and on a busy machine the second can
    // land after the first was dropped: dropped until none comes back within a second.
    await eventually(async () => (await savedScreens(s.worker)).length === 1, 'the first screen after deciding');
    await eventually(async () => {
      await dropScreens(s.worker);
      await new Promise((r) => setTimeout(r, 1_000));
      return (await savedScreens(s.worker)).length === 0;
    }, 'no first screen saved any more');
    expect(await savedScreens(s.worker)).toEqual([]);

    // The browser starts again on the same profile: a new worker, as after an update or a
    // restart, with nothing asked of it.
    await s.close(true);
    s = await launch({ profile: s.profile });
    const worker = s.worker;
    expect(await eventually(async () => (await savedScreens(worker)).length === 1, 'the first screen made at start-up', 20_000)).toBe(true);
  });
});
