// What BibTeX exporters write beyond bibtex.test.ts. arXiv preprints read alike whoever wrote them
// (bibtex.ts arxivOf): arXiv's own entry (bibtex.test.ts), DBLP's CoRR article (shaped on MIND-Lab/OCTIS
// octis/configuration/citations.py, "DBLP:journals/corr/abs-1907-04907") and Google Scholar's
// "arXiv preprint arXiv:…" journal. Wiley's abstract heading.
import { describe, expect, it } from 'vitest';
import { isPreprint } from '../../lib/dedup/preprint';
import { oneRecord as one } from './helpers';

const dblp = (more: string) =>
  `@article{DBLP:journals/corr/abs-1907-04907,\n  author    = {Adji B. Dieng and\n               David M. Blei},\n  title     = {Topic Modeling in Embedding Spaces},\n  journal   = {CoRR},\n  volume    = {abs/1907.04907},\n  year      = {2019},${more}\n  biburl    = {https://dblp.org/rec/journals/corr/abs-1907-04907.bib},\n  bibsource = {dblp computer science bibliography, https://dblp.org}\n}\n`;

describe('an arXiv preprint in BibTeX', () => {
  it("from DBLP (journal CoRR, the id in the volume) reads as arXiv's own entry", () => {
    const withEprint = one(dblp('\n  url       = {http://arxiv.org/abs/1907.04907},\n  archivePrefix = {arXiv},\n  eprint    = {1907.04907},'), 'dblp.bib');
    expect(withEprint).toMatchObject({ journal: 'arXiv', url: 'http://arxiv.org/abs/1907.04907' });
    expect(withEprint.volume).toBeUndefined();
    // Hand-kept copies of DBLP's entry often keep only journal and volume.
    const bare = one(dblp(''), 'dblp.bib');
    expect(bare).toMatchObject({ journal: 'arXiv', url: 'https://arxiv.org/abs/1907.04907' });
    expect(bare.volume).toBeUndefined();
    expect(isPreprint(bare)).toBe(true);
  });

  it("from DBLP since 2022 keeps arXiv's DOI and link", () => {
    const record = one(
      dblp(
        '\n  url          = {https://doi.org/10.48550/arXiv.1907.04907},\n  doi          = {10.48550/ARXIV.1907.04907},\n  eprinttype    = {arXiv},\n  eprint       = {1907.04907},',
      ),
      'dblp.bib',
    );
    expect(record).toMatchObject({ journal: 'arXiv', doi: '10.48550/arxiv.1907.04907', url: 'https://doi.org/10.48550/arXiv.1907.04907' });
    expect(record.volume).toBeUndefined();
  });

  it('from Google Scholar ("arXiv preprint arXiv:…") reads as arXiv, with its page', () => {
    const record = one(
      '@article{srivastava2013modeling,\n  title={Modeling documents with deep boltzmann machines},\n  author={Srivastava, Nitish},\n  journal={arXiv preprint arXiv:1309.6865},\n  year={2013}\n}\n',
      'scholar.bib',
    );
    expect(record).toMatchObject({ journal: 'arXiv', url: 'https://arxiv.org/abs/1309.6865' });
  });

  it('leaves a journal that is not arXiv, and a CoRR volume that is no id, as written', () => {
    const journal = one('@article{a,\n  title={Topic models},\n  journal={Corrosion Science},\n  volume={abs/12},\n  year={2019}\n}\n', 'a.bib');
    expect(journal).toMatchObject({ journal: 'Corrosion Science', volume: 'abs/12' });
    expect(one('@article{b,\n  title={Topic models},\n  journal={CoRR},\n  volume={7},\n  year={2019}\n}\n', 'b.bib')).toMatchObject({ journal: 'arXiv', volume: '7' });
  });
});

describe("Wiley's BibTeX abstract", () => {
  // Real: Wiley's "Cite → BibTeX" of 10.1002/bmb.21195, "abstract = {Abstract Enzyme kinetics is an essential topic …}".
  const entry = (abstract: string) =>
    `@article{https://doi.org/10.1002/bmb.21195,\nauthor = {Miquet, Johanna G.},\ntitle = {A laboratory work to introduce enzyme kinetics},\njournal = {Biochemistry and Molecular Biology Education},\ndoi = {https://doi.org/10.1002/bmb.21195},\nabstract = {${abstract}},\nyear = {2019}\n}\n`;

  it('loses the heading written as its first word', () => {
    expect(one(entry('Abstract Enzyme kinetics is an essential topic.'), 'wiley.bib').abstract).toBe('Enzyme kinetics is an essential topic.');
  });

  it("keeps the word when it is the text's own", () => {
    expect(one(entry('Abstract reasoning develops late.'), 'wiley.bib').abstract).toBe('Abstract reasoning develops late.');
  });
});
