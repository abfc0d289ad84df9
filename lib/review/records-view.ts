import { EvidenceSchema, type Evidence, type EventOf, type ReviewEvent, type ReviewRecord } from '../model';
import { resolveKey, type Groups } from './groups';
import { joinArticle, joinSources } from './join';
import { compareEvents } from './order';

/** The latest delete or restore of each key. */
export type Deletions = Map<string, { at: number; id: string; deleted: boolean }>;

/** Latest delete or restore per key, and the edits of each record in order. */
function recordEvents(events: readonly ReviewEvent[]) {
  const deletion: Deletions = new Map();
  const edits = new Map<string, EventOf<'record-edit'>[]>();
  for (const e of [...events].filter((x) => x.kind === 'records-delete' || x.kind === 'records-restore' || x.kind === 'record-edit').sort(compareEvents)) {
    if (e.kind === 'record-edit') edits.set(e.subject, [...(edits.get(e.subject) ?? []), e]);
    else if (e.kind === 'records-delete' || e.kind === 'records-restore') {
      for (const key of e.payload.keys) deletion.set(key, { at: e.at, id: e.id, deleted: e.kind === 'records-delete' });
    }
  }
  return { deletion, edits };
}

/** Every key's latest delete or restore (what isDeleted reads). */
export const deletionsOf = (events: readonly ReviewEvent[]): Deletions => recordEvents(events).deletion;

/** The newest sighting of a record. */
const lastSeen = (r: ReviewRecord) => r.sources.reduce((m, s) => Math.max(m, s.at), 0);

/**
 * True when a stored record is deleted: the latest delete or restore of its own key, or of the
 * key its group shows under (the Records view deletes a merged record by that key), is a delete,
 * and the record was not seen again after it. A merged group is deleted only when every member
 * is: Ani deleted `pmid:31978945` on her machine; Budi had found and included the same paper as
 * `doi:10.1234/oxy.2021`, which nobody deleted — once merged, the study stays, with his include.
 */
export function isDeleted(deletion: Deletions, shownAs: string, record: ReviewRecord): boolean {
  const own = deletion.get(record.key);
  const group = shownAs === record.key ? undefined : deletion.get(shownAs);
  const last = own && group ? (compareEvents(own, group) >= 0 ? own : group) : (own ?? group);
  return !!last?.deleted && lastSeen(record) <= last.at;
}

/**
 * The records a review shows: every stored record, merged ones joined under their surviving
 * key, edits applied, deleted ones left out (until seen again after the deletion). Stored
 * records are never changed by merges or edits, so undoing a merge or an edit is exact.
 */
export function recordsView<R extends ReviewRecord>(docs: readonly R[], groups: Groups, events: readonly ReviewEvent[]): R[] {
  return viewRecords(docs, groups, events).shown;
}

/** The records a review shows (recordsView), and those it leaves out because they were deleted. */
export function viewRecords<R extends ReviewRecord>(docs: readonly R[], groups: Groups, events: readonly ReviewEvent[]): { shown: R[]; deleted: R[] } {
  const { deletion, edits } = recordEvents(events);
  const grouped = new Map<string, R[]>();
  const out: R[] = [];
  for (const doc of docs) {
    const rep = resolveKey(groups, doc.key);
    if (rep === doc.key && !groups.members.has(rep)) {
      out.push(doc);
      continue;
    }
    // A record merged into another keeps what was corrected or extracted on it before the merge
    // (its evidence, its fixed metadata): its own edits go into the join, the group's on top of it.
    const member = rep === doc.key ? doc : withEdits(doc, edits.get(doc.key));
    const list = grouped.get(rep);
    if (list) list.push(member);
    else grouped.set(rep, [member]);
  }
  for (const [rep, members] of grouped) out.push(joinGroup(rep, members));
  const shown: R[] = [];
  const deleted: R[] = [];
  for (const record of out) {
    const members = grouped.get(record.key);
    const edited = withEdits(record, edits.get(record.key));
    const evidence = members && joinEvidence(members, edits);
    (members ?? [record]).every((m) => isDeleted(deletion, record.key, m)) ? deleted.push(edited) : shown.push(edited);
    if (evidence) edited.evidence = evidence;
    if (members) edited.reportOf = joinReportOf(edited, members, edits);
  }
  return { shown, deleted };
}

/** How many stored records carry each search, before merges and deletions (PRISMA's duplicates within a search). */
export function storedPerSearch(docs: readonly ReviewRecord[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const doc of docs) {
    const searches = new Set(doc.sources.map((s) => s.searchId));
    for (const id of searches) if (id !== undefined) count.set(id, (count.get(id) ?? 0) + 1);
  }
  return count;
}

const NO_EVIDENCE = EvidenceSchema.parse({});

