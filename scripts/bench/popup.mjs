// popup_open_ms and the floor it stands on, for npm run bench.
// The floor is an extension page that runs one tiny script and marks after the next frame, as
// the popup's mark does (Preact's useEffect): what Chromium itself takes here to open an
// extension page in that tab, which no change to Saring can remove. Both pages are opened in
// turns in the same tab, so that a busy moment of the machine costs both alike.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of the built extension with the floor page added (the shipped build is left alone). */
export function withFloorPage(extensionDir) {
  const dir = mkdtempSync(join(tmpdir(), 'saring-bench-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(join(dir, 'floor.html'), '<!doctype html><meta charset="utf-8"><title>floor</title><p>floor</p><script src="/floor.js"></script>');
  writeFileSync(join(dir, 'floor.js'), "requestAnimationFrame(() => setTimeout(() => performance.mark('saring:article-shown')));");
  return dir;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Medians of open → mark for the popup (on the article tab `tabId`) and for the floor page. */
export async function popupOpenMs(context, extensionId, tabId, rounds = 21) {
  const page = await context.newPage();
  const samples = { popup: [], floor: [] };
  for (let i = 0; i < rounds; i++) {
    for (const [name, path] of [
      ['popup', `popup.html?tab=${tabId}`],
      ['floor', 'floor.html'],
    ]) {
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForFunction(() => performance.getEntriesByName('saring:article-shown').length > 0);
      const ms = await page.evaluate(() => performance.getEntriesByName('saring:article-shown')[0].startTime);
      if (i > 0) samples[name].push(ms); // the first round warms the service worker
    }
  }
  await page.close();
  return { popup: median(samples.popup), floor: median(samples.floor), runs: rounds - 1 };
}
