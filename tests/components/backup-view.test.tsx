import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupView } from '../../components/dashboard/BackupView';
import { exportBackup, getActiveReview, getReview, newId, parseBackup, recordSeen, restoreBackup, saveReview, setActiveReview, setReviewArchived } from '../../lib/db';
import { blankReview } from '../../lib/screening/templates';
import { setLanguage } from '../../lib/i18n';
import { article, freshDb } from '../db/helpers';
import { mount, settle } from './render';

/** A backup of a profile whose active review holds one record; the database is then emptied. */
async function backupOfAReview(): Promise<{ file: File; reviewId: string }> {
  const review = await getActiveReview();
  await recordSeen(review.id, [article()], { database: 'pubmed' });
  const file = new File([JSON.stringify(await exportBackup())], 'saring-backup.json', { type: 'application/json' });
  await freshDb();
  return { file, reviewId: review.id };
}

async function restore(root: HTMLElement, file: File) {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
  await settle();
}

describe('restoring a backup', () => {
  beforeEach(async () => {
    await freshDb();
    setLanguage('en');
  });

  it("into a new browser opens the backup's review, not the empty one the first visit made", async () => {
    const { file, reviewId } = await backupOfAReview();
    const empty = await getActiveReview();
    expect(empty.id).not.toBe(reviewId);
    const root = await mount(<BackupView reviewId={empty.id} onRestored={async () => {}} />);
    await restore(root, file);
    await vi.waitFor(() => expect(root.textContent).toContain('Restored: 1 review added or updated, 1 record added, 0 merged'));
    expect((await getActiveReview()).id).toBe(reviewId);
    // Opening that review draws the dashboard anew: the summary stays in sight, once.
    const redrawn = await mount(<BackupView reviewId={reviewId} onRestored={async () => {}} />);
    expect(redrawn.textContent).toContain('Restored: 1 review added or updated, 1 record added, 0 merged');
    const later = await mount(<BackupView reviewId={reviewId} onRestored={async () => {}} />);
    expect(later.textContent).not.toContain('Restored:');
  });

  it('keeps the review the reviewer is working on when it holds records', async () => {
    const { file, reviewId } = await backupOfAReview();
    const working = await getActiveReview();
    await recordSeen(working.id, [article({ pmid: '2', sourceId: '2', title: 'Pijat punggung dan ASI' })], { database: 'pubmed' });
    const root = await mount(<BackupView reviewId={working.id} onRestored={async () => {}} />);
    await restore(root, file);
    await vi.waitFor(() => expect(root.textContent).toContain('Restored:'));
    expect((await getActiveReview()).id).toBe(working.id);
    expect(working.id).not.toBe(reviewId);
  });

  it('that is stored but not redrawn says it was restored, never that nothing was changed', async () => {
    const { file, reviewId } = await backupOfAReview();
    const root = await mount(<BackupView reviewId={(await getActiveReview()).id} onRestored={() => Promise.reject(new Error('reload failed'))} />);
    await restore(root, file);
    await vi.waitFor(() => expect(root.textContent).toContain('Restored: 1 review added or updated'));
    expect(root.textContent).toContain('reload this page');
    expect(root.textContent).not.toContain('Nothing was changed');
    expect(await getReview(reviewId)).toBeDefined();
  });

  it("says what is wrong with a file that is no backup in the reviewer's language, and changes nothing", async () => {
    setLanguage('id');
    const root = await mount(<BackupView reviewId={(await getActiveReview()).id} onRestored={async () => {}} />);
    await restore(root, new File(['{"format": "zotero"}'], 'library.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(root.textContent).toContain('Tidak ada yang diubah. Berkas ini bukan cadangan Saring'));
    await restore(root, new File(['{"format": "saring-backup", "version": 99}'], 'saring-backup.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(root.textContent).toContain('format cadangan 99'));
  });

  it("says an unexpected problem in the reviewer's language, keeping its own text as the technical detail; a full disk as such", async () => {
    setLanguage('id');
    const root = await mount(<BackupView reviewId={(await getActiveReview()).id} onRestored={async () => {}} />);
    // A file moved or deleted after it was chosen: the browser cannot read it (NotReadableError).
    const unreadable = (error: Error) => Object.assign(new File(['{}'], 'saring-backup.json'), { text: () => Promise.reject(error) });
    await restore(root, unreadable(new DOMException('The requested file could not be read', 'NotReadableError')));
    await vi.waitFor(() =>
      expect(root.querySelector('[role=alert]')?.textContent).toBe(
        'Tidak ada yang diubah. Cadangan tidak dapat dipulihkan karena terjadi masalah yang tidak terduga (detail teknis: The requested file could not be read).',
      ),
    );
    await restore(root, unreadable(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })));
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('kuota penyimpanan habis'));
    // A storage error that lists every record it failed on is cut, as import messages cut theirs.
    const long = `Table.bulkPut(): 10000 of 10000 operations failed. Errors: ${'ConstraintError: Key already exists. '.repeat(300)}`;
    await restore(root, unreadable(new Error(long)));
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('Table.bulkPut(): 10000 of 10000'));
    expect(root.querySelector('[role=alert]')?.textContent?.length).toBeLessThan(1_200);
  });

  it('whose review is archived here leaves it archived and closed, and its summary does not come back when the view opens again', async () => {
    const { file, reviewId } = await backupOfAReview();
    // This profile had the review, and archived it for a new, still empty one.
    await restoreBackup(parseBackup(await file.text()));
    const fresh = await saveReview(blankReview(newId(), 'Tinjauan baru'));
    await setActiveReview(fresh.id);
    await setReviewArchived(reviewId, true);
    const root = await mount(<BackupView reviewId={fresh.id} onRestored={async () => {}} />);
    await restore(root, file);
    await vi.waitFor(() => expect(root.textContent).toContain('Restored:'));
    expect((await getActiveReview()).id).toBe(fresh.id);
    expect((await getReview(reviewId))?.archived).toBe(true);
    // The dashboard stayed on the same review, so nothing drew the view anew: later it opens without the summary.
    const later = await mount(<BackupView reviewId={fresh.id} onRestored={async () => {}} />);
    expect(later.textContent).not.toContain('Restored:');
  });

  it("that opened a review shows its summary in that review's view only, and never after another view was drawn", async () => {
    const { file, reviewId } = await backupOfAReview();
    const empty = await getActiveReview();
    const root = await mount(<BackupView reviewId={empty.id} onRestored={async () => {}} />);
    await restore(root, file);
    await vi.waitFor(() => expect(root.textContent).toContain('Restored:'));
    // The reviewer went back to the empty review before the restored one was drawn.
    const other = await mount(<BackupView reviewId={empty.id} onRestored={async () => {}} />);
    expect(other.textContent).not.toContain('Restored:');
    const restored = await mount(<BackupView reviewId={reviewId} onRestored={async () => {}} />);
    expect(restored.textContent).not.toContain('Restored:');
  });
});
