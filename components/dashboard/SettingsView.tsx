import { useEffect, useState } from 'preact/hooks';
import type { CsvSeparatorName } from '../../lib/formats/csv-write';
import type { LanguageSetting } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { loadCsvSeparator, onCsvSeparatorChosen, saveCsvSeparator } from './csv-separator';

/** Settings: the interface language (the browser's by default) and the separator of the CSV files. */
export function SettingsView({ load, save }: { load: () => Promise<LanguageSetting>; save: (language: LanguageSetting) => Promise<void> }) {
  const [language, setLanguage] = useState<LanguageSetting>('auto');
  useEffect(() => void load().then(setLanguage), []);
  return (
    <section class="settings">
      <label class="field">
        <span>{t('settingsLanguage')}</span>
        <select
          value={language}
          onChange={async (e) => {
            const next = (e.target as HTMLSelectElement).value as LanguageSetting;
            setLanguage(next);
            await save(next);
          }}
        >
          <option value="auto">{t('settingsLanguageAuto')}</option>
          <option value="en">English</option>
          <option value="id">Bahasa Indonesia</option>
        </select>
      </label>
      <CsvSeparatorField />
    </section>
  );
}

/**
 * Comma or semicolon between the cells of every CSV Saring writes: Excel with Indonesian regional
 * settings (list separator ";") opens a comma-separated file double-clicked with each row in column A.
 */
function CsvSeparatorField() {
  const [separator, setSeparator] = useState<CsvSeparatorName>('comma');
  useEffect(() => {
    void loadCsvSeparator().then(setSeparator);
    return onCsvSeparatorChosen(setSeparator);
  }, []);
  return (
    <>
      <label class="field">
        <span>{t('settingsCsvSeparator')}</span>
        <select
          value={separator}
          aria-describedby="csv-separator-hint"
          onChange={async (e) => {
            const next = (e.target as HTMLSelectElement).value === 'semicolon' ? 'semicolon' : 'comma';
            setSeparator(next);
            await saveCsvSeparator(next);
          }}
        >
          <option value="comma">{t('settingsCsvComma')}</option>
          <option value="semicolon">{t('settingsCsvSemicolon')}</option>
        </select>
      </label>
      <p id="csv-separator-hint" class="muted">
        {t('settingsCsvHint')}
      </p>
    </>
  );
}
