import {
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ROUTES, staffRequestPath } from '../../../../../shared/src/routes';
import { OPEN_TICKET_STATUSES, type TicketStatus } from '../../../../../shared/src/tickets';
import { PageTitle } from '../../../ui/PageTitle';
import {
  useStaffTicketsQuery,
  type AssigneeFilter,
  type PortalKey,
  type TicketFilter,
} from '../../../gql/graphql';
import { RelativeTime, StatusFilter, TicketStatusBadge } from '../components';
import {
  appendEdges,
  isOpenOnly,
  parseStatuses,
  personName,
  REQUESTS_PAGE_SIZE,
  SEARCH_DELAY_MS,
  statusesVariable,
} from '../format';
import { useFilterParams } from '../useFilterParams';
import { BackLink } from '../../../ui/BackLink';
import { LoadError } from '../../../ui/LoadError';
import { Loading } from '../../../ui/Loading';

type Who = 'unassigned' | 'mine' | 'all';
const PORTAL_KEYS: readonly PortalKey[] = ['CUSTOMER_SERVICE', 'TECHNICAL_ASSISTANCE'];
const ASSIGNEE: Record<Who, AssigneeFilter | null> = {
  unassigned: 'UNASSIGNED',
  mine: 'ME',
  all: null,
};

/** /staff/requests: the support queue, unassigned requests first; filters in the address. */
export function StaffRequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, update] = useFilterParams();
  const whoParam = params.get('who');
  const who: Who = whoParam === 'mine' || whoParam === 'all' ? whoParam : 'unassigned';
  const portalParam = params.get('portal');
  const portal = PORTAL_KEYS.find((k) => k === portalParam) ?? null;
  const statuses = parseStatuses(params.get('status')) ?? [...OPEN_TICKET_STATUSES];
  const olderParam = Number.parseInt(params.get('older') ?? '', 10);
  const older = Number.isFinite(olderParam) && olderParam >= 0 ? olderParam : null;
  const term = (params.get('q') ?? '').trim();

  const [typed, setTyped] = useState(params.get('q') ?? '');
  const commitSearch = useDebouncedCallback((value: string) => {
    update({ q: value.trim() || null });
  }, SEARCH_DELAY_MS);
  const commitOlder = useDebouncedCallback((value: number | null) => {
    update({ older: value === null ? null : String(value) });
  }, SEARCH_DELAY_MS);
  const setStatuses = (next: TicketStatus[]) =>
    update({ status: isOpenOnly(next) ? null : next.join(',') });

  const filter: TicketFilter = {};
  if (ASSIGNEE[who]) filter.assignee = ASSIGNEE[who];
  if (portal) filter.portalKey = portal;
  const statusesVar = statusesVariable(statuses);
  if (statusesVar) filter.statuses = statusesVar;
  if (older !== null) filter.olderThanDays = older;
  if (term) filter.search = term;

  const { data, previousData, loading, error, fetchMore, refetch } = useStaffTicketsQuery({
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
      // The queue stays as it was; the button can be pressed again.
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="lg">
      <PageTitle page={t('requests.staff.queueTitle')} />
      <BackLink to={ROUTES.staff}>{t('nav.staff')}</BackLink>
      <Stack gap={4}>
        <Title order={1} id="queue-title">
          {t('requests.staff.queueTitle')}
        </Title>
        <Text c="dimmed">{t('requests.staff.queueIntro')}</Text>
      </Stack>

      <Paper withBorder p="md" radius="md" bg="gray.0">
        <Stack gap="md">
          <Group gap="md" align="flex-end" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="queue-who-label">
                {t('requests.staff.assignee')}
              </Text>
              <SegmentedControl
                aria-labelledby="queue-who-label"
                value={who}
                onChange={(value) => update({ who: value === 'unassigned' ? null : value })}
                data={[
                  { value: 'unassigned', label: t('requests.staff.unassigned') },
                  { value: 'mine', label: t('requests.staff.mine') },
                  { value: 'all', label: t('requests.staff.all') },
                ]}
              />
            </Stack>
            <NativeSelect
              label={t('requests.filters.portal')}
              value={portal ?? ''}
              onChange={(e) => update({ portal: e.currentTarget.value || null })}
            >
              <option value="">{t('requests.filters.allPortals')}</option>
              {PORTAL_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`requests.portals.${key}`)}
                </option>
              ))}
            </NativeSelect>
            <StatusFilter value={statuses} onChange={setStatuses} />
            <NumberInput
              label={t('requests.staff.olderThan')}
              placeholder={t('requests.staff.olderThanAny')}
              defaultValue={older ?? ''}
              min={0}
              max={3650}
              allowDecimal={false}
              allowNegative={false}
              w={170}
              onChange={(value) => commitOlder(typeof value === 'number' ? value : null)}
            />
          </Group>
          <form role="search" onSubmit={(e) => e.preventDefault()}>
            <TextInput
              type="search"
              label={t('requests.filters.search')}
              placeholder={t('requests.filters.searchPlaceholder')}
              value={typed}
              onChange={(e) => {
                setTyped(e.currentTarget.value);
                commitSearch(e.currentTarget.value);
              }}
              rightSection={searching ? <Loader size="xs" aria-hidden="true" /> : null}
              autoComplete="off"
              maw={560}
            />
          </form>
        </Stack>
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
          <Stack gap="sm" align="center" ta="center">
            <Text fw={600}>{t('requests.staff.empty')}</Text>
            {who === 'unassigned' && (
              <Button variant="default" onClick={() => update({ who: 'all' })}>
                {t('requests.staff.showAll')}
              </Button>
            )}
          </Stack>
        </Center>
      ) : (
        <Stack gap="md" style={{ opacity: searching ? 0.6 : 1 }} aria-busy={searching}>
          <Table.ScrollContainer minWidth={980}>
            <Table verticalSpacing="sm" highlightOnHover aria-labelledby="queue-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('requests.columns.key')}</Table.Th>
                  <Table.Th>{t('requests.columns.subject')}</Table.Th>
                  <Table.Th>{t('requests.columns.status')}</Table.Th>
                  <Table.Th>{t('requests.columns.reporter')}</Table.Th>
                  <Table.Th>{t('requests.staff.assigneeColumn')}</Table.Th>
                  <Table.Th>{t('requests.staff.created')}</Table.Th>
                  <Table.Th>{t('requests.columns.lastActivity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tickets.map((ticket) => (
                  <Table.Tr
                    key={ticket.id}
                    onClick={(e) => {
                      if ((e.target as HTMLElement).closest('a')) return;
                      void navigate(staffRequestPath(ticket.key));
                    }}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={staffRequestPath(ticket.key)} fw={600} size="sm">
                        {ticket.key}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {ticket.subject}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`requests.portals.${ticket.portalKey}`)} · {ticket.requestType.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <TicketStatusBadge status={ticket.status} />
                    </Table.Td>
                    <Table.Td>
                      {ticket.reporter ? (
                        <>
                          <Text size="sm">{personName(ticket.reporter)}</Text>
                          {ticket.reporter.name && (
                            <Text size="xs" c="dimmed">
                              {ticket.reporter.email}
                            </Text>
                          )}
                        </>
                      ) : (
                        <Text size="sm">{t('requests.detail.reporterGone')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {ticket.assignee ? (
                        <Text size="sm">{ticket.assignee.name}</Text>
                      ) : (
                        <Text size="sm" c="dimmed" fs="italic" style={{ whiteSpace: 'nowrap' }}>
                          {t('requests.staff.nobody')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        <RelativeTime iso={ticket.createdAt} />
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
        </Stack>
      )}
    </Stack>
  );
}
