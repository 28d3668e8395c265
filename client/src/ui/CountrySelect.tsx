import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../shared/src/countries';
import { currentLocale } from '../lib/locale';
import { countryName } from './forms';

// Its own module (not ui/forms.tsx): a page importing a form helper does not load Mantine's
// Select and the country list with it.

type CountrySelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter'> & {
  value: string;
  onChange: (value: string) => void;
};

/** Options match on the name in the page's language, or on the ISO code ("pl", "HU"). */
const countryFilter: OptionsFilter = ({ options, search }) => {
  const query = search.trim().toLocaleLowerCase();
  if (!query) return options;
  return (options as ComboboxItem[]).filter(
    (o) => o.label.toLocaleLowerCase().includes(query) || o.value.toLowerCase() === query,
  );
};

/**
 * A searchable select of the ISO 3166-1 countries (shared/src/countries.ts), named by
 * Intl.DisplayNames and sorted in the page's language.
 */
export function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? currentLocale();
  const data = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort(
      (a, b) => collator.compare(a.label, b.label),
    );
  }, [locale]);
  return (
    <Select
      label={t('fields.country')}
      placeholder={t('fields.countryPlaceholder')}
      nothingFoundMessage={t('fields.countryNothingFound')}
      data={data}
      value={value || null}
      onChange={(chosen) => onChange(chosen ?? '')}
      filter={countryFilter}
      searchable
      allowDeselect={false}
      autoComplete="off"
      maxDropdownHeight={280}
      {...props}
    />
  );
}
