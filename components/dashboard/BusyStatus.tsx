/** How far a long task has come (files read or stored by the import view). */
export type Progress = { done: number; total: number };

/** What the page is busy with, said to screen readers too, with a bar once the task says how far it is. */
export function BusyStatus({ busy, progress }: { busy: string; progress: Progress | null }) {
  return (
    <div role="status" aria-live="polite" class="progress">
      <span>{busy}</span>
      {progress && (
        <progress max={progress.total} value={progress.done}>
          {progress.done}
        </progress>
      )}
    </div>
  );
}
