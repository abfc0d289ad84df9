// Review of 69b1f66 (lib/sites/generic.ts journalOf, generic-source.ts citedJournal): the journal
// guessed from the free-text citation (DCTERMS.bibliographicCitation) is passed as `dc`, which
// journalOf tries BEFORE the page's structured journal fields — JSON-LD's periodical and COinS's
// rft.jtitle (DSpace XMLUI puts a COinS span on every item page). A structured name must win over
// a guess from prose.
import { expect, it } from 'vitest';
import { readPage } from '../sites/reader-page';

const tag = (name: string, content: string) => `<meta name="${name}" content="${content.replace(/"/g, '&quot;')}">`;
const head =
  tag('citation_title', 'Pijat oksitosin dan produksi ASI') +
  tag('citation_author', 'Rahmawati, Siti') +
  tag('DCTERMS.bibliographicCitation', 'Rahmawati S. Pijat oksitosin dan produksi ASI. Jurnal Ners. 2019; 14(2): 101-110.');
const coins = `<span class="Z3988" title="${'ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&amp;rft.atitle=Pijat+oksitosin+dan+produksi+ASI&amp;rft.jtitle=Jurnal+Ners&amp;rft.volume=14'}"></span>`;

it("takes COinS's journal rather than a guess from the citation's prose", () => {
  expect(readPage(head, `<h1>Pijat oksitosin dan produksi ASI</h1>${coins}`)?.journal).toBe('Jurnal Ners');
});
