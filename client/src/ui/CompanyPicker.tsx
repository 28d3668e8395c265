import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_DELAY_MS } from '../lib/useTypedSearch';
import { useCompaniesQuery } from '../gql/graphql';

/** A company as a filter holds it: its id and the name to show. */
export interface PickedCompany {
  id: string;
  name: string;
}

interface CompanyPickerProps {
  value: PickedCompany | null;
  onChange: (company: PickedCompany | null) => void;
}

/**
 * Staff's company filter: type a part of the name (or the start of the tax ID) and pick one
 * of the matches, which the server finds with companies(search) (trigram index, by name).
 */
export function CompanyPicker({ value, onChange }: CompanyPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const typing = debounced !== '' && debounced !== value?.name;
  const { data } = useCompaniesQuery({
    variables: { search: debounced, first: 10 },
    skip: !typing,
  });
  const found = typing ? (data?.companies.edges.map((e) => e.node) ?? []) : [];
  const options = [
    ...(value ? [{ value: value.id, label: value.name }] : []),
    ...found
      .filter((c) => c.id !== value?.id)
      .map((c) => ({ value: c.id, label: c.name, taxId: c.taxId })),
  ];
  return (
    <Select
      label={t('staff.customer.filter')}
      placeholder={t('staff.customer.filterPlaceholder')}
      searchable
      clearable
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={typing ? t('staff.customer.noMatch') : undefined}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
      renderOption={({ option }) => {
        const taxId = found.find((c) => c.id === option.value)?.taxId;
        return taxId ? `${option.label} · ${taxId}` : option.label;
      }}
    />
  );
}
