import { ANSWERS, CRITERIA, type Criterion } from '../../lib/model';
import type { RecordFilter } from '../../lib/review/query';
import { t } from '../../lib/i18n';
import { ANSWER_LABEL, CRITERION_LABEL, VERDICT_LABEL } from '../labels';
import { BAND_LABEL } from '../Relevance';
import type { Band } from '../../lib/ranking/bands';

type SetFilter = (patch: Partial<RecordFilter>) => void;

const selectValue = (e: Event) => (e.target as HTMLSelectElement).value;
const inputValue = (e: Event) => (e.target as HTMLInputElement).value;
const yearValue = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text) : undefined);

/** A select of free values (reasons, databases) with an "all" choice first. */
function ValueFilter({ label, value, values, onChange }: { label: string; value: string; values: string[]; onChange: (value: string) => void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(selectValue(e))}>
        <option value="">{t('filterAll')}</option>
        {values.map((v) => (
          <option value={v}>{v}</option>
        ))}
      </select>
    </label>
  );
}

function DecisionFilter({ filter, set }: { filter: RecordFilter; set: SetFilter }) {
  return (
    <label class="field">
      <span>{t('columnDecision')}</span>
      <select value={filter.decision} onChange={(e) => set({ decision: selectValue(e) as RecordFilter['decision'] })}>
        <option value="all">{t('filterAll')}</option>
        {(['include', 'exclude', 'maybe'] as const).map((v) => (
          <option value={v}>{t(VERDICT_LABEL[v])}</option>
        ))}
        <option value="undecided">{t('decisionNone')}</option>
      </select>
    </label>
  );
}

function BandFilter({ filter, set }: { filter: RecordFilter; set: SetFilter }) {
  return (
    <label class="field">
      <span>{t('columnRelevance')}</span>
      <select value={filter.band ?? ''} onChange={(e) => set({ band: (selectValue(e) || undefined) as RecordFilter['band'] })}>
        <option value="">{t('filterAll')}</option>
        {(['high', 'medium', 'low'] as Band[]).map((b) => (
          <option value={b}>{t(BAND_LABEL[b])}</option>
        ))}
        <option value="none">{t('bandNone')}</option>
      </select>
    </label>
  );
}

function YearFilters({ set }: { set: SetFilter }) {
  return (
    <>
      <label class="field narrow">
        <span>{t('filterYearFrom')}</span>
        <input inputMode="numeric" onInput={(e) => set({ yearFrom: yearValue(inputValue(e)) })} />
      </label>
      <label class="field narrow">
        <span>{t('filterYearTo')}</span>
        <input inputMode="numeric" onInput={(e) => set({ yearTo: yearValue(inputValue(e)) })} />
      </label>
    </>
  );
}

function CriterionFilter({ set }: { set: SetFilter }) {
  return (
    <label class="field">
      <span>{t('filterCriterion')}</span>
      <select
        onChange={(e) => {
          const value = selectValue(e);
          if (!value) return set({ criterion: undefined });
          const [criterion, answer] = value.split('|');
          set({ criterion: { criterion: criterion as Criterion, answer: answer as never } });
        }}
      >
        <option value="">{t('filterAll')}</option>
        {CRITERIA.flatMap((c) =>
          [...ANSWERS, 'unanswered' as const].map((a) => (
            <option value={`${c}|${a}`}>
              {t(CRITERION_LABEL[c])}: {a === 'unanswered' ? t('filterUnanswered') : t(ANSWER_LABEL[a])}
            </option>
          )),
        )}
      </select>
    </label>
  );
}

/** The filter bar of the records view: text search, decision, reason, database, relevance, years, criterion. */
export function RecordFilters({
  filter,
  onChange,
  reasons,
  databases,
}: {
  filter: RecordFilter;
  onChange: (filter: RecordFilter) => void;
  reasons: string[];
  databases: string[];
}) {
  const set: SetFilter = (patch) => onChange({ ...filter, ...patch });
  return (
    <div class="filters" role="search">
      <label class="field grow">
        <span>{t('filterSearch')}</span>
        <input type="search" value={filter.text} placeholder={t('filterSearchPlaceholder')} onInput={(e) => set({ text: inputValue(e) })} />
      </label>
      <DecisionFilter filter={filter} set={set} />
      <ValueFilter label={t('columnReason')} value={filter.reason} values={reasons} onChange={(reason) => set({ reason })} />
      <ValueFilter label={t('columnDatabases')} value={filter.database} values={databases} onChange={(database) => set({ database })} />
      <BandFilter filter={filter} set={set} />
      <YearFilters set={set} />
      <CriterionFilter set={set} />
    </div>
  );
}
