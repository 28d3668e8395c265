import {
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { requestPath, ROUTES } from '../../../../shared/src/routes';
import {
  OPEN_TICKET_STATUSES,
  TICKET_STATUSES,
  type TicketStatus,
} from '../../../../shared/src/tickets';
import { PageTitle } from '../../ui/PageTitle';
import { useViewer } from '../../lib/session';
import {
  usePortalsQuery,
  useTicketsQuery,
  type PortalKey,
  type TicketFilter,
} from '../../gql/graphql';
import { RelativeTime, StatusFilter, TicketStatusBadge } from './components';
import {
  appendEdges,
  isOpenOnly,
  parseStatuses,
  personName,
  REQUESTS_PAGE_SIZE,
  SEARCH_DELAY_MS,
  statusesVariable,
} from './format';
import { useFilterParams } from './useFilterParams';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';

type Scope = 'MINE' | 'COMPANY';
const PORTAL_KEYS: readonly PortalKey[] = ['CUSTOMER_SERVICE', 'TECHNICAL_ASSISTANCE'];

function SearchIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none">
      <circle cx="11" cy="11" r="7" stroke="currentColor" strokeWidth="2" />
      <path d="m20 20-3.5-3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * /requests: the company's support requests by last activity, open ones first of all. The
 * filters live in the address (?status=&q=&scope=&portal=), so "back" from a request
 * returns to the same list.
 */
export function RequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { company } = useViewer();
  const [params, update] = useFilterParams();
  const statuses = parseStatuses(params.get('status')) ?? [...OPEN_TICKET_STATUSES];
  const term = (params.get('q') ?? '').trim();
  const scope: Scope = params.get('scope') === 'company' ? 'COMPANY' : 'MINE';
  const portalParam = params.get('portal');
  const portal = PORTAL_KEYS.find((k) => k === portalParam) ?? null;

  const [typed, setTyped] = useState(params.get('q') ?? '');
  const commitSearch = useDebouncedCallback((value: string) => {
    update({ q: value.trim() || null });
  }, SEARCH_DELAY_MS);
  const setStatuses = (next: TicketStatus[]) =>
    update({ status: isOpenOnly(next) ? null : next.join(',') });

  const { data: portalsData } = usePortalsQuery();
  const portals = portalsData?.portals ?? [];

  const filter: TicketFilter = { scope };
  const statusesVar = statusesVariable(statuses);
  if (statusesVar) filter.statuses = statusesVar;
  if (term) filter.search = term;
  if (portal) filter.portalKey = portal;

  const { data, previousData, loading, error, fetchMore, refetch } = useTicketsQuery({
    variables: { filter, first: REQUESTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const shown = data ?? previousData;
  const tickets = shown?.tickets.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.tickets.pageInfo;
  const searching = loading && !data && !!shown;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          tickets: appendEdges(previous.tickets, fetchMoreResult.tickets),
        }),
      });
    } catch {
      // The list stays as it was; the button can be pressed again.
    } finally {
      setLoadingMore(false);
    }
  };

  const portalName = (key: PortalKey) =>
    portals.find((p) => p.key === key)?.name ?? t(`requests.portals.${key}`);

  const empty = () => {
    if (term) {
      return (
        <>
          <Text fw={600}>{t('requests.list.noMatch', { search: term })}</Text>
          <Text c="dimmed" size="sm">
            {t('requests.list.noMatchHint')}
          </Text>
          <Button
            variant="default"
            onClick={() => {
              setTyped('');
              update({ q: null });
            }}
          >
            {t('requests.list.clearSearch')}
          </Button>
        </>
      );
    }
    if (isOpenOnly(statuses)) {
      return (
        <>
          <Text fw={600}>{t('requests.list.noOpen')}</Text>
          <Text c="dimmed" size="sm">
            {scope === 'MINE' ? t('requests.list.noOpenMine') : t('requests.list.noOpenCompany')}
          </Text>
          <Group gap="sm" justify="center">
            <Button variant="light" onClick={() => setStatuses([...TICKET_STATUSES])}>
              {t('requests.list.showFinished')}
            </Button>
            {scope === 'MINE' && (
              <Button variant="default" onClick={() => update({ scope: 'company' })}>
                {t('requests.list.showCompany')}
              </Button>
            )}
          </Group>
        </>
      );
    }
    return (
      <>
        <Text fw={600}>{t('requests.list.noneWithFilters')}</Text>
        <Button
          variant="default"
          onClick={() => {
            setTyped('');
            update({ status: null, q: null, portal: null });
          }}
        >
          {t('requests.list.resetFilters')}
        </Button>
      </>
    );
  };

  return (
    <Stack gap="lg">
      <PageTitle page={t('requests.list.title')} />
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} id="requests-title">
            {t('requests.list.title')}
          </Title>
          <Text c="dimmed">
            {scope === 'MINE'
              ? t('requests.list.introMine')
              : t('requests.list.introCompany', { company: company?.name ?? '' })}
          </Text>
        </Stack>
        <Button component={Link} to={ROUTES.requestsNew} size="md">
          {t('requests.list.new')}
        </Button>
      </Group>

      <Paper withBorder p="md" radius="md" bg="gray.0">
        <Group gap="md" align="flex-end" wrap="wrap">
          <form role="search" onSubmit={(e) => e.preventDefault()} style={{ flex: '1 1 260px' }}>
            <TextInput
              type="search"
              label={t('requests.filters.search')}
              placeholder={t('requests.filters.searchPlaceholder')}
              value={typed}
              onChange={(e) => {
                setTyped(e.currentTarget.value);
                commitSearch(e.currentTarget.value);
              }}
              leftSection={<SearchIcon />}
              rightSection={searching ? <Loader size="xs" aria-hidden="true" /> : null}
              autoComplete="off"
            />
          </form>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="requests-scope-label">
              {t('requests.filters.scope')}
            </Text>
            <SegmentedControl
              aria-labelledby="requests-scope-label"
              value={scope}
              onChange={(value) => update({ scope: value === 'COMPANY' ? 'company' : null })}
              data={[
                { value: 'MINE', label: t('requests.filters.mine') },
                { value: 'COMPANY', label: t('requests.filters.company') },
              ]}
            />
          </Stack>
          <StatusFilter value={statuses} onChange={setStatuses} />
          {portals.length > 1 && (
            <NativeSelect
              label={t('requests.filters.portal')}
              value={portal ?? ''}
              onChange={(e) => update({ portal: e.currentTarget.value || null })}
            >
              <option value="">{t('requests.filters.allPortals')}</option>
              {portals.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name}
                </option>
              ))}
            </NativeSelect>
          )}
        </Group>
      </Paper>

      {!shown && loading ? (
        <Loading size="sm" />
      ) : !shown && error ? (
        <LoadError
          title={t('requests.list.loadFailed')}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : tickets.length === 0 ? (
        <Center py="xl">
          <Stack gap="sm" align="center" ta="center" maw={520} data-testid="requests-empty">
            {empty()}
          </Stack>
        </Center>
      ) : (
        <Stack gap="md" style={{ opacity: searching ? 0.6 : 1 }} aria-busy={searching}>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover aria-labelledby="requests-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('requests.columns.key')}</Table.Th>
                  <Table.Th>{t('requests.columns.subject')}</Table.Th>
                  <Table.Th>{t('requests.columns.status')}</Table.Th>
                  <Table.Th>{t('requests.columns.type')}</Table.Th>
                  <Table.Th>{t('requests.columns.reporter')}</Table.Th>
                  <Table.Th>{t('requests.columns.lastActivity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tickets.map((ticket) => (
                  <Table.Tr
                    key={ticket.id}
                    onClick={(e) => {
                      if ((e.target as HTMLElement).closest('a')) return;
                      void navigate(requestPath(ticket.key));
                    }}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={requestPath(ticket.key)} fw={600} size="sm">
                        {ticket.key}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={requestPath(ticket.key)}
                        c="var(--mantine-color-text)"
                        fw={500}
                        size="sm"
                      >
                        {ticket.subject}
                      </Anchor>
                      {portals.length > 1 && (
                        <Text size="xs" c="dimmed">
                          {portalName(ticket.portalKey)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <TicketStatusBadge status={ticket.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{ticket.requestType.name}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        {ticket.reporter
                          ? personName(ticket.reporter)
                          : t('requests.detail.reporterGone')}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        <RelativeTime iso={ticket.lastActivityAt} />
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pageInfo?.hasNextPage && (
            <Center>
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                {t('requests.list.loadMore')}
              </Button>
            </Center>
          )}
          <VisuallyHidden role="status" aria-live="polite">
            {searching ? t('common.loading') : ''}
          </VisuallyHidden>
        </Stack>
      )}
    </Stack>
  );
}
