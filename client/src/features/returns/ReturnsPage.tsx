import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RETURN_STATUSES, type ReturnStatus } from '../../../../shared/src/rma';
import { returnPath, ROUTES } from '../../../../shared/src/routes';
import { searchFragment } from '../../../../shared/src/search';
import type { ReturnRequestFilter } from '../../gql/graphql';
import { useTypedSearch } from '../../lib/useTypedSearch';
import { PageTitle } from '../../ui/PageTitle';
import { PlusIcon, SearchIcon } from '../../ui/icons';
import { ReturnsTable } from './ReturnsTable';

const isStatus = (value: string | null): value is ReturnStatus =>
  !!value && (RETURN_STATUSES as readonly string[]).includes(value);

/** The address with one parameter set (or removed), the others kept. */
function withParam(params: URLSearchParams, key: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

/**
 * The search of the list (?q=…): typed at once, searched a moment later. The query reads the
 * searched term from state, not from the address, which the router updates in a transition.
 */
function useReturnSearch() {
  const [params, setParams] = useSearchParams();
  const [term, setTerm] = useState(() => (params.get('q') ?? '').trim());
  const { typed, type } = useTypedSearch(params.get('q') ?? '', (next) => {
    setTerm(next);
    setParams((p) => withParam(p, 'q', next), { replace: true });
  });
  return { typed, type, term };
}

/** The search field and the status filter above the list. */
function ReturnFilters({
  search,
  status,
  onStatus,
}: {
  search: ReturnType<typeof useReturnSearch>;
  status: ReturnStatus | null;
  onStatus: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <form
        role="search"
        onSubmit={(e) => e.preventDefault()}
        style={{ flex: '1 1 320px', maxWidth: 560 }}
      >
        <TextInput
          type="search"
          label={t('returns.list.search')}
          placeholder={t('returns.list.searchPlaceholder')}
          description={t('returns.list.searchHint')}
          value={search.typed}
          onChange={(e) => search.type(e.currentTarget.value)}
          leftSection={<SearchIcon />}
          autoComplete="off"
        />
      </form>
      <NativeSelect
        label={t('returns.list.filterStatus')}
        value={status ?? ''}
        onChange={(e) => onStatus(e.currentTarget.value)}
        w={280}
      >
        <option value="">{t('returns.list.allStatuses')}</option>
        {RETURN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`returns.status.${s}`)}
          </option>
        ))}
      </NativeSelect>
    </Group>
  );
}

/** /returns: the company's returns and service requests, newest first; searchable. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const search = useReturnSearch();
  // Fragments shorter than three characters are not searched (shared/src/search.ts).
  const searched = searchFragment(search.term) === null ? '' : search.term;
  const filter: ReturnRequestFilter = {};
  if (status) filter.statuses = [status];
  if (searched) filter.search = searched;

  const empty = searched
    ? t('returns.list.noMatch', { search: searched })
    : status
      ? t('returns.list.emptyFiltered')
      : t('returns.list.empty');

  return (
    <Stack gap="lg">
      <PageTitle page={t('returns.list.pageTitle')} />
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} id="returns-title">
            {t('returns.list.title')}
          </Title>
          <Text c="dimmed" maw={680}>
            {t('returns.list.intro')}
          </Text>
        </Stack>
        <Button component={Link} to={ROUTES.returnsNew} size="md" leftSection={<PlusIcon />}>
          {t('returns.list.new')}
        </Button>
      </Group>
      <ReturnFilters
        search={search}
        status={status}
        onStatus={(value) => setParams((p) => withParam(p, 'status', value), { replace: true })}
      />
      <ReturnsTable
        key={`${status ?? ''}|${searched}`}
        filter={filter}
        linkTo={returnPath}
        titleId="returns-title"
        empty={empty}
      />
    </Stack>
  );
}
