// ScienceDirect names an Elsevier book's chapters with their number in front, in its BibTeX and
// RIS alike: "Chapter 26 - Integrating software-defined radios", "Chapter nineteen - Rosetta3: An
// Object-Oriented Software Suite …" (Methods in Enzymology), "1 - Congruence of deep learning in
// biomedical engineering: …". Crossref, Scopus and the chapter's own page name it without, so that
// a copy from ScienceDirect would stay apart from its other copies. Only records with an Elsevier
// DOI or a ScienceDirect link are looked at: elsewhere "Chapter 3 - …" may be the title as written.
import { untranslatedTitle } from '../model/normalize';
import { withoutFootnoteMark } from './footnote-marks';
import { stripMarkup } from './markup';
import type { Draft } from './record';

const CHAPTER_LABEL = /^(?:Chapter\s+(?:\d+|[IVXLC]+|[a-z]+(?:-[a-z]+)?)|\d+)\s+[-–]\s+(?=\S)/i;
const ELSEVIER = /\b10\.1016\/|sciencedirect\.com/i;

/** The title without ScienceDirect's chapter number; as it is for any other title (one look at its first letter). */
export function withoutChapterLabel(title: string, draft: Draft): string {
  const first = title.charCodeAt(0);
  const mayBe = (first >= 48 && first <= 57) || first === 67 /* C */ || first === 99; /* c */
  if (!mayBe || !CHAPTER_LABEL.test(title) || !ELSEVIER.test(`${draft.doi ?? ''} ${draft.url ?? ''}`)) return title;
  return title.replace(CHAPTER_LABEL, '');
}

/**
 * A record's title as written, without what exporters put around it: markup, MEDLINE's brackets
 * of a translated title, a footnote mark, ScienceDirect's chapter number. Older Elsevier chapters'
 * abstracts open with ScienceDirect's "Publisher Summary", which record.ts's ABSTRACT_LABEL drops.
 */
export const writtenTitle = (draft: Draft) => withoutChapterLabel(withoutFootnoteMark(untranslatedTitle(stripMarkup(draft.title))), draft);
