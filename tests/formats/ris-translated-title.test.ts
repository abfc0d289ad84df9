// RIS `TT`, the translated title (SciELO, EndNote), and EndNote XML's translated-title: the title
// in the article's other language, kept as the record's original title, with the English one as
// its title.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const record = (lines: string[]) => ['TY  - JOUR', ...lines, 'JO  - Revista Latino-Americana de Enfermagem', 'PY  - 2019', 'ER  - ', ''].join('\n');

describe('RIS TT (translated title)', () => {
  it("is the other language's title: the English one is the title, whichever tag holds it", () => {
    const text = [
      // SciELO: the Portuguese title in TI, its English translation in TT.
      record(['TI  - Massagem de ocitocina e produção de leite materno após a cesárea', 'TT  - Oxytocin massage and breast milk production after caesarean birth']),
      // An article in English, with its Spanish title in TT.
      record(['TI  - Kangaroo care and the duration of breastfeeding', 'TT  - El método canguro y la duración de la lactancia materna']),
      // A record after them without TT has no original title of theirs.
      record(['TI  - Skin-to-skin contact in the first hour']),
    ].join('');
    const records = parseBibliography(text, 'scielo.ris').records;
    expect(records.map(({ title, originalTitle }) => ({ title, originalTitle }))).toEqual([
      { title: 'Oxytocin massage and breast milk production after caesarean birth', originalTitle: 'Massagem de ocitocina e produção de leite materno após a cesárea' },
      { title: 'Kangaroo care and the duration of breastfeeding', originalTitle: 'El método canguro y la duración de la lactancia materna' },
      { title: 'Skin-to-skin contact in the first hour', originalTitle: undefined },
    ]);
  });

  it('keeps TI as the title when neither reads as English, and stands in for a missing TI', () => {
    const text = [
      record(['TI  - Massagem de ocitocina e produção de leite materno', 'TT  - Masaje de oxitocina y producción de leche materna']),
      record(['TT  - Oxytocin massage in the first week after birth']),
    ].join('');
    const records = parseBibliography(text, 'scielo.ris').records;
    expect(records.map(({ title, originalTitle }) => ({ title, originalTitle }))).toEqual([
      { title: 'Massagem de ocitocina e produção de leite materno', originalTitle: 'Masaje de oxitocina y producción de leche materna' },
      { title: 'Oxytocin massage in the first week after birth', originalTitle: undefined },
    ]);
  });
});

describe('EndNote XML translated-title', () => {
  it('is read as RIS TT is', () => {
    const titles =
      '<titles><title>Massagem de ocitocina e produção de leite materno</title><translated-title>Oxytocin massage and breast milk production</translated-title></titles>';
    const xml = `<?xml version="1.0" encoding="UTF-8" ?><xml><records><record><ref-type name="Journal Article">17</ref-type>${titles}</record></records></xml>`;
    const [record] = parseBibliography(xml, 'scielo.xml').records;
    expect([record.title, record.originalTitle]).toEqual(['Oxytocin massage and breast milk production', 'Massagem de ocitocina e produção de leite materno']);
  });
});

it('gives no original title for a TT that repeats the title with a full stop', () => {
  const r = parseBibliography(
    'TY  - JOUR\nTI  - Breastfeeding self-efficacy among adolescent mothers\nTT  - Breastfeeding self-efficacy among adolescent mothers.\nAU  - Lee, A\nPY  - 2020\nER  - \n',
    'endnote.ris',
  ).records[0];
  expect(r.originalTitle).toBeUndefined();
});
