// R1 review: MEDLINE's substances among keywords (lib/formats/ris-fields.ts REGISTRY_NUMBER).
// 1. A 10-letter word in capitals is taken for a UNII: an Indonesian journal's keywords in capitals
//    with a gloss in brackets ("HIPERTENSI (Hypertension)", "PERSALINAN (Childbirth)") lose the
//    keyword itself when the last one is so written.
// 2. One rule for one library: EndNote exports the same Ovid records as RIS, tagged EndNote (.enw) and
//    EndNote XML; only RIS reads "GNN1DV99GX (Penicillamine)" as "Penicillamine".
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const kw = (text: string, name: string) => parseBibliography(text, name).records[0].keywords;

describe('RIS keywords in capitals with a bracketed gloss', () => {
  it('are no MEDLINE substances', () => {
    const ris =
      'TY  - JOUR\r\nTI  - Kepatuhan minum obat pada pasien hipertensi\r\nKW  - KEPATUHAN\r\nKW  - PERSALINAN (Childbirth)\r\nKW  - HIPERTENSI (Hypertension)\r\nER  - \r\n';
    expect(kw(ris, 'garuda.ris')).toEqual(['KEPATUHAN', 'PERSALINAN (Childbirth)', 'HIPERTENSI (Hypertension)']);
  });
});

describe('MEDLINE substances: one rule in every EndNote export', () => {
  const expected = ['Humans', 'Penicillamine'];
  it('RIS', () => {
    expect(kw('TY  - JOUR\r\nTI  - Zinc and penicillamine\r\nKW  - Humans\r\nKW  - GNN1DV99GX (Penicillamine)\r\nER  - \r\n', 'x.ris')).toEqual(expected);
  });
  it('EndNote tagged', () => {
    expect(kw('%0 Journal Article\n%T Zinc and penicillamine\n%K Humans\n%K GNN1DV99GX (Penicillamine)\n', 'x.enw')).toEqual(expected);
  });
  it('EndNote XML', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><xml><records><record><ref-type name="Journal Article">17</ref-type><titles><title>Zinc and penicillamine</title></titles><keywords><keyword>Humans</keyword><keyword>GNN1DV99GX (Penicillamine)</keyword></keywords></record></records></xml>';
    expect(kw(xml, 'x.xml')).toEqual(expected);
  });
});
