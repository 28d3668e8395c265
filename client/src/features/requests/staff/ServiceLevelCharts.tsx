import { Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { typesByVolume, weeklyTotals, type ReportRow } from './serviceLevelReport';

const HEIGHT = 260;

function ChartBox({ id, title, children }: { id: string; title: string; children: ReactElement }) {
  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      <div style={{ width: '100%', height: HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </Stack>
  );
}

/** One type's median and 90th percentile per week, in business hours. */
function DurationsChart({ rows, typeId }: { rows: readonly ReportRow[]; typeId: string }) {
  const { t } = useTranslation();
  const durations = rows
    .filter((r) => r.requestTypeId === typeId)
    .map((r) => ({
      week: r.week,
      firstMedian: r.firstResponseMedianHours,
      firstP90: r.firstResponseP90Hours,
      resolutionMedian: r.resolutionMedianHours,
      resolutionP90: r.resolutionP90Hours,
    }));
  return (
    <ChartBox id="sla-chart-durations" title={t('requests.sla.chartDurations')}>
      <LineChart data={durations} margin={{ left: -16, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="week" fontSize={12} />
        <YAxis fontSize={12} />
        <Tooltip />
        <Legend />
        <Line
          isAnimationActive={false}
          dataKey="firstMedian"
          name={t('requests.sla.firstMedian')}
          stroke="#228be6"
          connectNulls
        />
        <Line
          isAnimationActive={false}
          dataKey="firstP90"
          name={t('requests.sla.firstP90')}
          stroke="#228be6"
          strokeDasharray="4 3"
          connectNulls
        />
        <Line
          isAnimationActive={false}
          dataKey="resolutionMedian"
          name={t('requests.sla.resolutionMedian')}
          stroke="#12b886"
          connectNulls
        />
        <Line
          isAnimationActive={false}
          dataKey="resolutionP90"
          name={t('requests.sla.resolutionP90')}
          stroke="#12b886"
          strokeDasharray="4 3"
          connectNulls
        />
      </LineChart>
    </ChartBox>
  );
}

/**
 * The dashboard's charts (recharts, loaded with this page only): requests and breaches per
 * week over all types, and one type's median and 90th percentile per week (percentiles do
 * not add up across types).
 */
export function ServiceLevelCharts({ rows }: { rows: readonly ReportRow[] }) {
  const { t } = useTranslation();
  const types = typesByVolume(rows);
  const [chosen, setChosen] = useState<string | null>(null);
  const typeId = types.find((x) => x.id === chosen)?.id ?? types[0]?.id ?? '';
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <ChartBox id="sla-chart-volumes" title={t('requests.sla.chartVolumes')}>
        <BarChart data={weeklyTotals(rows)} margin={{ left: -16, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          <Bar
            isAnimationActive={false}
            dataKey="requests"
            name={t('requests.sla.requests')}
            fill="#228be6"
          />
          <Bar
            isAnimationActive={false}
            dataKey="breaches"
            name={t('requests.sla.breaches')}
            fill="#fa5252"
          />
        </BarChart>
      </ChartBox>
      <Stack gap="xs">
        <Group justify="flex-end">
          <NativeSelect
            size="xs"
            label={t('requests.sla.chartType')}
            value={typeId}
            onChange={(e) => setChosen(e.currentTarget.value)}
          >
            {types.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </NativeSelect>
        </Group>
        <DurationsChart rows={rows} typeId={typeId} />
        {types.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('requests.sla.empty')}
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}
