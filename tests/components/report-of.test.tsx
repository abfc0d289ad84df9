// The reviewer links a conference abstract to the trial it reports, from the record's drawer;
// the diagram then counts one study of two reports.
import { beforeEach, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { RecordsView } from '../../components/dashboard/RecordsView';
import { decide, getActiveReview, loadReviewData, recordSeen, type ReviewData } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { prismaOfReview } from '../../lib/prisma/compute';
import { article, freshDb } from '../db/helpers';
import { button, click, mount, settle } from './render';

beforeEach(async () => {
  await freshDb();
  setLanguage('en');
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
});

it('links an included record to the study of another included record, and PRISMA counts one study of two reports', async () => {
  const review = await getActiveReview();
  const [trial, abstract] = await recordSeen(
    review.id,
    [
      article({ pmid: '1', sourceId: '1', title: 'Oxytocin massage and breast milk: a quasi-experiment' }),
      article({ pmid: '2', sourceId: '2', title: 'Oxytocin massage: conference abstract' }),
    ],
    { database: 'pubmed' },
  );
  for (const key of [trial, abstract]) {
    await decide(review.id, key, { decision: 'include' });
    await decide(review.id, key, { stage: 'full-text', decision: 'include', retrieved: true });
  }
  let data: ReviewData = await loadReviewData(review.id);
  const view = () => <RecordsView data={data} reload={reload} notifyChanged={() => undefined} />;
  async function reload() {
    data = await loadReviewData(review.id);
    render(view(), root);
  }
  const root = await mount(view());
  expect([prismaOfReview(data).included, prismaOfReview(data).includedReports]).toEqual([2, 2]);

  await click([...root.querySelectorAll<HTMLElement>('.title-link')].find((b) => b.textContent?.includes('conference abstract'))!);
  const link = root.querySelector<HTMLSelectElement>('.report-of select')!;
  // Only the other included record is offered, by title, first author and year.
  expect([...link.options].map((o) => o.textContent)).toEqual(['None: a study of its own', 'Oxytocin massage and breast milk: a quasi-experiment (Sari D, 2021)']);
  link.value = trial;
  await act(async () => void link.dispatchEvent(new Event('change', { bubbles: true })));
  await click(button(root.querySelector('.report-of')!, 'Save'));
  await settle();
  expect(root.querySelector('.report-of [role="status"]')?.textContent).toBe('Saved.');
  expect([prismaOfReview(data).included, prismaOfReview(data).includedReports]).toEqual([1, 2]);
});
