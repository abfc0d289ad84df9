import { describe, expect, it } from 'vitest';
import { ArticleSummary } from '../../components/ArticleSummary';
import { ArticleSchema } from '../../lib/model';
import { mount } from './render';

const article = (originalTitle?: string) =>
  ArticleSchema.parse({
    title: 'Effect of oxytocin massage on breast milk production',
    originalTitle,
    authors: ['Rahmawati S'],
    url: '',
    source: 'import',
  });

describe('ArticleSummary', () => {
  it('shows the title in the article’s own language under its English title', async () => {
    const root = await mount(<ArticleSummary article={article('Pengaruh pijat oksitosin terhadap produksi ASI')} />);
    expect(root.querySelector('.article-title')?.textContent).toBe('Effect of oxytocin massage on breast milk production');
    expect(root.querySelector('.article-original')?.textContent).toBe('Pengaruh pijat oksitosin terhadap produksi ASI');
    expect((await mount(<ArticleSummary article={article()} />)).querySelector('.article-original')).toBeNull();
    // A record whose title holds its original already (joined with an older copy) shows it once.
    const joined = { ...article('Pengaruh pijat oksitosin terhadap produksi ASI'), title: 'Pengaruh pijat oksitosin terhadap produksi ASI' };
    expect((await mount(<ArticleSummary article={joined} />)).querySelector('.article-original')).toBeNull();
  });

  it('shows "…" where Google Scholar cut the title or the author list', async () => {
    const cut = ArticleSchema.parse({
      title: 'erosion, uplift and unroofing of the Transantarctic Mountains',
      cut: { title: 'start', authors: 'start' },
      authors: ['DN Mariyani', 'S Rahmawati'],
      authorsTruncated: true,
      url: '',
      source: 'google-scholar',
    });
    const root = await mount(<ArticleSummary article={cut} />);
    expect(root.querySelector('.article-title')?.textContent).toBe('… erosion, uplift and unroofing of the Transantarctic Mountains');
    expect(root.querySelector('.article-authors')?.textContent).toBe('… DN Mariyani, S Rahmawati (list cut short by the site)');
    const end = await mount(<ArticleSummary article={{ ...cut, cut: { title: 'end' } }} />);
    expect(end.querySelector('.article-title')?.textContent).toBe('erosion, uplift and unroofing of the Transantarctic Mountains …');
    expect(end.querySelector('.article-authors')?.textContent).toBe('DN Mariyani, S Rahmawati … (list cut short by the site)');
  });
});
