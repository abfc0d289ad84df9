// PubMed Bookshelf records in PubMed format (.nbib): a chapter names its book, a whole book (an
// NIHR Health Technology Assessment report, an AHRQ review) its series.
import { describe, expect, it } from 'vitest';
import { oneRecord as one } from './helpers';

const nbib = (lines: string[]) => `${lines.join('\n')}\n`;

describe('PubMed Bookshelf records', () => {
  it('give a whole book its series as the journal, never its own title again', () => {
    const record = one(
      nbib([
        'PMID- 31600001',
        'STAT- Publisher',
        'PB  - NIHR Journals Library',
        'BTI - Interventions to support breastfeeding in disadvantaged groups: a systematic',
        '      review',
        'CTI - Health Technology Assessment',
        'DP  - 2019 Oct',
        'FAU - Jones, Anna',
        'AU  - Jones A',
        'PT  - Review',
        'PT  - Book',
        'AID - NBK547001 [bookaccession]',
        'AID - 10.3310/hta23450 [doi]',
      ]),
      'book.nbib',
    );
    expect(record).toMatchObject({
      title: 'Interventions to support breastfeeding in disadvantaged groups: a systematic review',
      journal: 'Health Technology Assessment',
      doi: '10.3310/hta23450',
      year: 2019,
    });
  });

  it('give a chapter its book, and no journal to a book in no series', () => {
    const chapter = ['PMID- 30285301', 'BTI - StatPearls', 'TI  - Postpartum Hemorrhage', 'DP  - 2024 Jan', 'FED - Wormer, Kelly C', 'FAU - Wormer, Kelly C', 'PT  - Book Chapter'];
    expect(one(nbib(chapter), 'chapter.nbib')).toMatchObject({ title: 'Postpartum Hemorrhage', journal: 'StatPearls', authors: ['Wormer, Kelly C'] });
    const book = one(nbib(['PMID- 30285302', 'BTI - Breastfeeding: a guide for the medical profession', 'DP  - 2016', 'PT  - Book']), 'b.nbib');
    expect(book.journal).toBeUndefined();
  });
});
