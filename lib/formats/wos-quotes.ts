// Web of Science keeps TeX's quotes, "``provinces''", and turns only the opening pair into a
// straight quote in its plain text, tab-delimited and RIS files: "dinosaur "provinces,'' or
// "biomes,'' on Laramidia" (its BibTeX writes "``physical{''}", which latex.ts reads). A quote so
// opened and closed is a quote, “provinces,”; a "''" with no quote opened before it (f''(x), 5'')
// stays. Looked at only in records with a Web of Science id, and only when they hold "''".
import type { Draft } from './record';

/** Web of Science's record id: its database's code and the id ("WOS:000282053100002", "ZOOREC:ZOOR11800038660", "MEDLINE:…"). */
const WOS_ID = /^[A-Z]{3,8}:./;
// The opening quote starts a word (the text's start, or after a space or a bracket) and a word
// follows it: the closing quote of an ordinary pair ('"gold standard" test … f''(x)') opens nothing.
const TEX_CLOSED = /(^|[\s([{])"([^"\s][^"\n]{0,399}?)''/g;

const paired = (text: string | undefined) => (text?.includes("''") ? text.replace(TEX_CLOSED, '$1“$2”') : text);

/** The title's and abstract's quotes as quotes, in a Web of Science record. */
export function wosQuotes(draft: Draft): void {
  const id = draft.sourceId;
  const c = id ? id.charCodeAt(0) : 0;
  if (c < 65 || c > 90 || !WOS_ID.test(id!)) return;
  draft.title = paired(draft.title);
  draft.abstract = paired(draft.abstract);
}
