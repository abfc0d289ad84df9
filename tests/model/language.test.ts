// A language written as a code keeps one code, two-letter, whether the record came from a page
// (OJS's citation_language "eng", DSpace's dc.language.iso "spa") or from a file (PubMed's "LA  - eng").
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../lib/model';
import { languageCode } from '../../lib/model/language';
import { parseBibliography } from '../../lib/formats';
import { readPage, TITLE } from '../sites/reader-page';

const fromPage = (head: string) => {
  const read = readPage(head);
  return read && ArticleSchema.parse(read).language;
};
const fromRis = (la: string) => parseBibliography(`TY  - JOUR\nTI  - Pijat oksitosin\nLA  - ${la}\nER  - \n`, 'x.ris').records[0].language;

describe('a language code', () => {
  it('is two-letter, from ISO 639-2/B and /T codes alike, in any case, with or without its region', () => {
    const cases: [string, string][] = [
      ['eng', 'en'],
      ['ENG', 'en'],
      ['ind', 'id'],
      ['may', 'ms'],
      ['msa', 'ms'],
      ['spa', 'es'],
      ['por', 'pt'],
      ['fre', 'fr'],
      ['fra', 'fr'],
      ['ger', 'de'],
      ['deu', 'de'],
      ['chi', 'zh'],
      ['zho', 'zh'],
      ['jpn', 'ja'],
      ['ara', 'ar'],
      ['dut', 'nl'],
      ['nld', 'nl'],
      ['per', 'fa'],
      ['fas', 'fa'],
      ['tha', 'th'],
      ['vie', 'vi'],
      ['en_US', 'en'],
      ['pt-BR', 'pt'],
      ['EN', 'en'],
      ['id', 'id'],
    ];
    for (const [code, two] of cases) expect(languageCode(code), code).toBe(two);
  });

  it('stays as written when it is a name, a list or a code not in the table', () => {
    for (const value of ['English', 'Bahasa Indonesia', 'eng; ind', 'xyz', 'haw', 'qaa-x']) expect(languageCode(value)).toBe(value);
  });

  it('is two-letter on a page, in citation_language, DC.language or dc.language.iso', () => {
    expect(fromPage(`${TITLE}<meta name="citation_language" content="eng">`)).toBe('en');
    expect(fromPage(`${TITLE}<meta name="DC.language" content="ind">`)).toBe('id');
    expect(fromPage(`${TITLE}<meta name="dc.language.iso" content="spa">`)).toBe('es');
    expect(fromPage(`${TITLE}<meta name="citation_language" content="may">`)).toBe('ms');
  });

  it('is two-letter in an imported record, as on its page', () => {
    expect(fromRis('eng')).toBe('en');
    expect(fromRis('en_US')).toBe('en');
    expect(fromRis('English')).toBe('English');
    const medline = parseBibliography('PMID- 1\nTI  - Pijat oksitosin.\nLA  - ind\n', 'x.nbib').records[0];
    expect(medline.language).toBe('id');
  });
});
