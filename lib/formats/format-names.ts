// What each import format is called where the reviewer reads it (the import view, messages): a
// module of its own, so that the dashboard page names a format without bundling the parsers.
import type { BibliographyFormat } from './record';

const FORMAT_NAMES: Record<BibliographyFormat, string> = {
  ris: 'RIS',
  medline: 'PubMed (MEDLINE)',
  bibtex: 'BibTeX',
  wos: 'Web of Science text',
  csv: 'CSV',
  tsv: 'tab-delimited text',
  enw: 'EndNote tagged text',
  csljson: 'CSL JSON',
  'endnote-xml': 'EndNote XML',
  'pubmed-xml': 'PubMed XML',
  'cochrane-text': 'Cochrane Library (plain text)',
};

/** The format's name as reviewers know it ("PubMed (MEDLINE)", "EndNote XML"); a format sent as a plain string is checked here. */
export const formatName = (format: string): string => (Object.hasOwn(FORMAT_NAMES, format) ? FORMAT_NAMES[format as BibliographyFormat] : format);

/** Every format Saring reads, by code, for a message that lists them (named, and its "or" said, in the message's language). */
export const FORMAT_CODES = Object.keys(FORMAT_NAMES) as BibliographyFormat[];
