import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, type Session, rowControls } from './harness';

// Twelve records: five on oxytocin massage and breast milk (the review's topic), seven on
// stunting or dental caries. In imported order the topic's records are 1, 4, 8, 10 and 12.
const FIXTURES = `${__dirname}/fixtures/ranking`;
const PUBMED = 'https://pubmed.ncbi.nlm.nih.gov/?term=postpartum+mothers';
const MASSAGE = /massage/i;

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.serve(PUBMED, readFileSync(`${FIXTURES}/pubmed-mixed-results.html`, 'utf8'));
});
afterAll(async () => s?.close());

describe('relevance ranking, in Chromium', () => {
  it('learns from two includes and two excludes in the queue: the next records reorder, and PubMed rows get bands', async () => {
    const dashboard = await s.openDashboard();
    await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
    await dashboard.locator('input[type=file]').setInputFiles(`${FIXTURES}/mixed.ris`);
    await dashboard.getByRole('button', { name: 'Import 12 records' }).click();
    await dashboard.getByText('Imported: 12 records read, 12 new', { exact: false }).waitFor();

    // Nothing to learn from yet (no include, no include terms): imported order, and it says why.
    await dashboard.getByRole('button', { name: 'Screen', exact: true }).click();
    await dashboard.getByText('Imported order: ranking starts with the first included record', { exact: false }).waitFor();
    const order = dashboard.getByRole('combobox', { name: 'Order' });
    await order.selectOption('imported');
    const heading = dashboard.locator('.dash-main .screening-panel .article-title').first();
    const show = async (title: RegExp) => dashboard.getByRole('heading', { name: title }).waitFor();
    const exclude = async () => {
      await dashboard.locator('body').press('e');
      await dashboard.locator('.dash-main').getByRole('combobox', { name: 'Exclusion reason' }).selectOption('wrong population');
    };
    await show(/^Oxytocin massage and breast milk production/);
    await dashboard.locator('body').press('i');
    await show(/^Stunting among toddlers/);
    await exclude();
    await show(/^Fluoride varnish/);
    await exclude();
    await show(/^Pijat oksitosin/);
    await dashboard.locator('body').press('i');
    await show(/^Sanitation, household income/);
    const upNext = () => dashboard.locator('.up-next li').allInnerTexts();
    expect((await upNext())[0]).toMatch(/School tooth brushing/);

    // Most relevant first: the records on the topic move to the front of what is left.
    await order.selectOption('relevance');
    await dashboard.getByText('Ranked by what Saring learnt from 2 included and 2 excluded records', { exact: false }).waitFor();
    const next = await eventually(async () => {
      const titles = await upNext();
      return titles.slice(0, 3).every((t) => MASSAGE.test(t)) ? titles : undefined;
    }, 'the massage records first in "Up next"');
    expect(next!.slice(3).some((t) => MASSAGE.test(t))).toBe(false);
    await dashboard.locator('body').press('j');
    expect(await heading.innerText()).toMatch(MASSAGE);
    // The stopping aid: 4 of 12 screened, none excluded since the last include, 8 left.
    await dashboard.getByText('0 excluded in a row since the last include').waitFor();
    await dashboard.getByText('33.3% of the records screened').waitFor();
    await dashboard.locator('.stopping-aid').getByText('8 still undecided').waitFor();

    // The Records table: sorted by relevance, the topic's records come first, with bands.
    await dashboard.getByRole('button', { name: 'Records', exact: true }).click();
    await dashboard.locator('.records-table').getByRole('button', { name: 'Relevance' }).click();
    const firstRows = await dashboard.locator('.records-table .tbody .tr .c-title').allInnerTexts();
    expect(firstRows.slice(0, 3).every((t) => MASSAGE.test(t))).toBe(true);
    expect(await dashboard.locator('.records-table .tbody .tr').first().locator('.band-high').count()).toBe(1);

    // Beside PubMed's result rows: a band, with the score in its tooltip.
    const page = await s.context.newPage();
    await page.goto(PUBMED);
    await rowControls(page, 4, 'four row controls');
    const band = (i: number) => page.locator('saring-row').nth(i).locator('.band');
    await eventually(
      () =>
        band(1)
          .count()
          .then((n) => n === 1),
      'a band beside the massage row',
    );
    expect(await band(1).getAttribute('class')).toContain('band-high');
    expect(await band(1).getAttribute('title')).toMatch(/^Relevance 0\.\d\d of 1/);
    expect(await band(3).getAttribute('class')).toContain('band-high');
    expect(await band(0).getAttribute('class')).not.toContain('band-high');

    // The popup lists the page's rows most relevant first on request.
    const popup = await s.openPopup(page);
    await popup.getByText('4 results on this page').waitFor();
    await popup.getByRole('combobox', { name: 'Order' }).selectOption('relevance');
    const titles = await popup.locator('li.result h3').allInnerTexts();
    expect(titles.slice(0, 2).every((t) => MASSAGE.test(t))).toBe(true);
  });
});
