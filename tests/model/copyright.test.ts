// Publishers' copyright notices at an abstract's end (Scopus, Embase, Web of Science) are no part
// of the study's summary: dropped from imported and page-read abstracts alike, and only they.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { ArticleSchema } from '../../lib/model';
import { withoutCopyright } from '../../lib/model/normalize';

const body = 'Background: Oxytocin massage is common. Results: Milk volume rose (p < 0.05).';

describe('copyright notices at the end of an abstract', () => {
  it('are dropped when they start a sentence or a line', () => {
    expect(withoutCopyright(`${body} © 2019 Elsevier Ltd. All rights reserved.`)).toBe(body);
    expect(withoutCopyright(`${body}\n© The Author(s) 2024.`)).toBe(body);
    expect(withoutCopyright(`${body} Copyright © 2020 The Authors. Published by Elsevier Inc. on behalf of the Society.`)).toBe(body);
    expect(withoutCopyright(`${body}© 2023, Springer Nature Limited.`)).toBe(body);
    expect(withoutCopyright('Once dubbed the "pine barrens." © 2011 by the University of Georgia Press.')).toBe('Once dubbed the "pine barrens."');
    expect(withoutCopyright('Disebut \u201chutan pinus.\u201d © 2011 Penerbit.')).toBe('Disebut \u201chutan pinus.\u201d');
    // Said in words, a notice needs no sentence end before it (Scopus CSV, PLOS).
    expect(withoutCopyright('Hasil penelitian menunjukkan peningkatan Copyright © 1995, Wiley Blackwell. All rights reserved')).toBe('Hasil penelitian menunjukkan peningkatan');
    expect(withoutCopyright(`${body} Copyright: © 2014 Hovick et al.`)).toBe(body);
  });

  it('are dropped when a journal names itself first (Wiley): a short name, then © and a year', () => {
    expect(withoutCopyright(`${body} Journal of Clinical Nursing © 2012 Blackwell Publishing Ltd`)).toBe(body);
    expect(withoutCopyright(`${body} Journal compilation © BirdLife Australia 2015`)).toBe(body);
    expect(withoutCopyright(`${body} Animal Conservation © 2012 The Zoological Society of London.`)).toBe(body);
  });

  it('leave the text alone when © is part of it, or the "notice" is long', () => {
    for (const text of [
      'Depression was measured with the EPDS© scale in 30 mothers.',
      'Depression was measured. The EPDS © scale was used in 30 mothers in 2019.',
      'Data were analysed. SPSS © version 25 was used.',
    ]) {
      expect(withoutCopyright(text), text).toBe(text);
    }
    const long = `${body} © ${'then the abstract goes on with its results and their meaning '.repeat(8)}`;
    expect(withoutCopyright(long)).toBe(long);
    expect(withoutCopyright(body)).toBe(body);
  });

  it('leave no abstract when the notice was all of it', () => {
    expect(withoutCopyright('© 2020 Elsevier Ltd. All rights reserved.')).toBe('');
  });

  it('apply to imported records (Scopus RIS) and to abstracts read from pages (the schema)', () => {
    const ris = `TY  - JOUR\nTI  - Pijat oksitosin\nAB  - ${body} © 2019 Elsevier Ltd\nER  - \nTY  - JOUR\nTI  - Only a notice\nAB  - © 2019 Elsevier Ltd\nER  - \n`;
    const [first, second] = parseBibliography(ris, 'scopus.ris').records;
    expect(first.abstract).toBe(body);
    expect(second.abstract).toBeUndefined();
    const page = ArticleSchema.parse({ title: 'Pijat oksitosin', authors: [], url: 'https://example.org/a', source: 'web', abstract: `${body}\n© 2021 The Authors` });
    expect(page.abstract).toBe(body);
  });
});
