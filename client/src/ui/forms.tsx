import {
  Alert,
  NativeSelect,
  PasswordInput,
  type NativeSelectProps,
  type PasswordInputProps,
} from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../../../shared/src/locales';
import { currentLocale } from '../lib/locale';

/** A message that appears after submitting is scrolled into view (it may sit above the fold). */
export function useRevealOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return ref;
}

/** The summary of a form's errors that belong to no one field (role="alert"). */
export function FormErrorAlert({ title, children }: { title?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRevealOnMount<HTMLDivElement>();
  return (
    <Alert ref={ref} color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      {children}
    </Alert>
  );
}

/** A country's name in the portal's current language ("PL" → "Polska" in Polish). */
export function countryName(code: string, locale: string = currentLocale()): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The country of the portal's language, as a sensible first choice. */
export function defaultCountry(): string {
  return { pl: 'PL', hu: 'HU', uk: 'UA', en: '' }[currentLocale()];
}

/**
 * Mantine's PasswordInput with what it lacks: aria-invalid on error, and the show/hide
 * button named in the user's language (Mantine's own label is English).
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      aria-invalid={props.error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('password.toggle') }}
      {...props}
    />
  );
}

type LanguageSelectProps = Omit<NativeSelectProps, 'data' | 'children' | 'onChange'> & {
  value: string;
  onChange: (value: Locale) => void;
};

/** A native select of the portal's languages, each named in itself ("Polski", "Magyar" …). */
export function LanguageSelect({ value, onChange, ...props }: LanguageSelectProps) {
  return (
    <NativeSelect
      value={value}
      onChange={(event) => {
        const chosen = event.currentTarget.value;
        if (isLocale(chosen)) onChange(chosen);
      }}
      {...props}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </NativeSelect>
  );
}
