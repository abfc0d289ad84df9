// SpringerLink's "Download search results (CSV)":
//   Item Title,Publication Title,Book Series Title,Journal Volume,Journal Issue,Item DOI,Authors,
//   Publication Year,URL,Content Type
// "Publication Title" is the journal or the book a chapter is in; "Book Series Title" the series
// of that book ("Lecture Notes in Computer Science"), never the venue. No pages, no abstract.
// SpringerLink writes the authors with nothing between them: "Sachin H. DarekarM. Z. ShaikhHarshal
// B. Kondke", "Maciej KuźniarPeter PerešíniDejan Kostić", "H. W. SiewS. C. TanC. K. Lee".
import { withoutDegreesAfterName } from '../model/names';
import type { Profile } from './csv-profiles';
import { has } from './csv-profiles-more';

// Where one name ends and the next begins: a small letter, then a capital that opens a word
// ("DarekarM. Z.", "KuźniarPeter", "Alshra’aSeitz"). A capital before a comma or another capital
// opens no name ("PhD,"), and a dot before the capital is a given name's ("Md.Wahidul").
// A name also starts after a word in capitals, a degree or a family name so written, glued to a
// capitalised word: "MD, PhD, MASNCMiguel Morita", "Jane Smith PhDMiguel Morita", "Wei ZHANGLi WANG".
// Initials written without dots open a name too ("AJ SmithBJ Jones"): a small letter, then one to
// three capitals, a space and a capitalised word. A degree run together stays whole ("MBChB", "MBBCh").
const NAME_START = /(?<=\p{Ll})(?=\p{Lu}[\p{Ll}.-]|\p{Lu}{1,3} \p{Lu}\p{Ll})|(?<=(?:^|[\s,])(?:\p{Lu}{2,}|Ph\.?D\.?|MBChB|MBBCh))(?=\p{Lu}\p{Ll})(?!ChB?(?:\b|\p{Lu}))/u;

// A family name with a capital inside ("McDonald", "MacKenzie", "LeBlanc", "DiCaprio",
// "VanderWeele", "DerSimonian", "AlQahtani", "DosSantos") is cut at that capital as well; the cut
// leaves a piece of one word after a particle, which goes back. A piece of several words after
// "Le" ("Long Tan LeTran Ngoc Thinh") is the next person.
const PARTICLE = /(?:^|\s)(?:Mc|Mac|Fitz|De|Di|Du|Da|Le|La|Van|Vander|Von|Del|Der|Al|El|Dos|Das|Ter|Ten)$/;
// A group author with a capital inside ("GlobalSurg Collaborative", "COVIDSurg Collaborative").
const GROUP = /\b(?:Collaborative|Collaboration|Consortium|Group|Investigators|Network|Committee)$/;
// A given name with a capital inside ("JoAnn", "LaToya"): a first piece of one short word.
const SHORT_WORD = /^\p{Lu}\p{Ll}{0,2}$/u;

/** Whether a piece of the cell belongs to the name before it rather than starting a person. */
function continues(before: string, piece: string): boolean {
  const particle = PARTICLE.test(before) && !/\s/.test(piece);
  // `before` of one word: a group's first part, a short given name's ("Jo", "La"), or a particle.
  return /\s/.test(before) ? particle : GROUP.test(piece) || SHORT_WORD.test(before) || particle;
}

/** The persons of one SpringerLink authors cell, each "Given Family" as written. */
export function springerAuthors(cell: string): string[] {
  const names: string[] = [];
  for (const listed of cell.split(';')) {
    for (const piece of listed.split(NAME_START)) {
      const name = piece.trim();
      if (!name) continue;
      const last = names.length - 1;
      if (last >= 0 && continues(names[last], name)) names[last] += name;
      else names.push(name);
    }
  }
  return names;
}

export const SPRINGER_PROFILE: Profile = {
  name: 'springer',
  label: 'Springer Nature Link',
  matches: (h) => has(h, 'item title', 'publication title', 'authors') && (h.has('item doi') || h.has('content type')),
  mapping: {
    title: 'Item Title',
    year: 'Publication Year',
    journal: 'Publication Title',
    volume: 'Journal Volume',
    issue: 'Journal Issue',
    doi: 'Item DOI',
    url: 'URL',
  },
  authors: ';',
  fix(draft, cell) {
    // Each name "Given Family", its degrees after it ("Sarah Smith MD, PhD"): without them.
    draft.authors = springerAuthors(cell('Authors')).map(withoutDegreesAfterName);
  },
};