/**
 * A record with its edits applied, in order: each replaces the article or the whole evidence it
 * carries, or sets the evidence fields it changed (so two reviewers' saves of different fields
 * both hold, whichever came last).
 */
function withEdits<R extends ReviewRecord>(record: R, changes: EventOf<'record-edit'>[] | undefined): R {
  let edited = record;
  for (const e of changes ?? []) {
    edited = {
      ...edited,
      ...(e.payload.article ? { article: e.payload.article } : {}),
      ...(e.payload.evidence ? { evidence: e.payload.evidence } : {}),
      ...(e.payload.evidenceFields ? { evidence: { ...NO_EVIDENCE, ...(e.payload.evidence ?? edited.evidence), ...e.payload.evidenceFields } } : {}),
      ...(e.payload.reportOf !== undefined ? { reportOf: e.payload.reportOf ?? undefined } : {}),
      updatedAt: Math.max(edited.updatedAt, e.at),
    };
  }
  return edited;
}

/** One filled evidence field of one member of a group, and the edit that filled it (none: stored with the record). */
interface Filled {
  value: string;
  at: number;
  id: string;
}

/**
 * The evidence of a merged group, field by field: Ani extracted the sample size on her PubMed
 * record, Budi the setting on his Scholar row, the group shows under the DOI record — it shows
 * both. When two members filled one field, the later edit wins: edits are record-edit events,
 * dated and in the one order of events (compareEvents); evidence stored with a record (a backup
 * or a record from before evidence was edited by events) counts as older than any edit, and
 * among such the group's own record, then the earliest added, wins. A field a save emptied
 * (evidenceFields: the fields one save changed) counts as filled with nothing; a whole-form save
 * (`evidence`) says nothing about the fields it left empty.
 */
function joinEvidence<R extends ReviewRecord>(members: R[], edits: Map<string, EventOf<'record-edit'>[]>): Evidence | undefined {
  const fields = new Map<string, Filled>();
  const fill = (field: string, filled: Filled) => {
    const seen = fields.get(field);
    if (!seen || compareEvents(filled, seen) > 0) fields.set(field, filled);
  };
  for (const m of members) {
    // Members come sorted (joinGroup): stored values, older than any edit, are filled first-come.
    for (const [field, value] of Object.entries(m.evidence ?? {})) if (value && !fields.has(field)) fields.set(field, { value, at: 0, id: '' });
  }
  for (const m of members) {
    for (const e of edits.get(m.key) ?? []) {
      for (const [field, value] of Object.entries(e.payload.evidence ?? {})) if (value) fill(field, { value, at: e.at, id: e.id });
      for (const [field, value] of Object.entries(e.payload.evidenceFields ?? {})) if (value !== undefined) fill(field, { value, at: e.at, id: e.id });
    }
  }
  if (!fields.size) return undefined;
  return { ...NO_EVIDENCE, ...Object.fromEntries([...fields].map(([field, filled]) => [field, filled.value])) };
}

/**
 * The "another report of" link of a merged group: the latest set on any of its members (the Records
 * view links the key a group shows under, which a later merge may leave behind as an alias), unless
 * it points into the group itself.
 */
function joinReportOf<R extends ReviewRecord>(group: R, members: R[], edits: Map<string, EventOf<'record-edit'>[]>): string | undefined {
  let latest: EventOf<'record-edit'> | undefined;
  for (const m of members) for (const e of edits.get(m.key) ?? []) if (e.payload.reportOf !== undefined && (!latest || compareEvents(e, latest) > 0)) latest = e;
  const study = latest?.payload.reportOf ?? undefined;
  return study === undefined || study === group.key || group.aliases.includes(study) ? undefined : study;
}

/** One record from the members of a merged group, under its surviving key. */
function joinGroup<R extends ReviewRecord>(rep: string, members: R[]): R {
  members.sort((a, b) => (a.key === rep ? -1 : b.key === rep ? 1 : a.addedAt - b.addedAt || a.key.localeCompare(b.key)));
  const base = members[0];
  const aliases = new Set<string>();
  let article = base.article;
  let sources = base.sources;
  for (const m of members) {
    if (m !== base) {
      article = joinArticle(article, m.article);
      sources = joinSources(sources, m.sources);
    }
    if (m.key !== rep) aliases.add(m.key);
    m.aliases.forEach((a) => a !== rep && aliases.add(a));
  }
  return {
    ...base,
    key: rep,
    article,
    sources,
    aliases: [...aliases].sort(),
    evidence: base.evidence ?? members.find((m) => m.evidence)?.evidence,
    addedAt: Math.min(...members.map((m) => m.addedAt)),
    updatedAt: Math.max(...members.map((m) => m.updatedAt)),
  };
}
