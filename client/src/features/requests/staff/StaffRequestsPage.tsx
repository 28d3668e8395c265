import {
  Button,
  Center,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { SegmentedChoice } from '../../../ui/SegmentedChoice';
import { keyColumn, statusColumn, timeColumn } from '../ticketColumns';
import { useDebouncedCallback } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ROUTES, staffRequestPath } from '../../../../../shared/src/routes';
import {
  useStaffTicketsQuery,
  type AssigneeFilter,
  type SlaFilter,
  type StaffTicketsQuery,
  type TicketFilter,
} from '../../../gql/graphql';
import { useCursorList } from '../../../lib/useCursorList';
import { useStaffQueueUpdates } from '../../../lib/useStaffQueueUpdates';
import { BackLink } from '../../../ui/BackLink';
import { CursorList } from '../../../ui/CursorList';
import { PageTitle } from '../../../ui/PageTitle';
import { StatusFilter } from '../StatusFilter';
import { SEARCH_DELAY_MS } from '../../../lib/useTypedSearch';
import { REQUESTS_PAGE_SIZE, statusesVariable } from '../format';
import {
  PORTAL_KEYS,
  TicketSearch,
  TicketTable,
  useTicketFilters,
  type TicketColumn,
} from '../TicketList';
import { personName } from '../../../lib/format';
import { CompanyPicker, type PickedCompany } from '../../../ui/CompanyPicker';
import { CompanyCell } from '../../../ui/CustomerCompany';
import { ServiceLevelBadge } from './ServiceLevelClock';

type Who = 'unassigned' | 'mine' | 'all';
type Ticket = StaffTicketsQuery['tickets']['edges'][number]['node'];
type Filters = ReturnType<typeof useTicketFilters>;
const SLA_FILTERS: Record<string, SlaFilter> = { breached: 'BREACHED', soon: 'DUE_SOON' };
const ASSIGNEE: Record<Who, AssigneeFilter | null> = {
  unassigned: 'UNASSIGNED',
  mine: 'ME',
  all: null,
};

interface QueueFiltersProps {
  filters: Filters;
  who: Who;
  older: number | null;
  busy: boolean;
}

function QueueFilters({ filters, who, older, busy }: QueueFiltersProps) {
  const { t } = useTranslation();
  const commitOlder = useDebouncedCallback((value: number | null) => {
    filters.update({ older: value === null ? null : String(value) });
  }, SEARCH_DELAY_MS);
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <Stack gap="md">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="queue-who-label">
              {t('requests.staff.assignee')}
            </Text>
            <SegmentedChoice
              aria-labelledby="queue-who-label"
              value={who}
              onChange={(value) => filters.update({ who: value === 'unassigned' ? null : value })}
              data={[
                { value: 'unassigned', label: t('requests.staff.unassigned') },
                { value: 'mine', label: t('requests.staff.mine') },
                { value: 'all', label: t('requests.staff.all') },
              ]}
            />
          </Stack>
          <NativeSelect
            label={t('requests.filters.portal')}
            value={filters.portal ?? ''}
            onChange={(e) => filters.update({ portal: e.currentTarget.value || null })}
          >
            <option value="">{t('requests.filters.allPortals')}</option>
            {PORTAL_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`requests.portals.${key}`)}
              </option>
            ))}
          </NativeSelect>
          <StatusFilter value={filters.statuses} onChange={filters.setStatuses} />
          <ServiceLevelFilters filters={filters} />
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
        <Group gap="md" align="flex-end" wrap="wrap">
          <TicketSearch
            value={filters.typed}
            onChange={filters.type}
            busy={busy}
            style={{ flex: '1 1 320px', maxWidth: 560 }}
          />
          <CompanyPicker
            value={pickedCompany(filters)}
            onChange={(company) =>
              filters.update({ company: company?.id ?? null, companyName: company?.name ?? null })
            }
          />
        </Group>
      </Stack>
    </Paper>
  );
}

/** The company the queue is filtered by (?company=<id>&companyName=<name>), if any. */
function pickedCompany(filters: Filters): PickedCompany | null {
  const id = filters.params.get('company');
  return id ? { id, name: filters.params.get('companyName') ?? id } : null;
}

/** Whether the queue is in due-time order: asked for, or implied by a service-level filter. */
function dueOrder(filters: Filters): boolean {
  return filters.params.get('sort') === 'due' || !!SLA_FILTERS[filters.params.get('sla') ?? ''];
}

