import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

// A review large enough that its import is stored packed (lib/db/record-store.ts) and that the
// dashboard opens on its saved first screen before it has read the whole review.

let s: Session;
beforeAll(async () => {
  s = await launch();
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

    // Reopen, recording every state the records view passes through.
    const reopened = await s.context.newPage();
    await reopened.addInitScript(() => {
      const seen: { busy: boolean; text: string; first: string }[] = [];
      (globalThis as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const view = document.querySelector('.records-view');
        if (!view) return;
        const busy = view.getAttribute('aria-busy') === 'true';
        const last = seen[seen.length - 1];
        if (last?.busy === busy) return;
        seen.push({ busy, text: document.querySelector('.counts')?.textContent ?? '', first: view.querySelector('.title-link')?.textContent ?? '' });
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await reopened.goto(dashboard.url().replace(/#.*$/, '#records'));
    await reopened.getByText(`${N} of ${N} records shown`).waitFor();
    const seen = await reopened.evaluate(() => (globalThis as unknown as { seen: { busy: boolean; text: string; first: string }[] }).seen);
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
  });
});
