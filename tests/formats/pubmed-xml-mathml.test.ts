// PubMed XML writes formulas as MathML, indented over many lines (PMID 29963580: "inhaled
// <mml:math>…<mml:mi>He</mml:mi>…<mml:mprescripts/><mml:none/>…<mml:mn>3</mml:mn>…"). The formula
// reads as PubMed shows it, "3He/129Xe MRI", not one symbol a line.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const isotope = (base: string, mass: string) => `
      <mml:mmultiscripts>
        <mml:mrow>
          <mml:mi>${base}</mml:mi>
        </mml:mrow>
        <mml:mprescripts/>
        <mml:none/>
        <mml:mrow>
          <mml:mn>${mass}</mml:mn>
        </mml:mrow>
      </mml:mmultiscripts>`;
const formula = `<mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML">
    <mml:mrow>${isotope('He', '3')}
      <mml:mo>/</mml:mo>${isotope('Xe', '129')}
      <mml:mtext> </mml:mtext>
      <mml:mi>MRI</mml:mi>
    </mml:mrow>
  </mml:math>`;
const pubmed = (abstract: string) =>
  `<?xml version="1.0" ?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation Status="PubMed-not-MEDLINE" Owner="NLM"><PMID Version="1">29963580</PMID><Article><Journal><JournalIssue><Volume>5</Volume><PubDate><Year>2018</Year></PubDate></JournalIssue><Title>Journal of medical imaging</Title></Journal><ArticleTitle>Development of a pulmonary imaging biomarker pipeline.</ArticleTitle><Abstract><AbstractText>${abstract}</AbstractText></Abstract><AuthorList><Author><LastName>Guo</LastName><ForeName>Fumin</ForeName></Author></AuthorList></Article></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>\n`;

describe('MathML in PubMed XML', () => {
  it('reads a formula as its symbols in order, a prescript before its base', () => {
    const abstract = parseBibliography(pubmed(`The pipelines included (1) inhaled ${formula} ventilation and (2) CT.`), 'pubmed.xml').records[0].abstract;
    expect(abstract).toBe('The pipelines included (1) inhaled 3He/129Xe MRI ventilation and (2) CT.');
  });

  it('a subscript after its base stays after it', () => {
    const written = 'Oxygen (<mml:math><mml:msub><mml:mi>O</mml:mi><mml:mn>2</mml:mn></mml:msub></mml:math>) was given.';
    expect(parseBibliography(pubmed(written), 'pubmed.xml').records[0].abstract).toBe('Oxygen (O2) was given.');
  });
});
