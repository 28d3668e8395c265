import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  ADDRESS_LIMITS,
  addressProblems,
  postalCodeFormat,
  type AddressField,
  type PostalAddress,
} from '../../../shared/src/addresses';
import { apiErrors } from '../lib/errors';
import { CountrySelect } from './CountrySelect';
import { countryName, defaultCountry } from './forms';

/** The fields of an address form: every one a string (attention may stay empty). */
export interface AddressValues {
  attention: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export type AddressErrors = Partial<Record<AddressField, string>>;

export const emptyAddress = (country = defaultCountry()): AddressValues => ({
  attention: '',
  street: '',
  postalCode: '',
  city: '',
  country,
});

/** An address from the API as form values. */
export const addressValues = (address: PostalAddress): AddressValues => ({
  attention: address.attention ?? '',
  street: address.street,
  postalCode: address.postalCode,
  city: address.city,
  country: address.country,
});

/** The address as the API takes it (AddressInput): trimmed, the attention line null when empty. */
export const addressInput = (values: AddressValues) => ({
  attention: values.attention.trim() || null,
  street: values.street.trim(),
  postalCode: values.postalCode.trim(),
  city: values.city.trim(),
  country: values.country,
});

/** The messages under the fields, from the shared rules (the server's own). */
export function addressErrors(values: AddressValues, t: TFunction): AddressErrors {
  const found: AddressErrors = {};
  for (const p of addressProblems(values)) {
    if (found[p.field]) continue;
    if (p.problem === 'tooLong') found[p.field] = t('validation.tooLong', { max: p.max });
    else if (p.problem === 'format')
      found[p.field] = t('address.postalCodeFormat', {
        country: countryName(values.country),
        example: p.example,
      });
    else if (p.problem === 'unknown') found[p.field] = t('address.countryUnknown');
    else found[p.field] = t(`address.required.${p.field}`);
  }
  return found;
}

interface AddressFieldsProps {
  value: AddressValues;
  onChange: (value: AddressValues) => void;
  errors?: AddressErrors;
  /** The country field's label where the page has another country field (registration). */
  countryLabel?: string;
}

/**
 * Street, postal code, city, country and an optional attention line. The postal code's hint
 * shows the shape the chosen country uses.
 */
export function AddressFields({ value, onChange, errors = {}, countryLabel }: AddressFieldsProps) {
  const { t } = useTranslation();
  const set = (field: keyof AddressValues) => (e: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...value, [field]: e.currentTarget.value });
  return (
    <Stack gap="md">
      <TextInput
        label={t('address.street')}
        autoComplete="address-line1"
        value={value.street}
        onChange={set('street')}
        error={errors.street}
        maxLength={ADDRESS_LIMITS.street}
        required
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('address.postalCode')}
          autoComplete="postal-code"
          description={
            value.country
              ? t('address.postalHint', { example: postalCodeFormat(value.country).example })
              : undefined
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={value.postalCode}
          onChange={set('postalCode')}
          error={errors.postalCode}
          maxLength={ADDRESS_LIMITS.postalCode}
          required
        />
        <TextInput
          label={t('address.city')}
          autoComplete="address-level2"
          value={value.city}
          onChange={set('city')}
          error={errors.city}
          maxLength={ADDRESS_LIMITS.city}
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <CountrySelect
          {...(countryLabel ? { label: countryLabel } : {})}
          value={value.country}
          onChange={(country) => onChange({ ...value, country })}
          error={errors.country}
          required
        />
        <TextInput
          label={t('address.attention')}
          value={value.attention}
          onChange={set('attention')}
          error={errors.attention}
          maxLength={ADDRESS_LIMITS.attention}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** An address as lines of text: attention, street, postal code and city, country name. */
export function AddressLines({ address }: { address: PostalAddress }) {
  const lines = [
    address.attention,
    address.street,
    `${address.postalCode} ${address.city}`,
    countryName(address.country),
  ].filter((line): line is string => !!line && line.trim() !== '');
  return (
    <Text size="sm" component="div">
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </Text>
  );
}

/**
 * What the server refused in an address, under its field: INVALID_POSTAL_CODE and the
 * BAD_USER_INPUT fields under `path` ("input", "input.billingAddress", "newReturnAddress").
 */
export function serverAddressErrors(error: unknown, t: TFunction, path: string): AddressErrors {
  const found: AddressErrors = {};
  for (const e of apiErrors(error)) {
    const field = typeof e.extensions.field === 'string' ? e.extensions.field : '';
    if (!field.startsWith(`${path}.`)) continue;
    const name = field.slice(path.length + 1) as AddressField;
    if (e.code === 'INVALID_POSTAL_CODE')
      found.postalCode = t('address.postalCodeFormat', {
        country: countryName(String(e.extensions.country ?? '')),
        example: String(e.extensions.example ?? ''),
      });
    else if (e.code === 'BAD_USER_INPUT') found[name] = e.message;
  }
  return found;
}
