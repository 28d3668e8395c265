import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DocumentFilter as DocumentFilterInput } from '../../gql/graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of a "YYYY-MM-DD" day in the user's time zone, `days` later. */
function dayStart(value: string, days = 0): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export interface FilterValues {
  from: string;
  to: string;
  number: string;
}

const NONE: FilterValues = { from: '', to: '', number: '' };

function valuesOf(params: URLSearchParams): FilterValues {
  return {
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    number: params.get('number') ?? '',
  };
}

/** The API's filter: both dates are whole days and included. */
function toFilter(values: FilterValues): DocumentFilterInput | null {
  const filter: DocumentFilterInput = {};
  const from = dayStart(values.from);
  const to = dayStart(values.to, 1);
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (values.number.trim()) filter.number = values.number.trim();
  return Object.keys(filter).length > 0 ? filter : null;
}

/**
 * The filter of the orders and invoices lists. It is kept in the page's state (the query reads
 * it) and written into the address (?from=&to=&number=), so a reload or "back" from a document
 * shows the same list.
 */
export function useDocumentFilter() {
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState<FilterValues>(() => valuesOf(params));
  const apply = (next: FilterValues) => {
    setValues(next);
    const search: Record<string, string> = {};
    if (next.from) search.from = next.from;
    if (next.to) search.to = next.to;
    if (next.number.trim()) search.number = next.number.trim();
    setParams(search, { replace: true });
  };
  const filter = toFilter(values);
  return { values, filter, active: filter !== null, apply };
}

interface DocumentFilterFormProps {
  values: FilterValues;
  onApply: (values: FilterValues) => void;
}

function FilterForm({ values: applied, onApply }: DocumentFilterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(applied);
  const [toError, setToError] = useState<string | null>(null);
  const set = (field: keyof FilterValues) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.from && values.to && values.to < values.from) {
      setToError(t('shop.filter.toBeforeFrom'));
      return;
    }
    setToError(null);
    onApply({ ...values, number: values.number.trim() });
  };

  const anything = !!(applied.from || applied.to || applied.number);
  return (
    <form onSubmit={submit} noValidate aria-label={t('shop.filter.label')}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          type="date"
          label={t('shop.filter.from')}
          value={values.from}
          onChange={set('from')}
          w={170}
        />
        <TextInput
          type="date"
          label={t('shop.filter.to')}
          value={values.to}
          onChange={set('to')}
          error={toError}
          aria-invalid={toError ? true : undefined}
          w={170}
        />
        <TextInput
          label={t('shop.filter.number')}
          value={values.number}
          onChange={set('number')}
          maxLength={40}
          w={200}
          autoComplete="off"
        />
        <Group gap="xs" mt={25}>
          <Button type="submit" variant="default">
            {t('shop.filter.apply')}
          </Button>
          {anything && (
            <Button variant="subtle" onClick={() => onApply(NONE)}>
              {t('shop.filter.clear')}
            </Button>
          )}
        </Group>
      </Group>
    </form>
  );
}

/** From, to and number; applying a filter (or clearing it) starts the form from it anew. */
export function DocumentFilterForm({ values, onApply }: DocumentFilterFormProps) {
  return <FilterForm key={JSON.stringify(values)} values={values} onApply={onApply} />;
}
