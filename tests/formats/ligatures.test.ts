// Ligatures copied from PDFs into exports and pages ("signiﬁcant", "ﬂow", "eﬀect") read as their
// letters, in imports (every field) and in what ArticleSchema cleans for pages alike: a title
// must match a search for "significant" and its copy from another database.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { stripMarkup, tidy } from '../../lib/formats/markup';
import { ArticleSchema } from '../../lib/model/article';
import { cleanText } from '../../lib/model/normalize';
import { seededRandom } from '../support/random';

const ABSTRACT = 'Background: Oxytocin massage had a signiﬁcant eﬀect on the ﬂow of breast milk in the ﬁrst week (p < 0.05), eﬃcient and oﬄine.';
const PLAIN = 'Background: Oxytocin massage had a significant effect on the flow of breast milk in the first week (p < 0.05), efficient and offline.';

describe('ligatures', () => {
  it('imports: title, abstract, keywords and journal read with their letters', () => {
    const ris = `TY  - JOUR\nTI  - Signiﬁcant ﬂow of breast milk\nAU  - Griﬃn, A.\nAB  - ${ABSTRACT}\nKW  - milk ﬂow\nT2  - Scientiﬁc Reports\nPY  - 2020\nER  - \n`;
    const [record] = parseBibliography(ris, 'mendeley.ris').records;
    expect(record).toMatchObject({ title: 'Significant flow of breast milk', abstract: PLAIN, keywords: ['milk flow'], journal: 'Scientific Reports', authors: ['Griffin, A.'] });
  });

  it('pages: ArticleSchema cleans the same way', () => {
    const article = ArticleSchema.parse({ title: 'Signiﬁcant ﬂow', authors: [], url: 'https://example.org/a', source: 'pubmed', abstract: ABSTRACT });
    expect(article).toMatchObject({ title: 'Significant flow', abstract: PLAIN });
  });

  it('the fast paths agree with cleanText on text with ligatures', () => {
    const random = seededRandom(11);
    const alphabet = ['a', ' ', ' ', '\ufb01', '\ufb02', '\ufb00', '\ufb06', '\ufb07', '\u00a0', 'é', '\n'];
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: Math.floor(random() * (i % 2 ? 20 : 120)) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(tidy(text), JSON.stringify(text)).toBe(cleanText(text));
      expect(stripMarkup(text), JSON.stringify(text)).toBe(cleanText(text));
    }
  });
});
