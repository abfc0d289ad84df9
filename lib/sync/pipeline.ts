// How a push keeps the server busy without losing its place (lib/sync/replicate.ts sends
// events and records through it).

/** How far one push goes: `batches` limits it (tests stop a push half way). */
export interface PushOptions {
  batches?: number;
  stopped?: () => boolean;
}

/** Batches on their way to the server at once: the next is already queued there when one is stored. */
const IN_FLIGHT = 2;

/**
 * Send batches in order with the server kept busy: the next batch is read here and sent
 * while the server still stores the last one (at most IN_FLIGHT on their way), and each
 * answer is recorded (revisions, checkpoint) in the order the batches were sent. Checkpoints
 * move only past batches the server acknowledged, so a push that fails anywhere resumes at
 * the first batch not recorded. `settle` says whether its batch made more to send (records
 * joined after a conflict get new change numbers): they are read at the end.
 */
export async function pipeline<T extends { seq?: number }, R>(
  read: (after: number) => Promise<T[]>,
  from: number,
  size: number,
  step: { transmit: (batch: T[]) => Promise<R>; settle: (batch: T[], result: R, last: number) => Promise<{ sent: number; again: boolean }> },
  options: PushOptions,
): Promise<{ sent: number; more: boolean }> {
  const flying: { batch: T[]; result: Promise<R>; upTo: number }[] = [];
  let [sent, n, last, again, failed] = [0, 0, from, false, false];
  // The oldest batch on its way: its answer, recorded.
  const land = async () => {
    const { batch, result, upTo } = flying.shift()!;
    const r = await step.settle(batch, await result, upTo);
    sent += r.sent;
    again ||= r.again;
  };
  let batch = await read(from);
  try {
    for (; batch.length && n < (options.batches ?? Infinity) && !options.stopped?.(); n++) {
      // A batch already refused: nothing more is sent (landing it throws).
      while (failed && flying.length) await land();
      last = batch[batch.length - 1].seq ?? last;
      const result = step.transmit(batch);
      // Awaited in order by land(); meanwhile a failure stops further sending and is not left unhandled.
      result.catch(() => (failed = true));
      flying.push({ batch, result, upTo: last });
      const next = batch.length === size ? read(last) : Promise.resolve([]);
      next.catch(() => undefined);
      if (flying.length >= IN_FLIGHT) await land();
      batch = await next;
      if (!batch.length) {
        while (flying.length) await land();
        if (again) [batch, again] = [await read(last), false];
      }
    }
    while (flying.length) await land();
  } finally {
    // A failure leaves later batches unrecorded (sent again next time); let them finish first.
    await Promise.allSettled(flying.map((f) => f.result));
  }
  return { sent, more: batch.length > 0 };
}
