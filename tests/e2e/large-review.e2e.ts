import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session, rowControls } from './harness';

// A review large enough that its import is stored packed (lib/db/record-store.ts) and that the
// dashboard opens on its saved first screen before it has read the whole review — also after
// screening on a site, when the saved screen catches up on the records that changed.

const SCHOLAR = 'https://scholar.google.com/scholar?hl=en&q=pijat+oksitosin+produksi+ASI';

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.serve(SCHOLAR, readFileSync(`${__dirname}/fixtures/scholar-oxytocin.html`, 'utf8'));
});
afterAll(async () => s?.close());

const N = 450;

function risFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'saring-large-'));
  const records = Array.from(
    { length: N },
    (_, i) =>
      `TY  - JOUR\r\nTI  - Oxytocin massage study ${i + 1} of breast milk volume\r\nAU  - Author${i}, A\r\nPY  - 2021\r\nDO  - 10.5555/large.${i}\r\nAB  - Postpartum mothers received massage.\r\nER  - \r\n`,
  );
  const file = join(dir, 'large.ris');
  writeFileSync(file, records.join('\r\n'));
  return file;
}

describe('a large review in Chromium', () => {
  it('imports packed records, and reopens on its saved first screen with the right counts before the full table', async () => {
    const dashboard = await s.openDashboard();
    await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
    await dashboard.locator('input[type=file]').setInputFiles(risFile());
    await dashboard.getByRole('button', { name: `Import ${N} records` }).click();
    await dashboard.getByText(`Imported: ${N} records read, ${N} new, 0 merged`, { exact: false }).waitFor();
    await dashboard.getByText(`○ Undecided: ${N}`).waitFor();
    await dashboard.getByRole('button', { name: 'Records', exact: true }).click();
    await dashboard.getByText(`${N} of ${N} records shown`).waitFor();
    // Decide the third row: the first screen saved by the next full read shows it first.
    const row = dashboard.locator('.records-table .tbody .tr').nth(2);
    const decided = (await row.locator('.title-link').innerText()).trim();
    await row.locator('input[type=checkbox]').check();
    await dashboard.getByRole('button', { name: 'Mark Include', exact: true }).click();
    await dashboard.getByText('✓ Include: 1').waitFor();

    const reopened = await s.context.newPage();
    const seen = await reopen(reopened, dashboard.url());
    expect(seen[0]).toMatchObject({ busy: true, first: decided });
    expect(seen[0].text).toContain('Include: 1');
    expect(seen[0].text).toContain(`Undecided: ${N - 1}`);
    expect(seen.at(-1)).toMatchObject({ busy: false, first: decided });
    // The import was stored packed: the records are in packs, not rows (the decided one stays packed too).
    const stored = await reopened.evaluate(
      () =>
        new Promise<{ packs: number; rows: number }>((resolve, reject) => {
          const open = indexedDB.open('saring');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['packs', 'records']);
            const packs = tx.objectStore('packs').count();
            const rows = tx.objectStore('records').count();
            tx.oncomplete = () => resolve({ packs: packs.result, rows: rows.result });
          };
        }),
    );
    expect(stored.rows).toBe(0);
    expect(stored.packs).toBeGreaterThanOrEqual(Math.ceil(N / 100));
    await reopened.close();
    await dashboard.close();

    // Screening on Google Scholar with the dashboard closed: its three results are recorded and
    // the first is included. The saved first screen catches up: the new decision on top, at once.
    const scholar = await s.context.newPage();
    await scholar.goto(SCHOLAR);
    await rowControls(scholar, 3, 'three row controls');
    await scholar.locator('saring-row').first().getByRole('button', { name: 'Include' }).click();
    await scholar.locator('saring-row').first().getByText('✓ Include', { exact: false }).last().waitFor();
    await scholar.close();
    const after = await s.context.newPage();
    const caughtUp = await reopen(after, dashboard.url(), N + 3);
    expect(caughtUp[0]).toMatchObject({ busy: true, first: caughtUp.at(-1)?.first });
    expect(caughtUp[0].first).not.toBe(decided);
    expect(caughtUp[0].text).toContain('Include: 2');
    expect(caughtUp[0].text).toContain(`Undecided: ${N + 1}`);
    await after.close();
  });
});

type Seen = { busy: boolean; text: string; first: string }[];

/** Open the dashboard's records on `page`, recording each state the records view passes through, until the full table of `total` shows. */
async function reopen(page: import('playwright-core').Page, dashboardUrl: string, total = N): Promise<Seen> {
  await page.addInitScript(() => {
    const seen: Seen = [];
    (globalThis as unknown as { seen: Seen }).seen = seen;
    new MutationObserver(() => {
      const view = document.querySelector('.records-view');
      if (!view) return;
      const busy = view.getAttribute('aria-busy') === 'true';
      const last = seen[seen.length - 1];
      if (last?.busy === busy) return;
      seen.push({ busy, text: document.querySelector('.counts')?.textContent ?? '', first: view.querySelector('.title-link')?.textContent ?? '' });
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(dashboardUrl.replace(/#.*$/, '#records'));
  await page.getByText(`${total} of ${total} records shown`).waitFor();
  return page.evaluate(() => (globalThis as unknown as { seen: Seen }).seen);
}
