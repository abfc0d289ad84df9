// Records that look alike but are different items: a journal's many "Letter to the editor"s,
// the versions of one Cochrane review, titles told apart only by "<", ">" or a "+"/"−" sign, and
// preprints of servers that are not in the usual list. None is joined for certain; where they
// may be one study, the reviewer is offered the pair.
import { describe, expect, it } from 'vitest';
import { groupDuplicates, isPreprint, likelyDuplicates, matchKeys } from '../../lib/dedup';
import { foldTitle } from '../../lib/dedup/normalize';
import type { Article } from '../../lib/model/article';

const art = (fields: Partial<Article>): Article => ({ title: 'x', authors: ['Sari, Dewi'], year: 2021, url: '', source: 'import', ...fields });
const merged = (articles: Article[]) => groupDuplicates(articles).filter((g) => g.length > 1);

describe('generic titles', () => {
  it.each(['Letter to the editor', 'Editorial', 'From the Editor', 'Kata Pengantar', "Authors' reply", 'Response to letter to the editor', '[No title available]'])(
    '"%s" by one author in one year is offered, not joined',
    (title) => {
      const articles = [art({ title, doi: '10.1/a' }), art({ title })];
      expect(merged(articles)).toEqual([]);
      expect(matchKeys(articles[1]).some((k) => k.startsWith('title:'))).toBe(false);
    },
  );

  it('a title that only begins like one is matched as before', () => {
    const title = 'Editorial leadership in midwifery journals of Indonesia';
    expect(merged([art({ title, doi: '10.1/a' }), art({ title })])).toEqual([[0, 1]]);
  });
});

describe('Cochrane reviews', () => {
  const TITLE = 'Breast massage for increasing breast milk supply in postpartum women';
  it('a copy without DOI is not joined to a version of another year', () => {
    const protocol = art({ title: TITLE, year: 2019, doi: '10.1002/14651858.CD012345' });
    const copy = art({ title: TITLE, year: 2020 });
    expect(merged([protocol, copy])).toEqual([]);
    expect(likelyDuplicates([protocol, copy])).toHaveLength(1);
  });

  it('a copy of the same year still is', () => {
    expect(merged([art({ title: TITLE, year: 2020, doi: '10.1002/14651858.CD012345.pub2' }), art({ title: TITLE, year: 2020 })])).toEqual([[0, 1]]);
  });
});

describe('titles told apart by signs', () => {
  it('keeps "<32 weeks and >1500 g" as text, and still drops real tags', () => {
    expect(foldTitle('Kangaroo care for infants <32 weeks and >1500 g')).toBe('kangaroo care for infants 32 weeks and 1500 g');
    expect(foldTitle('CO<sub>2</sub> levels in <i>H. pylori</i> infection')).toBe('co2 levels in h pylori infection');
  });

  it('never joins HER2+ and HER2− studies, while the same sign still matches', () => {
    const plus = art({ title: 'Neoadjuvant therapy in HER2+ breast cancer: a cohort' });
    const minus = art({ title: 'Neoadjuvant therapy in HER2\u2212 breast cancer: a cohort' });
    const hyphen = art({ title: 'Neoadjuvant therapy in HER2- breast cancer: a cohort' });
    expect(merged([plus, minus])).toEqual([]);
    expect(merged([minus, hyphen])).toEqual([[0, 1]]);
    expect(merged([plus, art({ title: 'Neoadjuvant Therapy in HER2+ Breast Cancer: A Cohort.' })])).toEqual([[0, 1]]);
    expect(foldTitle('Pre- and post-test of oxytocin massage')).toBe('pre and post test of oxytocin massage');
  });
});

describe('preprints', () => {
  it('JMIR Preprints and Europe PMC preprint records are preprints', () => {
    expect(isPreprint({ doi: '10.2196/preprints.45678' })).toBe(true);
    expect(isPreprint({ url: 'https://europepmc.org/article/PPR/PPR512345' })).toBe(true);
    expect(isPreprint({ doi: '10.2196/45678', url: 'https://europepmc.org/article/MED/35000001' })).toBe(false);
  });
});

describe('titles with a slash or a bracket that are not in two languages', () => {
  it('two trials of one author ending "(a randomised controlled trial)" are not one by that half', () => {
    const a = art({ title: 'Effect of oxytocin massage on breast milk volume (a randomised controlled trial)' });
    const b = art({ title: 'Effect of back massage on postpartum pain relief (a randomised controlled trial)' });
    expect(merged([a, b])).toEqual([]);
    expect(likelyDuplicates([a, b])).toEqual([]);
  });

  it.each([
    ['Knowledge and attitude of HIV / AIDS pada remaja di Jakarta Utara', 'AIDS pada remaja di Jakarta Utara'],
    ['Pengetahuan dan sikap remaja tentang HIV / AIDS among adolescents in the city', 'AIDS among adolescents in the city'],
    ['Layanan konseling bagi ibu hamil di puskesmas 24 / 7 days a week for the mothers in the city', '7 days a week for the mothers in the city'],
    ['Effect of warm compress and / or massage on pain / pengaruh kompres hangat terhadap nyeri pada ibu', 'Or massage on pain pengaruh kompres hangat terhadap nyeri pada ibu'],
  ])('a slash inside a phrase does not cut "%s"', (both, part) => {
    const articles = [art({ title: both }), art({ title: part })];
    expect(merged(articles)).toEqual([]);
  });

  it('an English title with a slash is not split into halves', () => {
    const both = art({ title: 'Knowledge of postpartum mothers about breastfeeding / a survey in three districts of Bogor' });
    const survey = art({ title: 'A survey in three districts of Bogor' });
    expect(merged([both, survey])).toEqual([]);
    expect(likelyDuplicates([both, survey])).toEqual([]);
  });
});

