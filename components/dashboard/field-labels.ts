// The fields a CSV column can be mapped to, in the reviewer's words: the mapping form's labels and
// the import messages that name a field ("column "Tahun" (Year) is not in the file").
import type { MappableField } from '../../lib/formats/csv-profiles';
import type { MessageKey } from '../../lib/i18n';

/** Each field the reviewer can map a column to, in words (the field names are the code's). */
export const MAPPABLE_FIELD_LABEL: Record<MappableField, MessageKey> = {
  title: 'columnTitle',
  authors: 'columnAuthors',
  year: 'columnYear',
  journal: 'columnJournal',
  volume: 'importFieldVolume',
  issue: 'importFieldIssue',
  pages: 'importFieldPages',
  startPage: 'importFieldStartPage',
  endPage: 'importFieldEndPage',
  doi: 'columnDoi',
  pmid: 'columnPmid',
  abstract: 'abstractHeading',
  keywords: 'importFieldKeywords',
  url: 'importFieldUrl',
  language: 'checkLanguage',
  sourceId: 'importFieldSourceId',
};
