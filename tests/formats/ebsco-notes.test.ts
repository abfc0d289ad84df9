// EBSCOhost RIS (CINAHL, the main nursing database) as it writes it: CRLF, "Y1  - 2021/11//", the
// abstract in N2, and facts only in its note ("Accession Number: …. Language: English. …").
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const cinahl = (note: string, extra = '') =>
  [
    'TY  - JOUR',
    'ID  - 154321987',
    'T1  - Effect of early skin-to-skin contact on breastfeeding success among primiparous mothers.',
    'AU  - Rahmawati, Siti',
    'AU  - Lestari, Dewi',
    'Y1  - 2021/11//',
    `N1  - ${note}`,
    'KW  - Breast Feeding',
    'N2  - Background: Skin-to-skin contact improves breastfeeding.',
    'JO  - Jurnal Keperawatan Indonesia',
    'JF  - Jurnal Keperawatan Indonesia',
    'VL  - 24',
    'IS  - 3',
    'U2  - PMID: NLM34812345.',
    ...(extra ? [extra] : []),
    'UR  - https://search.ebscohost.com/login.aspx?direct=true&db=rzh&AN=154321987&site=ehost-live',
    'DP  - EBSCOhost',
    'DB  - rzh',
    'ER  - ',
    '',
  ].join('\r\n');

describe('EBSCOhost RIS note', () => {
  it("gives the record's language, which CINAHL writes nowhere else", () => {
    const note = 'Accession Number: 154321987. Language: Indonesian. Entry Date: 20211203. Revision Date: 20211203. Publication Type: Article.';
    const [a] = parseBibliography(cinahl(note), 'cinahl.ris').records;
    expect(a).toMatchObject({ language: 'Indonesian', year: 2021, pmid: '34812345', volume: '24', issue: '3' });
  });

  it('gives way to an LA line, and is no language when the label stands mid-sentence', () => {
    expect(parseBibliography(cinahl('Language: Indonesian. Entry Date: 20211203.', 'LA  - English'), 'c.ris').records[0].language).toBe('English');
    expect(parseBibliography(cinahl('Translated from the original. Second Language: none given'), 'c.ris').records[0].language).toBeUndefined();
  });
});
