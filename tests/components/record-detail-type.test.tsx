// The record drawer says what kind of publication a record is when it is not a plain journal
// article (lib/model/article-type.ts), in the reviewer's language; the kind travels from the
// sighting through the database (recordSeen, the events) to the drawer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordsView } from '../../components/dashboard/RecordsView';
import { getActiveReview, loadReviewData, recordSeen } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { article, freshDb } from '../db/helpers';
import { click, mount } from './render';

async function open(title: string): Promise<HTMLElement> {
  const review = await getActiveReview();
  await recordSeen(
    review.id,
    [
      article({ pmid: '1', sourceId: '1', title: 'Oxytocin massage: a systematic review', year: 2021, type: 'review' }),
      article({ pmid: '2', sourceId: '2', title: 'Oxytocin massage and milk volume', year: 2020, type: 'article' }),
      article({ pmid: '3', sourceId: '3', title: 'Breast massage for engorgement', year: 2019 }),
    ],
    { database: 'pubmed' },
  );
  const data = await loadReviewData(review.id);
  const root = await mount(<RecordsView data={data} reload={async () => {}} notifyChanged={() => {}} />);
  const link = [...root.querySelectorAll<HTMLElement>('.title-link')].find((b) => b.textContent === title)!;
  await click(link);
  return root;
}

const shown = (root: HTMLElement) => root.querySelector('.drawer .publication-type')?.textContent ?? null;

describe('record drawer: publication type', () => {
  beforeEach(async () => {
    await freshDb();
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });

  it('names a review, in English and Indonesian', async () => {
    setLanguage('en');
    expect(shown(await open('Oxytocin massage: a systematic review'))).toBe('Publication type: Review');
    await freshDb();
    setLanguage('id');
    expect(shown(await open('Oxytocin massage: a systematic review'))).toBe('Jenis publikasi: Tinjauan (review)');
  });

  it('says nothing for a journal article or a record whose sources named no kind', async () => {
    setLanguage('en');
    expect(shown(await open('Oxytocin massage and milk volume'))).toBeNull();
    await freshDb();
    expect(shown(await open('Breast massage for engorgement'))).toBeNull();
  });
});
