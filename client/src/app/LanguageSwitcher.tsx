import { useApolloClient } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_NAMES, isLocale } from '../../../shared/src/locales';
import { useUpdateProfileMutation } from '../gql/graphql';
import { currentLocale } from '../lib/locale';
import { useViewer } from '../lib/session';
import { GlobeIcon } from '../ui/icons';

/**
 * A native select (the most robust accessible control); i18next remembers the choice in the
 * browser, and a signed-in representative's profile keeps it too (emails come in it).
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { representative } = useViewer();
  const [updateProfile] = useUpdateProfileMutation();
  const client = useApolloClient();
  const change = (locale: string) => {
    // Names the server words (portals, request types) come again in the new language. A failed
    // or interrupted refetch (offline, the page left) keeps what is shown; each query reports
    // its own errors where it is shown.
    i18n
      .changeLanguage(locale)
      .then(() => client.refetchQueries({ include: 'active' }))
      .catch(() => undefined);
    if (representative && isLocale(locale) && representative.locale !== locale) {
      updateProfile({ variables: { input: { locale } } }).catch(() => undefined);
    }
  };
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={currentLocale()}
      onChange={(event) => change(event.currentTarget.value)}
      leftSection={<GlobeIcon />}
      size="sm"
      w={{ base: 112, sm: 150 }}
      className="language-switcher"
    >
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {LOCALE_NAMES[locale]}
        </option>
      ))}
    </NativeSelect>
  );
}
