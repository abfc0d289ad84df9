// Lens.org's CSV passes Crossref's JATS abstracts on, its parts joined with ";" (csv-profiles-more.ts
// lensAbstract), and with the tags' "jats:" prefix dropped.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const HEADER =
  'Lens ID,Title,Date Published,Publication Year,Publication Type,Source Title,Author/s,Abstract,Volume,Issue Number,Start Page,End Page,Keywords,External URL,PMID,DOI';
const row = (abstract: string) =>
  `000-017-249-920-330,Oxytocin massage and breast milk production,2023-11-03,2023,journal article,Jurnal Ners,Siti Rahmawati; Budi Santoso,"${abstract}",12,2,45,52,,http://dx.doi.org/10.20473/jn.v12i2.1,,10.20473/jn.v12i2.1`;
const abstractOf = (abstract: string) => parseBibliography(`${HEADER}\n${row(abstract)}`, 'lens-export.csv').records[0].abstract;

describe('Lens.org abstracts', () => {
  it('reads JATS written without its prefix, the heading "Abstract" and the ";" between elements left out', () => {
    expect(abstractOf('<title>Abstract</title>;         <p>Breast milk production is low in the first days.</p>')).toBe('Breast milk production is low in the first days.');
  });

  it('reads "; ;" after a sentence as the end of a paragraph', () => {
    expect(abstractOf('The purpose is to review massage. ; ; An objective analysis is conducted.; ; This is a first attempt.')).toBe(
      'The purpose is to review massage.\nAn objective analysis is conducted.\nThis is a first attempt.',
    );
  });

  it('reads a JATS section without its prefix', () => {
    expect(abstractOf('<abstract><sec><title>Abstract</title><p>Skin to skin <italic>contact</italic> helps.</p></sec></abstract>')).toBe('Skin to skin contact helps.');
  });

  it('keeps a ";" that is the text\'s', () => {
    expect(abstractOf('Three clusters: governance; gaming; insurance.')).toBe('Three clusters: governance; gaming; insurance.');
  });

  it('drops the heading "Abstract" its tags left as the first word, not a word of the text', () => {
    expect(abstractOf('Abstract Amine reclaimer wastes (ARW) need proper disposal.')).toBe('Amine reclaimer wastes (ARW) need proper disposal.');
    expect(abstractOf('Abstract reasoning develops in adolescence.')).toBe('Abstract reasoning develops in adolescence.');
  });
});

describe('OpenAlex abstracts', () => {
  it('lose the heading "Abstract" Crossref gave them', () => {
    const text = [
      'id,title,abstract,authorships.author.display_name,publication_year',
      'https://openalex.org/W1,Kangaroo care,"Abstract Background Skin to skin contact helps. Methods We enrolled mothers.",Siti Rahmawati|Budi Santoso,2021',
    ].join('\n');
    expect(parseBibliography(text, 'works.csv').records[0].abstract).toBe('Background Skin to skin contact helps. Methods We enrolled mothers.');
  });
});
