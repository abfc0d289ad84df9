// ScienceDirect names an Elsevier book's chapters with their number in front, in its BibTeX and
// RIS alike: "Chapter 26 - Integrating software-defined radios", "Chapter nineteen - Rosetta3: An
// Object-Oriented Software Suite …" (Methods in Enzymology), "1 - Congruence of deep learning in
// biomedical engineering: …". Crossref, Scopus and the chapter's own page name it without, so that
// a copy from ScienceDirect would stay apart from its other copies. Only records with an Elsevier
// chapter DOI or a ScienceDirect chapter link are looked at: elsewhere "Chapter 3 - …" may be the title as written.
import { untranslatedTitle } from '../model/normalize';
import { withoutFootnoteMark } from './footnote-marks';
import { stripMarkup } from './markup';
import type { Draft } from './record';

const CHAPTER_LABEL = /^(?:Chapter\s+(?:\d+|[IVXLC]+|[a-z]+(?:-[a-z]+)?)|\d+)\s+[-–]\s+(?=[^\s\d])/i;
// An Elsevier book's chapter: its DOI (10.1016/B978-…, the serials' 10.1016/bs.mie.…) or its
// ScienceDirect page (pii/B…). A journal article's title may open so ("2015 - 2020 Dietary
// Guidelines …", "3 - 5 year outcomes …", DOI 10.1016/j.…): it keeps its words.
const ELSEVIER_CHAPTER = /\b10\.1016\/(?:B\d|bs\.)|sciencedirect\.com\/science\/article\/(?:abs\/)?pii\/B/i;

/** The title without ScienceDirect's chapter number; as it is for any other title (one look at its first letter). */
export function withoutChapterLabel(title: string, draft: Draft): string {
  const first = title.charCodeAt(0);
  const mayBe = (first >= 48 && first <= 57) || first === 67 /* C */ || first === 99; /* c */
  if (!mayBe || !CHAPTER_LABEL.test(title) || !ELSEVIER_CHAPTER.test(`${draft.doi ?? ''} ${draft.url ?? ''}`)) return title;
  return title.replace(CHAPTER_LABEL, '');
}

/**
 * A record's title as written, without what exporters put around it: markup, MEDLINE's brackets
 * of a translated title, a footnote mark, ScienceDirect's chapter number. Older Elsevier chapters'
 * abstracts open with ScienceDirect's "Publisher Summary", which record.ts's ABSTRACT_LABEL drops.
 */
export const writtenTitle = (draft: Draft) => withoutChapterLabel(withoutFootnoteMark(untranslatedTitle(stripMarkup(draft.title))), draft);
