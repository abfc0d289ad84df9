// Title match keys are worked out by foldTitle (lib/dedup/normalize.ts). When its folding
// changes, the keys stored with records folded the old way no longer equal the keys a new copy
// of the same article is looked up by: each schema version that changes the folding re-keys the
// records whose titles it affects, in its upgrade transaction. Nothing but matchKeys (and the
// pack's numbers of them) changes: the records are the same, so nothing is sent to a team again.
import type { Transaction } from 'dexie';
import { packHashes, recordMatchKeys } from './match';
import type { RecordPack, StoredRecord } from './schema';
import { LONG_TITLE } from '../dedup/cut';

/** Re-key the stored records whose title `affected` says the new folding treats differently. */
export async function rekeyTitles(tx: Transaction, affected: (title: string) => boolean): Promise<void> {
  const hit = (record: StoredRecord) => affected(record.article?.title ?? '');
  const rekey = (record: StoredRecord) => {
    record.matchKeys = recordMatchKeys(record.reviewId, record.key, record.aliases ?? [], record.article);
  };
  await tx
    .table('records')
    .filter(hit)
    .modify((record: StoredRecord) => rekey(record));
  await tx
    .table('packs')
    .filter((pack: RecordPack) => pack.records.some(hit))
    .modify((pack: RecordPack) => {
      for (const record of pack.records) if (hit(record)) rekey(record);
      pack.hashes = packHashes(pack.records);
    });
}

/** Titles version 12 gave keys by their first and last words (lib/dedup/cut.ts partKeys). */
export const LONG_TITLES_12 = (title: string) => title.length > LONG_TITLE;

/** Titles whose folding version 11 changed: a "<" or ">" that is no tag, and "+"/"−" signs after a word. */
export const FOLDING_11 = (title: string) => /[<>+\u2212]|- /.test(title);
