import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, type Session } from './harness';
import { startCouch, teamDatabase, type TestCouch } from '../sync/couch-server';

// Two reviewers, two browser profiles, one CouchDB-protocol server on 127.0.0.1 (PouchDB
// Server, started here): a dual-blind review screened by both, its conflicts resolved, and
// the same final decisions and PRISMA numbers on both machines.

const TITLES = Array.from({ length: 10 }, (_, i) => `Oxytocin massage trial number ${i + 1} in postpartum mothers`);
// Ani's and Budi's verdicts per record: they disagree on records 3 and 7.
const ANI = ['include', 'include', 'include', 'exclude', 'exclude', 'exclude', 'exclude', 'maybe', 'include', 'exclude'] as const;
const BUDI = ['include', 'include', 'exclude', 'exclude', 'exclude', 'exclude', 'include', 'maybe', 'include', 'exclude'] as const;

function risFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'saring-team-'));
  const body = TITLES.map(
    (title, i) => `TY  - JOUR\r\nTI  - ${title}\r\nAU  - Author${i + 1}, A\r\nPY  - 2021\r\nDO  - 10.1000/team.${i + 1}\r\nJO  - Jurnal Kebidanan\r\nER  - \r\n`,
  ).join('\r\n');
  const file = join(dir, 'scopus-team.ris');
  writeFileSync(file, body);
  return file;
}

let couch: TestCouch;
let ani: Session;
let budi: Session;
beforeAll(async () => {
  couch = await startCouch();
  await teamDatabase(couch, 'pijat-team', [
    ['ani', 'ani-pw'],
    ['budi', 'budi-pw'],
  ]);
  [ani, budi] = await Promise.all([launch(), launch()]);
  for (const s of [ani, budi]) s.allowLoopback(couch.url);
}, 60_000);
afterAll(async () => {
  await Promise.all([ani?.close(), budi?.close()]);
  await couch?.dispose();
});

const tab = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

async function setUp(session: Session, name: string): Promise<Page> {
  const page = await session.openDashboard();
  await tab(page, 'Settings');
  await page.getByLabel('Your name (as the team knows you)').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved.').first().waitFor();
  return page;
}

async function connect(session: Session, page: Page, user: string, password: string) {
  await session.grantOrigin('http://127.0.0.1/*');
  await tab(page, 'Settings');
  await page.getByLabel('Server address').fill(couch.url);
  await page.getByLabel('Database', { exact: true }).fill('pijat-team');
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.locator('.sync-status.sync-synced').waitFor({ timeout: 20_000 });
}

/** Decide every record as `verdicts` says, in the records table (bulk, one verdict at a time). */
async function screen(page: Page, verdicts: readonly string[]) {
  await tab(page, 'Records');
  for (const verdict of ['include', 'exclude', 'maybe']) {
    const rows = TITLES.filter((_, i) => verdicts[i] === verdict);
    for (const title of rows) await page.locator('.records-table .tr', { hasText: title }).locator('input[type=checkbox]').check();
    if (verdict === 'exclude') await page.locator('.bulk select[aria-label="Exclusion reason"]').selectOption('wrong population');
    const label = { include: 'Include', exclude: 'Exclude', maybe: 'Maybe' }[verdict];
    await page.getByRole('button', { name: `Mark ${label}`, exact: true }).click();
    await page.getByText(`${rows.length} ${rows.length === 1 ? 'record' : 'records'} marked ${label}`, { exact: false }).waitFor();
  }
}

