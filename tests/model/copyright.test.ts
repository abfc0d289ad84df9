// Publishers' copyright notices at an abstract's end or start (Scopus, Embase, Web of Science) are
// no part of the study's summary: dropped from imported and page-read abstracts alike, and only they.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { ArticleSchema } from '../../lib/model';
import { withoutCopyright } from '../../lib/model/copyright';

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

  it('are dropped when written "(C)" or "Copyright" and a year (Web of Science, older Scopus)', () => {
    expect(withoutCopyright(`${body} (C) 2000 Elsevier Science B.V.`)).toBe(body);
    expect(withoutCopyright(`${body} (C) 2019 The Authors. Published by Elsevier B.V.`)).toBe(body);
    expect(withoutCopyright(`${body} (C) 2009 Elsevier B.V. All\n   rights reserved.`)).toBe(body);
    expect(withoutCopyright(`${body} Copyright 2023 Barker et al.`)).toBe(body);
    expect(withoutCopyright(`${body} Copyright (C) 1998 Elsevier Science B.V`)).toBe(body);
    expect(withoutCopyright(`${body} (c) 2019 Wiley Periodicals, Inc.`)).toBe(body);
  });

  it('are dropped whole: "Crown Copyright", and a notice in brackets (EBSCO MEDLINE)', () => {
    expect(withoutCopyright('Six syndromes (Pleurocybella porrigens).Crown Copyright © 2018. Published by Elsevier Ltd.')).toBe('Six syndromes (Pleurocybella porrigens).');
    expect(withoutCopyright(`${body} (Copyright © 2018 Elsevier Ltd. All rights reserved.)`)).toBe(body);
  });

  it('leave a list\'s "(C)" and the word "copyright" in a sentence alone', () => {
    for (const text of [
      `${body} Arms: (A) usual care, (B) massage, (C) 2019 guideline care.`,
      `${body} Groups were (a) massage, (b) music and (c) 2019 care.`,
      `${body} Clinic (C) BP and ambulatory BP fell.`,
      `${body} (C) 2019 cohorts were larger than (B) 2018 ones.`,
      `${body} The law of copyright 2019 was cited.`,
    ]) {
      expect(withoutCopyright(text), text).toBe(text);
    }
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

describe('copyright notices at the start of an abstract', () => {
  it("are dropped, each of their sentences, up to the abstract's first own sentence", () => {
    // Web of Science's MEDLINE: the notice first, glued to the abstract.
    expect(withoutCopyright(`© 2018 The Authors. Journal of Animal Ecology © 2018 British Ecological Society.${body}`)).toBe(body);
    expect(withoutCopyright(`© 2019 Elsevier Ltd. All rights reserved. ${body}`)).toBe(body);
    expect(withoutCopyright(`© 2015 Elsevier B.V. All rights reserved.\n${body}`)).toBe(body);
    expect(withoutCopyright(`© 2016 John Wiley & Sons A/S. Published by John Wiley & Sons Ltd. ${body}`)).toBe(body);
    expect(withoutCopyright(`Copyright © 2014 Elsevier Inc. on behalf of the Society. ${body}`)).toBe(body);
    expect(withoutCopyright(`(C) 2015 Elsevier B.V. All rights reserved. ${body}`)).toBe(body);
    expect(withoutCopyright(`Copyright 2023 Barker et al. ${body}`)).toBe(body);
    expect(withoutCopyright(`Copyright 2014 by the American Psychological Association. ${body}`)).toBe(body);
  });

  it('leave an abstract that only starts like one', () => {
    for (const text of [
      'Published by the WHO in 2019. The guideline on breastfeeding was adopted.',
      'Copyright law in 2019. Authors keep their rights.',
      `Copyright 2019 reforms in Indonesia were studied. ${body}`,
      'Hasil penelitian menunjukkan peningkatan. Copyright holders were asked.',
      `(C) Clinic BP fell. ${body}`,
    ]) {
      expect(withoutCopyright(text), text).toBe(text);
    }
    // A notice that never ends a sentence within reach is not cut with the abstract after it.
    const unended = `© The Author(s) 2020 ${'and the study goes on without a full stop '.repeat(6)}. ${body}`;
    expect(withoutCopyright(unended)).toBe(unended);
  });
});

describe('a notice at the start, found by a review', () => {
  it("ends before the abstract's first heading when it has no full stop", () => {
    expect(withoutCopyright(`© 2021 The Authors ${body}`)).toBe(body);
    expect(withoutCopyright('Copyright © 2022 Jurnal Keperawatan Indonesia Latar belakang: ASI rendah. Hasil: ASI naik.')).toBe('Latar belakang: ASI rendah. Hasil: ASI naik.');
  });

  it('is never a first sentence that names a scale with "©" and no year', () => {
    for (const text of [`The Edinburgh Postnatal Depression Scale © was used in 30 mothers. ${body}`, `The EPDS © Scale was validated in Indonesia. ${body}`]) {
      expect(withoutCopyright(text), text).toBe(text);
    }
  });
});
