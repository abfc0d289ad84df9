import type { Decision } from '../model';

/**
 * The boxes of the PRISMA 2020 flow that hold records (each counted record is in exactly one).
 * The `other…` boxes are the column "Identification of studies via other methods": a record
 * found only by citation searching, a website, an organisation or hand-searching. That column
 * has no screening box: its records the reviewer excluded on title and abstract (or left
 * unscreened) were never sought for retrieval.
 */
export const RECORD_BOXES = [
  'removedAutomation',
  'excludedScreening',
  'awaitingScreening',
  'awaitingFullText',
  'notRetrieved',
  'excludedFullText',
  'included',
  'uncounted',
  'deleted',
  'otherNotSought',
  'otherAwaitingScreening',
  'otherAwaitingFullText',
  'otherNotRetrieved',
  'otherExcludedFullText',
  'otherIncluded',
] as const;
export type RecordBox = (typeof RECORD_BOXES)[number];

/** Which box a counted record ends in, from its final screening and full-text decisions. */
export function boxOf(first: Decision | undefined, second: Decision | undefined): RecordBox {
  if (first?.automatic && first.decision === 'exclude') return 'removedAutomation';
  if (!first || first.decision === 'maybe') return 'awaitingScreening';
  if (first.decision === 'exclude') return 'excludedScreening';
  if (second?.retrieved === false) return 'notRetrieved';
  if (!second || second.decision === 'maybe') return 'awaitingFullText';
  return second.decision === 'include' ? 'included' : 'excludedFullText';
}

/** The box of the other-methods column a record goes to instead of a database column's box. */
const OTHER_BOX: Partial<Record<RecordBox, RecordBox>> = {
  removedAutomation: 'otherNotSought',
  excludedScreening: 'otherNotSought',
  deleted: 'otherNotSought',
  awaitingScreening: 'otherAwaitingScreening',
  awaitingFullText: 'otherAwaitingFullText',
  notRetrieved: 'otherNotRetrieved',
  excludedFullText: 'otherExcludedFullText',
  included: 'otherIncluded',
};
export const otherBoxOf = (box: RecordBox): RecordBox => OTHER_BOX[box] ?? box;

/** Boxes of "Studies included in review" (one box for both columns in PRISMA 2020). */
export const isIncludedBox = (box: RecordBox): boolean => box === 'included' || box === 'otherIncluded';

/** Boxes of records included on title and abstract whose full text is still to be decided. */
export const isAwaitingFullTextBox = (box: RecordBox): boolean => box === 'awaitingFullText' || box === 'otherAwaitingFullText';