/** Decision events stored in this profile's database, read in its service worker. */
async function decisionsStored(session: Session): Promise<number> {
  return session.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('saring');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => resolve((all.result as { kind: string }[]).filter((e) => e.kind === 'decision').length);
        };
      }),
  );
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('two reviewers screening one review through a CouchDB server', () => {
  it('screen blind, see conflicts once both decided, resolve them, and end with the same decisions and PRISMA', async () => {
    // Ani sets the review up: dual-blind, ten records from a Scopus file, then connects.
    const a = await setUp(ani, 'Ani');
    await tab(a, 'Protocol');
    await a.getByLabel('Screening mode').selectOption('dual-blind');
    await a.getByRole('button', { name: 'Save protocol' }).click();
    await tab(a, 'Import');
    await a.locator('input[type=file]').setInputFiles(risFile());
    await a.getByRole('button', { name: 'Import 10 records' }).click();
    await a.getByText('Imported: 10 records read, 10 new', { exact: false }).waitFor();
    await connect(ani, a, 'ani', 'ani-pw');

    // Budi connects and receives the review: it becomes his active review.
    const b = await setUp(budi, 'Budi');
    await connect(budi, b, 'budi', 'budi-pw');
    await b.getByText('○ Undecided: 10').waitFor({ timeout: 20_000 });

    // Ani screens; her decisions reach Budi's machine, but Budi sees none of them.
    await screen(a, ANI);
    await eventually(async () => (await decisionsStored(budi)) === 10, 'Ani’s decisions on Budi’s machine', 20_000);
    await tab(b, 'Records');
    await b.getByText('○ Undecided: 10').waitFor();
    expect(await b.locator('.records-table .tbody .c-decision').allInnerTexts()).toEqual(Array(10).fill(expect.stringMatching(/^(○ .*)?$/)));
    await tab(b, 'Conflicts');
    await b.getByText('No record where the reviewers disagree.').waitFor();

    // Budi screens: now both decided, the two disagreements appear on both machines.
    await screen(b, BUDI);
    await tab(b, 'Conflicts');
    await b.getByRole('heading', { name: 'Conflicts (2)' }).waitFor({ timeout: 20_000 });
    await tab(a, 'Conflicts');
    await a.getByRole('heading', { name: 'Conflicts (2)' }).waitFor({ timeout: 20_000 });

    // Kappa as worked out by hand: po = 8/10; Ani 4 I, 5 E, 1 M; Budi 4 I, 5 E, 1 M;
    // pe = (4·4 + 5·5 + 1·1)/100 = 0.42; kappa = (0.8 − 0.42)/(1 − 0.42) = 0.655…
    const kappa = (0.8 - 0.42) / (1 - 0.42);
    // Both conflicts can show before Budi's last agreeing decision has arrived: wait for all ten.
    await a.locator('.agreement-pair figcaption').first().getByText('10 records decided by both', { exact: false }).waitFor({ timeout: 20_000 });
    const figures = await a.locator('.agreement-pair figcaption').first().innerText();
    expect(figures).toContain(`Cohen’s kappa ${kappa.toFixed(2)}`);
    expect(figures).toContain('agreement 80%');
    expect(figures).toContain('PABAK 0.70');

    // Ani resolves both conflicts.
    for (let left = 2; left > 0; left--) {
      const conflict = a.locator('li.conflict').first();
      await conflict.getByLabel('Final decision').selectOption('include');
      await conflict.getByLabel('Why').fill('Discussed: fits the population after all');
      await conflict.getByRole('button', { name: 'Resolve' }).click();
      await a.getByRole('heading', { name: `Conflicts (${left - 1})` }).waitFor();
    }

    // Both machines end with the same final decisions and the same PRISMA numbers.
    await b.getByRole('heading', { name: 'Conflicts (0)' }).waitFor({ timeout: 20_000 });
    const finals = async (page: Page) => {
      await tab(page, 'Records');
      const csv = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
      const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
      return rows.map((r) => [r.title, r.decision, r.reviewer_decisions, r.final_decided_by]).sort();
    };
    const prisma = async (page: Page) => {
      await tab(page, 'PRISMA');
      return download(page, () => page.getByRole('button', { name: 'Numbers (CSV)' }).click());
    };
    const [aFinal, bFinal] = [await finals(a), await finals(b)];
    expect(aFinal).toEqual(bFinal);
    expect(aFinal.find((r) => r[0] === TITLES[2])).toEqual([TITLES[2], 'include', 'Ani: include; Budi: exclude', 'Ani']);
    expect(aFinal.find((r) => r[0] === TITLES[0])).toEqual([TITLES[0], 'include', 'Ani: include; Budi: include', 'Ani, Budi']);
    expect(await prisma(a)).toEqual(await prisma(b));
  }, 180_000);
});
