import type { ImportMessageCode, MessageArg } from '../../lib/formats/messages';

// Each import message with sample values, and its English text as the readers wrote it before
// the messages had codes (copied from their old template strings): the texts must not change.
const EXPORT = 'export the records as RIS instead (or PubMed format, BibTeX or CSV)';
const QUOTE = 'a quoted cell has text after its closing quote (a quote inside a cell must be written twice: "")';
const REST = 'so the rest of the file could not be read: fix the quote and import the file again';
const CUT = (before: string) =>
  `the file ends inside record 3 ("Pijat oksitosin"): it was cut short (truncated) and that record is not read; ${before} — export the file again to get the rest`;
const file = { file: 'x.ris' };

export const MESSAGE_SAMPLES: Record<Exclude<ImportMessageCode, 'several'>, [MessageArg[], string]> = {
  empty: [[{}], 'the file is empty'],
  pdf: [[{ file: 'x.pdf' }], '"x.pdf" is a PDF document'],
  zip: [[file], '"x.ris" is a zip archive (an .xlsx or .docx file?): save it as CSV or RIS first'],
  rtf: [[file], '"x.ris" is an RTF document'],
  nulBytes: [[file], '"x.ris" is binary, not text (it holds NUL bytes)'],
  binary: [[{}], 'the file is binary, not text'],
  excel: [['.xlsx'], 'the file is an Excel workbook (.xlsx): open it in Excel and save it as CSV (File → Save As → "CSV UTF-8"), then import the CSV'],
  tooLarge: [['300.0 MB', '256.0 MB'], 'the file is too large (300.0 MB; at most 256.0 MB): split the export'],
  webPage: [[file], `"x.ris" is a web page (HTML), not a reference export: ${EXPORT}`],
  otherXml: [[file, 'eSearchResult'], `"x.ris" is an XML file of another kind (<eSearchResult>), not a reference export: Saring reads EndNote XML and PubMed XML; ${EXPORT}`],
  xml: [[file], `"x.ris" is an XML file, not a reference export: Saring reads EndNote XML and PubMed XML; ${EXPORT}`],
  notCslJson: [[file], `"x.ris" is JSON, but not CSL JSON: ${EXPORT}`],
  cslNoTitle: [[{}], 'the file is JSON, but not CSL JSON (no item with a title): export the records as CSL JSON, RIS or BibTeX'],
  badJson: [[file], '"x.ris" is not valid JSON (it may be cut short or edited by hand)'],
  refworks: [[file], `"x.ris" is a RefWorks tagged file: ${EXPORT}`],
  cochraneText: [[file], `"x.ris" is a Cochrane Library plain-text export: ${EXPORT}`],
  numberedList: [[file], `"x.ris" is a numbered list of references (PubMed's "Summary (text)" or a bibliography): ${EXPORT}`],
  unknownFormat: [[file, 'RIS, BibTeX', 'CSV'], '"x.ris" is not an export Saring reads (RIS, BibTeX or CSV)'],
  noHeaderRow: [[], 'the file has no header row'],
  chooseTitle: [[], 'choose the column that holds the title'],
  csvColumns: [['Judul, Penulis'], 'the columns of this CSV are not from a known export (Judul, Penulis): choose which column holds the title, authors, year, …'],
  notText: [[], 'expected the text of a file'],
  unreadable: [[file, 'boom'], 'could not read "x.ris": boom'],
  undecodable: [[{}, 'boom'], 'could not decode the file: boom'],
  noTitle: [[], 'record without a title skipped'],
  moreWarnings: [[12], '12 more warnings not shown'],
  noRecords: [['RIS'], 'no records found: the file looks like RIS, but none of its records could be read'],
  badCharacters: [[], 'some characters could not be decoded (wrong or mixed encoding) and show as "\uFFFD"'],
  mixedEncoding: [[], 'the file mixes encodings (UTF-8 and another); characters that are not UTF-8 are shown as "\uFFFD"'],
  largeFile: [['21.0 MB', 9], 'large file (21.0 MB): 9 records read'],
  otherFormatRecord: [['BibTeX'], 'a BibTeX record in this RIS file is not read: import it as a file of its own'],
  beforeFirstTy: [[], 'lines before the first record (TY) ignored'],
  noStartTy: [[], 'a record without its start line (TY) skipped'],
  lastNoEr: [[], 'the last record has no end line (ER): the file may be truncated'],
  noEr: [[], 'record has no end line (ER)'],
  noPt: [[], 'record starts without a PT line'],
  beforeFirstEnw: [[], 'text before the first record (%0) ignored'],
  entryNotClosed: [[], 'entry is not closed: the file may be truncated'],
  crossrefMissing: [['b', 'crossref', 'a'], 'entry "b" names crossref "a", which is not in the file: read without its fields'],
  notCslItem: [[3, 'title'], 'item 3 is not a CSL item (title): skipped'],
  badQuote: [[], QUOTE],
  badQuoteRest: [[], `${QUOTE}, ${REST}`],
  openQuoteRest: [[], `a cell opens with a quote (") that is never closed, ${REST}`],
  csvOther: [['Unable to auto-detect delimiting character'], 'Unable to auto-detect delimiting character'],
  headerAgain: [[], 'the header row again (exports joined into one file?): not read as a record'],
  headerAgainLines: [[3, 7], 'the header row again on 3 lines (first line 7): exports joined into one file? not read as records'],
  mappedColumnMissing: [['Tahun', { field: 'year' }], 'column "Tahun" (year) is not in the file'],
  columnUnread: [['Catatan'], 'column "Catatan" (not one Saring reads in this export) was not read'],
  columnRename: [['Abstrak', 'Abstract'], 'column "Abstrak" (not one Saring reads in this export) was not read: rename it to "Abstract" to import it'],
  unnamedColumnUnread: [[4], 'column 4 (it has no name in the header row) was not read'],
  unnamedColumnName: [[4, 'Abstract'], 'column 4 (it has no name in the header row) was not read: name it to "Abstract" to import it'],
  cellsPastHeaderLine: [
    ['Year', 5, 3, 4],
    `cells past the header row's last column ("Year") were not read on line 5: the header row names 3 columns, the rows hold up to 4; name the missing columns in the header row to import them`,
  ],
  cellsPastHeaderLines: [
    ['Year', 2, 5, 3, 4],
    `cells past the header row's last column ("Year") were not read on 2 lines (first line 5): the header row names 3 columns, the rows hold up to 4; name the missing columns in the header row to import them`,
  ],
  secondTitleLine: [['TITLE'], `a second "TITLE" line in one record: the lines up to the next TITLE line are not read (is a record's TITLE line missing?)`],
  cutInsideFirst: [['3 ("Pijat oksitosin")'], CUT('no record before it')],
  cutInsideSecond: [['3 ("Pijat oksitosin")'], CUT('the record before it was read')],
  cutInside: [['3 ("Pijat oksitosin")', 2], CUT('the 2 records before it were read')],
  endsBefore: [['</records></xml>', 4], 'the file ends before </records></xml>: it may be truncated after record 4'],
};
