// arXiv preprints, as each exporter names them (bibtex.ts reads its eprint fields too; record.ts
// gives every importer's record DBLP's form read the same: its RIS writes "JO  - CoRR", "VL  - abs/…").
const ARXIV_VENUE = /^(?:corr|arxiv)$/i;
const ARXIV_VOLUME = /^abs\/(\S+)$/;
const SCHOLAR_ARXIV = /^arxiv preprint arxiv:\s*(\S+)$/i;

/**
 * An arXiv preprint, as each exporter writes one. arXiv's own "Cite as" BibTeX: "eprint =
 * {1706.03762}, archivePrefix = {arXiv}" and no venue. DBLP names arXiv by its computer science
 * part, CoRR, with the id in the volume: "journal = {CoRR}, volume = {abs/1907.04907}" (with or
 * without eprint). Google Scholar: "journal = {arXiv preprint arXiv:1309.6865}". Each reads as
 * arXiv's: the journal "arXiv", the id's page the link when there is none, no volume.
 * `named`: the venue written is arXiv, under one of its names; `inVolume`: the volume is the id.
 */
export function arxivOf(venue: string | undefined, volume: string | undefined, eprint: string | undefined) {
  const id = eprint?.replace(/^arxiv:/i, '');
  if (venue && ARXIV_VENUE.test(venue)) {
    const inVolume = volume ? ARXIV_VOLUME.exec(volume)?.[1] : undefined;
    return { id: id ?? inVolume, named: true, inVolume: !!inVolume };
  }
  const scholar = venue?.startsWith('arXiv') ? SCHOLAR_ARXIV.exec(venue)?.[1] : undefined;
  return { id: id ?? scholar, named: !!scholar, inVolume: false };
}

/** A record whose venue is DBLP's "CoRR" with the preprint's id as its volume: arXiv's, no volume, the id's page its link. */
export function arxivVenue(draft: { journal?: string; volume?: string; url?: string }): void {
  if (draft.volume?.charCodeAt(0) !== 97 /* a */) return;
  const preprint = arxivOf(draft.journal, draft.volume, undefined);
  if (!preprint.inVolume) return;
  draft.journal = 'arXiv';
  draft.volume = undefined;
  draft.url ||= `https://arxiv.org/abs/${preprint.id}`;
}
