import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ROUTES } from '../../../../../shared/src/routes';
import { useServiceLevelReportQuery } from '../../../gql/graphql';
import { currentLocale } from '../../../lib/locale';
import { BackLink } from '../../../ui/BackLink';
import { LoadError } from '../../../ui/LoadError';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { SectionCard } from '../../../ui/SectionCard';
import { PORTAL_KEYS } from '../TicketList';
import { useFilterParams } from '../useFilterParams';
import {
  csvHref,
  REPORT_WEEKS,
  reportPeriod,
  weeklyTotals,
  type ReportRow,
} from './serviceLevelReport';
import { ResponsiveTable } from '../../../ui/ResponsiveTable';

// recharts is loaded with this page only.
const ServiceLevelCharts = lazy(async () => ({
  default: (await import('./ServiceLevelCharts')).ServiceLevelCharts,
}));

function hours(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz={{ base: 20, sm: 28 }} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** The period's totals: requests, breaches and the share of requests with a breach. */
function Totals({ rows }: { rows: readonly ReportRow[] }) {
  const { t } = useTranslation();
  const weeks = weeklyTotals(rows);
  const requests = weeks.reduce((n, w) => n + w.requests, 0);
  const breaches = weeks.reduce((n, w) => n + w.breaches, 0);
  const share = requests ? Math.round((100 * breaches) / requests) : 0;
  return (
    <SimpleGrid cols={3} spacing={{ base: 'xs', sm: 'md' }}>
      <Figure label={t('requests.sla.requests')} value={String(requests)} />
      <Figure label={t('requests.sla.breaches')} value={String(breaches)} />
      <Figure label={t('requests.sla.breachShare')} value={`${share} %`} />
    </SimpleGrid>
  );
}

const COLUMNS = [
  'week',
  'portal',
  'requestType',
  'requests',
  'firstMedian',
  'firstP90',
  'resolutionMedian',
  'resolutionP90',
  'breaches',
  'rating',
] as const;

function cells(r: ReportRow, t: TFunction): string[] {
  return [
    r.week,
    t(`requests.portals.${r.portalKey}`),
    r.requestTypeName,
    String(r.requests),
    hours(r.firstResponseMedianHours),
    hours(r.firstResponseP90Hours),
    hours(r.resolutionMedianHours),
    hours(r.resolutionP90Hours),
    String(r.breaches),
    hours(r.averageRating),
  ];
}

/** Every week, portal and request type of the period, newest week first. */
function ReportTable({ rows }: { rows: readonly ReportRow[] }) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => b.week.localeCompare(a.week));
  return (
    <ResponsiveTable minWidth={960}>
      <Table striped highlightOnHover aria-labelledby="sla-table-title">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <Table.Th key={c} scope="col">
                {t(`requests.sla.columns.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={`${r.week}-${r.requestTypeId}`}>
              {cells(r, t).map((value, i) => (
                <Table.Td key={COLUMNS[i]} ta={i >= 3 ? 'right' : undefined}>
                  {value}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ResponsiveTable>
  );
}

/** The period and portal, in the address (?weeks=12&portal=…). */
function usePeriod() {
  const [params, update] = useFilterParams();
  const asked = Number(params.get('weeks'));
  const weeks = REPORT_WEEKS.find((w) => w === asked) ?? 12;
  const portal = PORTAL_KEYS.find((k) => k === params.get('portal')) ?? null;
  const period = useMemo(() => reportPeriod(weeks), [weeks]);
  return { weeks, portal, period, update };
}

/** /staff/service-levels: service levels per portal, request type and week, with charts and CSV. */
export function ServiceLevelsPage() {
  const { t } = useTranslation();
  const { weeks, portal, period, update } = usePeriod();
  const { data, loading, error, refetch } = useServiceLevelReportQuery({
    variables: { ...period, portalKey: portal },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.serviceLevelReport ?? [];
  return (
    <Stack gap="lg">
      <PageTitle page={t('requests.sla.reportTitle')} />
      <BackLink to={ROUTES.staff}>{t('nav.staff')}</BackLink>
      <Stack gap={4}>
        <Title order={1}>{t('requests.sla.reportTitle')}</Title>
        <Text c="dimmed">{t('requests.sla.reportIntro')}</Text>
      </Stack>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('requests.sla.period')}
          value={String(weeks)}
          onChange={(e) => update({ weeks: e.currentTarget.value })}
        >
          {REPORT_WEEKS.map((w) => (
            <option key={w} value={w}>
              {t('requests.sla.weeks', { count: w })}
            </option>
          ))}
        </NativeSelect>
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
        <Button
          component="a"
          variant="default"
          href={csvHref(ROUTES.staffServiceLevelsCsv, period, portal)}
          download
        >
          {t('requests.sla.downloadCsv')}
        </Button>
      </Group>
      {loading && !data && <Loading />}
      {!data && error && (
        <LoadError
          title={t('requests.sla.loadFailed')}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      )}
      {data && (
        <>
          <Totals rows={rows} />
          <SectionCard titleId="sla-charts-title" title={t('requests.sla.chartsTitle')}>
            <Suspense fallback={<Loading />}>
              <ServiceLevelCharts rows={rows} />
            </Suspense>
          </SectionCard>
          <SectionCard titleId="sla-table-title" title={t('requests.sla.tableTitle')}>
            <Text size="sm" c="dimmed">
              {t('requests.sla.tableHint')}
            </Text>
            {rows.length ? <ReportTable rows={rows} /> : <Text>{t('requests.sla.empty')}</Text>}
          </SectionCard>
        </>
      )}
    </Stack>
  );
}
