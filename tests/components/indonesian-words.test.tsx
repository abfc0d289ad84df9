// An Indonesian reviewer reads Saring in Indonesian everywhere: the names of the study designs
// the checks find, the checklist answers in the table's tooltips, and counts of one ("1 rekaman").
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoChecks } from '../../components/AutoChecks';
import { RecordsView } from '../../components/dashboard/RecordsView';
import { decide, getActiveReview, loadReviewData, recordSeen } from '../../lib/db';
import { ArticleSchema, ReviewSchema } from '../../lib/model';
import { oxytocinMassageTemplate } from '../../lib/screening/templates';
import { setLanguage } from '../../lib/i18n';
import { article, freshDb } from '../db/helpers';
import { click, mount } from './render';

beforeEach(async () => {
  await freshDb();
  setLanguage('id');
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
});
afterEach(() => setLanguage('en'));

describe('Indonesian words in the screening views', () => {
  it('names the study design found in Indonesian, keeping the words found as written', async () => {
    const review = ReviewSchema.parse(oxytocinMassageTemplate('r1'));
    const found = ArticleSchema.parse({
      title: 'Oxytocin massage and breast milk: a cross-sectional study',
      authors: ['Sari D'],
      year: 2021,
      url: 'https://pubmed.ncbi.nlm.nih.gov/1/',
      source: 'pubmed',
      pmid: '1',
    });
    const root = await mount(<AutoChecks article={found} review={review} />);
    expect(root.textContent).toContain('potong lintang (“cross-sectional”)');
    expect(root.textContent).not.toContain('cross-sectional (');
  });

  it("shows a record's checklist answers in the table's tooltips in Indonesian, and one decision as one", async () => {
    const review = await getActiveReview();
    const [key] = await recordSeen(review.id, [article({ pmid: '1', sourceId: '1', title: 'Pijat oksitosin dan produksi ASI' })], { database: 'pubmed' });
    await decide(review.id, key, { decision: 'exclude', reason: 'populasi tidak sesuai', answers: { population: 'not met' } });
    const data = await loadReviewData(review.id);
    const root = await mount(<RecordsView data={data} reload={async () => undefined} notifyChanged={() => {}} />);
    const titles = [...root.querySelectorAll('.c-answer')].map((cell) => cell.getAttribute('title')).filter(Boolean);
    expect(titles).toEqual(['Populasi: tidak sesuai']);
    setLanguage('en');
    await click(root.querySelector('.title-link') as HTMLButtonElement);
    expect(root.querySelector('[role=dialog] summary')?.textContent).toBe('History (1 decision)');
  });
});
