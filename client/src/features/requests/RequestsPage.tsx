import {
  Anchor,
  Button,
  Center,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { SegmentedChoice } from '../../ui/SegmentedChoice';
import { keyColumn, statusColumn, timeColumn } from './ticketColumns';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPath, ROUTES } from '../../../../shared/src/routes';
import { TICKET_STATUSES } from '../../../../shared/src/tickets';
import {
  usePortalsQuery,
  useTicketsQuery,
  type PortalKey,
  type PortalsQuery,
  type TicketFilter,
  type TicketsQuery,
} from '../../gql/graphql';
import { useViewer } from '../../lib/session';
import { useCursorList } from '../../lib/useCursorList';
import { CursorList } from '../../ui/CursorList';
import { PageTitle } from '../../ui/PageTitle';
import { StatusFilter } from './StatusFilter';
import { isOpenOnly, REQUESTS_PAGE_SIZE, statusesVariable } from './format';
import { TicketSearch, TicketTable, useTicketFilters, type TicketColumn } from './TicketList';
import { personName } from '../../lib/format';

type Scope = 'MINE' | 'COMPANY';
type Ticket = TicketsQuery['tickets']['edges'][number]['node'];
type Portal = PortalsQuery['portals'][number];
type Filters = ReturnType<typeof useTicketFilters>;

/** What the empty list says, with the way out that fits the filters. */
function EmptyRequests({ filters, scope }: { filters: Filters; scope: Scope }) {
  const { t } = useTranslation();
  const { term, statuses } = filters;
  let content;
  if (term) {
    content = (
      <>
        <Text fw={600}>{t('requests.list.noMatch', { search: term })}</Text>
        <Text c="dimmed" size="sm">
          {t('requests.list.noMatchHint')}
        </Text>
        <Button variant="default" onClick={() => filters.reset()}>
          {t('requests.list.clearSearch')}
        </Button>
      </>
    );
  } else if (isOpenOnly(statuses)) {
    content = (
      <>
        <Text fw={600}>{t('requests.list.noOpen')}</Text>
        <Text c="dimmed" size="sm">
          {scope === 'MINE' ? t('requests.list.noOpenMine') : t('requests.list.noOpenCompany')}
        </Text>
        <Group gap="sm" justify="center">
          <Button variant="light" onClick={() => filters.setStatuses([...TICKET_STATUSES])}>
            {t('requests.list.showFinished')}
          </Button>
          {scope === 'MINE' && (
            <Button variant="default" onClick={() => filters.update({ scope: 'company' })}>
              {t('requests.list.showCompany')}
            </Button>
          )}
        </Group>
      </>
    );
  } else {
    content = (
      <>
        <Text fw={600}>{t('requests.list.noneWithFilters')}</Text>
        <Button variant="default" onClick={() => filters.reset({ status: null, portal: null })}>
          {t('requests.list.resetFilters')}
        </Button>
      </>
    );
  }
  return (
    <Center py="xl">
      <Stack gap="sm" align="center" ta="center" maw={520} data-testid="requests-empty">
        {content}
      </Stack>
    </Center>
  );
}

interface RequestFiltersProps {
  filters: Filters;
  scope: Scope;
  portals: Portal[];
  busy: boolean;
}

function RequestFilters({ filters, scope, portals, busy }: RequestFiltersProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <Group gap="md" align="flex-end" wrap="wrap">
        <TicketSearch
          value={filters.typed}
          onChange={filters.type}
          busy={busy}
          style={{ flex: '1 1 260px' }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="requests-scope-label">
            {t('requests.filters.scope')}
          </Text>
          <SegmentedChoice
            aria-labelledby="requests-scope-label"
            value={scope}
            onChange={(value) => filters.update({ scope: value === 'COMPANY' ? 'company' : null })}
            data={[
              { value: 'MINE', label: t('requests.filters.mine') },
              { value: 'COMPANY', label: t('requests.filters.company') },
            ]}
          />
        </Stack>
        <StatusFilter value={filters.statuses} onChange={filters.setStatuses} />
        {portals.length > 1 && (
          <NativeSelect
            label={t('requests.filters.portal')}
            value={filters.portal ?? ''}
            onChange={(e) => filters.update({ portal: e.currentTarget.value || null })}
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
  );
}

function columns(t: TFunction, portals: Portal[]): TicketColumn<Ticket>[] {
  const portalName = (key: PortalKey) =>
    portals.find((p) => p.key === key)?.name ?? t(`requests.portals.${key}`);
  return [
    keyColumn(t, requestPath),
    {
      header: t('requests.columns.subject'),
      cell: (ticket) => (
        <>
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
        </>
      ),
    },
    statusColumn(t),
    {
      header: t('requests.columns.type'),
      cell: (ticket) => <Text size="sm">{ticket.requestType.name}</Text>,
    },
    {
      header: t('requests.columns.reporter'),
      cell: (ticket) => (
        <Text size="sm">
          {ticket.reporter ? personName(ticket.reporter) : t('requests.reporterGone')}
        </Text>
      ),
      nowrap: true,
    },
    timeColumn(t('requests.columns.lastActivity'), (ticket) => ticket.lastActivityAt),
  ];
}

/**
 * /requests: the company's support requests by last activity, open ones first of all. The
 * filters live in the address (?status=&q=&scope=&portal=), so "back" from a request
 * returns to the same list.
 */
export function RequestsPage() {
  const { t } = useTranslation();
  const { company } = useViewer();
  const filters = useTicketFilters();
  const scope: Scope = filters.params.get('scope') === 'company' ? 'COMPANY' : 'MINE';
  const portalsQuery = usePortalsQuery();
  const portals = portalsQuery.data?.portals ?? [];

  const filter: TicketFilter = { scope };
  const statusesVar = statusesVariable(filters.statuses);
  if (statusesVar) filter.statuses = statusesVar;
  if (filters.term) filter.search = filters.term;
  if (filters.portal) filter.portalKey = filters.portal;
  const query = useTicketsQuery({
    variables: { filter, first: REQUESTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const list = useCursorList(query, 'tickets');

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
      <RequestFilters filters={filters} scope={scope} portals={portals} busy={list.refreshing} />
      {/* The rows wait for the portals: the portal filter that may appear above them then
          moves only the spinner, not the list (no layout shift). */}
      <CursorList
        list={portalsQuery.loading && !portalsQuery.data ? { ...list, items: null } : list}
        loadFailed={t('requests.list.loadFailed')}
        empty={<EmptyRequests filters={filters} scope={scope} />}
      >
        {(tickets) => (
          <TicketTable
            tickets={tickets}
            columns={columns(t, portals)}
            pathOf={(ticket) => requestPath(ticket.key)}
            labelledBy="requests-title"
            minWidth={860}
          />
        )}
      </CursorList>
    </Stack>
  );
}
