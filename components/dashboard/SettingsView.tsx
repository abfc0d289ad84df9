import { useEffect, useState } from 'preact/hooks';
import type { LanguageSetting } from '../../lib/i18n';
import { t } from '../../lib/i18n';

/** Settings: the interface language (the browser's by default). */
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
    </section>
  );
}