describe('two-language titles that share one part only', () => {
  // A journal's name after " | " (or an English bracket read as a translation) is a part that
  // every article of one author in that journal shares: that part alone joins no one for
  // certain. The reviewer is offered the pair: a part in common may also be one paper whose
  // other half was translated otherwise.
  it.each([
    ['Effect of oxytocin massage on breast milk production | Jurnal Kesehatan Ibu dan Anak', 'Effect of yoga on anxiety among pregnant women | Jurnal Kesehatan Ibu dan Anak'],
    ['Pengaruh pijat oksitosin terhadap produksi ASI | Journal of Maternal and Child Health', 'Pengaruh senam hamil terhadap kecemasan ibu | Journal of Maternal and Child Health'],
  ])('"%s" and "%s" are not joined, only offered', (a, b) => {
    const articles = [art({ title: a }), art({ title: b })];
    expect(merged(articles)).toEqual([]);
    expect(likelyDuplicates(articles)).toHaveLength(1);
  });

  it('two records whose original-language titles are the same words are not joined', () => {
    const a = art({ title: 'Effect of oxytocin massage on milk production', originalTitle: 'A systematic review and meta-analysis' });
    const b = art({ title: 'Effect of yoga on anxiety in pregnancy', originalTitle: 'A systematic review and meta-analysis' });
    expect(merged([a, b])).toEqual([]);
  });

  it('a record whose title holds both languages and whose original is one of them still finds the English copy', () => {
    const stored = art({
      title: 'Pengaruh pijat oksitosin terhadap produksi ASI / Effect of oxytocin massage on breast milk production',
      originalTitle: 'Pengaruh pijat oksitosin terhadap produksi ASI',
    });
    expect(merged([stored, art({ title: 'Effect of oxytocin massage on breast milk production' })])).toHaveLength(1);
  });

  it('one paper whose English half was translated twice is offered', () => {
    const a = art({ title: 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas / Effect of oxytocin massage on breast milk production' });
    const b = art({ title: 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas / The influence of oxytocin massage on milk output in postpartum mothers' });
    const scopus = art({ title: 'Oxytocin massage and lactation: a quasi-experimental study', originalTitle: 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas' });
    expect(merged([a, b])).toEqual([]);
    expect(likelyDuplicates([a, b])).toHaveLength(1);
    expect(likelyDuplicates([a, scopus])).toHaveLength(1);
  });

  it('while a copy holding one half, or both halves in the other order, is still found', () => {
    const both = art({ title: 'Pengaruh pijat oksitosin terhadap produksi ASI / Effect of oxytocin massage on breast milk production' });
    const english = art({ title: 'Effect of oxytocin massage on breast milk production' });
    const turned = art({ title: 'Effect of oxytocin massage on breast milk production / Pengaruh pijat oksitosin terhadap produksi ASI' });
    expect(merged([both, english])).toHaveLength(1);
    expect(merged([both, turned])).toHaveLength(1);
  });
});

describe('letters on one paper', () => {
  it('two letters under one title, with other PMIDs and other first authors, are not offered', () => {
    const title = 'Comment on: Oxytocin massage and breast milk production in postpartum mothers';
    const letters = [
      art({ title, authors: ['Wijaya, Andi'], pmid: '35000001', journal: 'Jurnal Kebidanan' }),
      art({ title, authors: ['Lestari, Dewi'], pmid: '35000002', journal: 'Jurnal Kebidanan' }),
    ];
    expect(merged(letters)).toEqual([]);
    expect(likelyDuplicates(letters)).toEqual([]);
    // One author's two records under other PMIDs still are.
    expect(likelyDuplicates([letters[0], { ...letters[1], authors: ['Wijaya, A.'] }])).toEqual([{ a: 0, b: 1, reason: 'id-conflict' }]);
  });
});

describe('first authors of one family name with the same degree', () => {
  const title = 'Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas';
  it('are two people when their given names differ, however the degree is written', () => {
    for (const degree of ['S.K.M.', 'M.P.H', 'Psikolog', 'Bd.']) {
      const two = [art({ title, authors: [`Dewi Sari, ${degree}`] }), art({ title, authors: [`Ayu Sari, ${degree}`] })];
      expect(merged(two), degree).toEqual([]);
    }
  });

  it('initials written with dots after a family name stay initials', () => {
    expect(merged([art({ title, authors: ['Rahman, S.K.M.'] }), art({ title, authors: ['Rahman, A.'] })])).toEqual([]);
    expect(merged([art({ title, authors: ['Singh, M.P.H.'] }), art({ title, authors: ['P. Singh'] })])).toEqual([]);
  });
});

describe('first authors whose names share words', () => {
  const title = 'Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas';
  it('are one person only when all the words of a full name are the same', () => {
    const apart = [
      ['LESTARI DEWI SARI', 'Dewi Ayu Lestari'],
      ['Dewi Sari Lestari', 'Sari Dewi'],
      ['LESTARI D SARI', 'Dewi Sari Lestari'],
      ['Sari Dewi Lestari Ayu', 'Dewi Sari Lestari'],
    ];
    for (const [a, b] of apart) expect(merged([art({ title, authors: [a] }), art({ title, authors: [b] })]), `${a} / ${b}`).toEqual([]);
  });

  it('are still two items when their DOIs differ', () => {
    const two = [art({ title, authors: ['LESTARI DEWI SARI'], doi: '10.1234/a' }), art({ title, authors: ['Dewi Sari Lestari'], doi: '10.1234/b' })];
    expect(merged(two)).toEqual([]);
  });
});
