// R1 review: SpringerLink's glued authors cell (lib/formats/csv-profiles-springer.ts). The cut at every
// small-letter-then-capital splits family names with a capital inside that are not in PARTICLE
// (VanderWeele, DerSimonian — the random-effects meta-analysis author —, AlQahtani, DosSantos), and
// given names so written (JoAnn, LaToya); and a next person whose given name is hyphenated after a
// capital initial ("I-Min Lee") is not cut off at all.
import { describe, expect, it } from 'vitest';
import { springerAuthors } from '../../lib/formats/csv-profiles-springer';

describe('SpringerLink authors: family and given names with a capital inside', () => {
  it.each([
    ['Tyler J. VanderWeeleMiguel A. Hernán', ['Tyler J. VanderWeele', 'Miguel A. Hernán']],
    ['Rebecca DerSimonianNan Laird', ['Rebecca DerSimonian', 'Nan Laird']],
    ['Saad AlQahtaniAhmed Ali', ['Saad AlQahtani', 'Ahmed Ali']],
    ['Maria DosSantosJoão Silva', ['Maria DosSantos', 'João Silva']],
    ['JoAnn E. MansonHoward D. Sesso', ['JoAnn E. Manson', 'Howard D. Sesso']],
    ['LaToya SmithSumarniBudi Santoso', ['LaToya Smith', 'Sumarni', 'Budi Santoso']],
  ])('%s', (cell, persons) => {
    expect(springerAuthors(cell)).toEqual(persons);
  });

  it('cuts before a hyphenated given name that opens with a capital initial ("I-Min Lee")', () => {
    expect(springerAuthors('Howard D. SessoI-Min Lee')).toEqual(['Howard D. Sesso', 'I-Min Lee']);
  });

  // The surgical research collaboratives publish in World Journal of Surgery (Springer) and others.
  it.each([
    ['Aneel BhanguGlobalSurg Collaborative', ['Aneel Bhangu', 'GlobalSurg Collaborative']],
    ['COVIDSurg Collaborative', ['COVIDSurg Collaborative']],
  ])('a group author with a capital inside stays whole: %s', (cell, persons) => {
    expect(springerAuthors(cell)).toEqual(persons);
  });
});