/** "Service level": breached / due within an hour, and sorting by the due time. */
function ServiceLevelFilters({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const sla = filters.params.get('sla') ?? '';
  return (
    <>
      <NativeSelect
        label={t('requests.sla.filter')}
        value={SLA_FILTERS[sla] ? sla : ''}
        onChange={(e) => filters.update({ sla: e.currentTarget.value || null })}
      >
        <option value="">{t('requests.sla.filterAny')}</option>
        <option value="breached">{t('requests.sla.filterBreached')}</option>
        <option value="soon">{t('requests.sla.filterSoon')}</option>
      </NativeSelect>
      <NativeSelect
        label={t('requests.sla.sort')}
        value={dueOrder(filters) ? 'due' : ''}
        // A service-level filter lists the running clocks soonest due first.
        disabled={!!SLA_FILTERS[sla]}
        onChange={(e) => filters.update({ sort: e.currentTarget.value || null })}
      >
        <option value="">{t('requests.sla.sortActivity')}</option>
        <option value="due">{t('requests.sla.sortDue')}</option>
      </NativeSelect>
    </>
  );
}

function columns(t: TFunction): TicketColumn<Ticket>[] {
  const dimmed = (text: string) => (
    <Text size="sm" c="dimmed" fs="italic" style={{ whiteSpace: 'nowrap' }}>
      {text}
    </Text>
  );
  return [
    keyColumn(t, staffRequestPath),
    {
      header: t('requests.columns.subject'),
      cell: (ticket) => (
        <>
          <Text size="sm" fw={500}>
            {ticket.subject}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`requests.portals.${ticket.portalKey}`)} · {ticket.requestType.name}
          </Text>
        </>
      ),
    },
    {
      header: t('staff.customer.title'),
      cell: (ticket) => <CompanyCell company={ticket.company} />,
    },
    statusColumn(t),
    { header: t('requests.sla.title'), cell: (ticket) => <ServiceLevelBadge sla={ticket.sla} /> },
    {
      header: t('requests.columns.reporter'),
      cell: ({ reporter }) =>
        reporter ? (
          <>
            <Text size="sm">{personName(reporter)}</Text>
            {reporter.name && (
              <Text size="xs" c="dimmed">
                {reporter.email}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm">{t('requests.reporterGone')}</Text>
        ),
    },
    {
      header: t('requests.staff.assigneeColumn'),
      cell: ({ assignee }) =>
        assignee ? <Text size="sm">{assignee.name}</Text> : dimmed(t('requests.staff.nobody')),
    },
    timeColumn(t('requests.staff.created'), (ticket) => ticket.createdAt),
    timeColumn(t('requests.columns.lastActivity'), (ticket) => ticket.lastActivityAt),
  ];
}

/** /staff/requests: the support queue, unassigned requests first; filters in the address. */
export function StaffRequestsPage() {
  const { t } = useTranslation();
  const filters = useTicketFilters();
  const whoParam = filters.params.get('who');
  const who: Who = whoParam === 'mine' || whoParam === 'all' ? whoParam : 'unassigned';
  const olderParam = Number.parseInt(filters.params.get('older') ?? '', 10);
  const older = Number.isFinite(olderParam) && olderParam >= 0 ? olderParam : null;

  const filter: TicketFilter = {};
  if (ASSIGNEE[who]) filter.assignee = ASSIGNEE[who];
  if (filters.portal) filter.portalKey = filters.portal;
  const statusesVar = statusesVariable(filters.statuses);
  if (statusesVar) filter.statuses = statusesVar;
  if (older !== null) filter.olderThanDays = older;
  if (filters.term) filter.search = filters.term;
  const company = pickedCompany(filters);
  if (company) filter.companyId = company.id;
  const sla = SLA_FILTERS[filters.params.get('sla') ?? ''];
  if (sla) filter.sla = sla;
  const orderBy = dueOrder(filters) ? 'SLA_DUE' : 'LAST_ACTIVITY';
  const query = useStaffTicketsQuery({
    variables: { filter, orderBy, first: REQUESTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const list = useCursorList(query, 'tickets');
  useStaffQueueUpdates('REQUESTS', () => query.refetch().catch(() => undefined));

  const empty = (
    <Center py="xl">
      <Stack gap="sm" align="center" ta="center">
        <Text fw={600}>{t('requests.staff.empty')}</Text>
        {who === 'unassigned' && (
          <Button variant="default" onClick={() => filters.update({ who: 'all' })}>
            {t('requests.staff.showAll')}
          </Button>
        )}
      </Stack>
    </Center>
  );

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
      <QueueFilters filters={filters} who={who} older={older} busy={list.refreshing} />
      <CursorList list={list} loadFailed={t('requests.list.loadFailed')} empty={empty}>
        {(tickets) => (
          <TicketTable
            tickets={tickets}
            columns={columns(t)}
            pathOf={(ticket) => staffRequestPath(ticket.key)}
            labelledBy="queue-title"
            minWidth={1280}
          />
        )}
      </CursorList>
    </Stack>
  );
}
