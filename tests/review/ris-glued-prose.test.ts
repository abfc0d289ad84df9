// ris-glued.ts takes "AN  - <one token of digits>" inside a line for a glued accession number when the
// record has no UR and no AN line (Mendeley, EndNote, Zotero and PubMed-derived RIS often have
// neither). An upper-case title with a spaced dash before a period — as the commit's own examples
// ("BREAST CANCER  - A REVIEW", "GENE THERAPY  - 2019 UPDATE") show such titles are written — and
// ending in a word that ends with "AN" (JAPAN, TAIWAN, IRAN, HUMAN, WOMAN, PLAN …) loses its end:
// "CANCER MORTALITY IN JAPAN  - 1950-1990" becomes the title "CANCER MORTALITY IN JAP" and the
// accession number "1950-1990".
import { expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

it('keeps a title ending "JAPAN  - 1950-1990" whole', () => {
  const text = 'TY  - JOUR\nTI  - CANCER MORTALITY IN JAPAN  - 1950-1990\nAU  - Tanaka, H.\nJO  - Jpn J Cancer Res\nPY  - 1993\nER  - \n';
  const [record] = parseBibliography(text, 'endnote.ris').records;
  expect(record.title).toBe('CANCER MORTALITY IN JAPAN - 1950-1990');
  expect(record.sourceId).toBeUndefined();
});
