// What databases write after an abstract (EBSCO's source label and copyright trailer, ProQuest's
// label and keywords, PsycInfo's record notice, CINAHL's reference count, Wiley's manuscript
// notice) is no part of it: cut from imported and page-read abstracts alike, and only that.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { withoutCopyright } from '../../lib/model/copyright';

const body = 'Background: Oxytocin massage is common. Results: Milk volume rose (p < 0.05).';
const ebsco = (journal: string, owner: string) =>
  `Copyright of ${journal} is the property of ${owner} and its content may not be copied or emailed to multiple sites or posted to a listserv without the copyright holder's express written permission. Additionally, content may not be used with any artificial intelligence tools or machine learning technologies. However, users may print, download, or email articles for individual use. This abstract may be abridged. No warranty is given about the accuracy of the copy. Users should refer to the original published version of the material for the full abstract. (Copyright applies to all Abstracts.)`;

describe("a database's notes after an abstract", () => {
  it('EBSCO (CINAHL): the source label and the copyright trailer, on a line of their own or not', () => {
    expect(withoutCopyright(`${body} [ABSTRACT FROM AUTHOR]\n${ebsco('Journal of Advanced Nursing', 'Wiley-Blackwell')}`)).toBe(body);
    expect(withoutCopyright(`${body} [ABSTRACT FROM PUBLISHER] ${ebsco('Jurnal Ners', 'Universitas Airlangga')}`)).toBe(body);
    expect(withoutCopyright(`${body}\n${ebsco('Midwifery', 'Elsevier B.V.')}`)).toBe(body);
    expect(withoutCopyright(`${body} [ABSTRACT FROM AUTHOR]`)).toBe(body);
  });

  it('ProQuest: the label and the keywords after it', () => {
    expect(withoutCopyright(`${body} [Author Abstract] KEY WORDS: PTSD; trajectories; children`)).toBe(body);
  });

  it("PsycInfo's record notice, its source and CINAHL's reference count", () => {
    expect(withoutCopyright(`${body} (PsycINFO Database Record (c) 2019 APA, all rights reserved)`)).toBe(body);
    expect(withoutCopyright(`${body} (PsycInfo Database Record (c) 2020 APA, all rights reserved) (Source: journal abstract)`)).toBe(body);
    expect(withoutCopyright(`${body} (Source: journal abstract)`)).toBe(body);
    expect(withoutCopyright(`${body} (49 ref)`)).toBe(body);
  });

  it("Wiley's accepted-manuscript notice", () => {
    expect(withoutCopyright(`${body} This article is protected by copyright. All rights reserved.`)).toBe(body);
  });

  it('leave brackets, labels and the word that belong to the abstract', () => {
    for (const text of [
      `${body} Milk volume was measured with a breast pump [12].`,
      `${body} (See the supplementary abstract.)`,
      `${body} Trial registration: NCT01234567 (ClinicalTrials.gov).`,
      `${body} Mothers who held the copyright of their own stories were asked (n = 12).`,
      'The abstract of this report [abstract from author] was checked against the full text, which gave the same figures for every outcome.',
    ]) {
      expect(withoutCopyright(text), text).toBe(text);
    }
  });

  it('apply to imported records (CINAHL RIS)', () => {
    const ris = `TY  - JOUR\nTI  - Pijat oksitosin\nAB  - ${body} [ABSTRACT FROM AUTHOR]\n${ebsco('Jurnal Ners', 'Universitas Airlangga')}\nER  - \n`;
    expect(parseBibliography(ris, 'cinahl.ris').records[0].abstract).toBe(body);
  });
});

describe("a sentence that only starts like EBSCO's trailer", () => {
  it('stays', () => {
    const text = `${body} Copyright of the images is the property of the hospital, which allowed their use.`;
    expect(withoutCopyright(text)).toBe(text);
  });
});
