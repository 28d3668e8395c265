import { Badge, Stack, Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useStaffTicketServiceLevelQuery,
  type ServiceLevelFieldsFragment,
} from '../../../gql/graphql';
import { formatDateTime, relativeTime } from '../../../lib/format';

type Sla = ServiceLevelFieldsFragment;
const HOUR_MS = 3_600_000;

/** The clock that runs next: the first response until it came, then the resolution. */
export function nextClock(
  sla: Sla,
): { kind: 'firstResponse' | 'resolution'; dueAt: string } | null {
  if (!sla.firstResponseAt) {
    const firstFirst = !sla.resolutionDueAt || sla.firstResponseDueAt <= sla.resolutionDueAt;
    if (firstFirst) return { kind: 'firstResponse', dueAt: sla.firstResponseDueAt };
  }
  return sla.resolutionDueAt ? { kind: 'resolution', dueAt: sla.resolutionDueAt } : null;
}

/** Now, again every minute: the clocks on screen keep running. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  const interval = useInterval(() => setNow(Date.now()), 60_000);
  useEffect(() => {
    interval.start();
    return interval.stop;
  }, [interval]);
  return now;
}

/** A request's service level in a word: breached, paused, or due in so long. */
export function ServiceLevelBadge({ sla }: { sla: Sla | null | undefined }) {
  const { t } = useTranslation();
  const now = useNow();
  if (!sla) return null;
  const next = nextClock(sla);
  if (sla.breached)
    return (
      <Badge color="red" variant="filled" size="sm">
        {t('requests.sla.breached')}
      </Badge>
    );
  if (sla.paused || !next)
    return (
      <Badge color="gray" variant="light" size="sm">
        {t('requests.sla.paused')}
      </Badge>
    );
  const soon = new Date(next.dueAt).getTime() - now <= HOUR_MS;
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={soon ? 'orange' : 'teal'} variant="light" size="sm">
        {t(`requests.sla.${next.kind}`)}
      </Badge>
      <Text size="xs" c={soon ? 'orange.9' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={next.dueAt} title={formatDateTime(next.dueAt)}>
          {t('requests.sla.due', { when: relativeTime(next.dueAt, undefined, now) })}
        </time>
      </Text>
    </Stack>
  );
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {value}
    </Text>
  );
}

/** The request page's clocks, for staff: reloaded with every step on the request. */
export function ServiceLevelClocks({ ticketKey, version }: { ticketKey: string; version: string }) {
  const { t } = useTranslation();
  const { data, refetch } = useStaffTicketServiceLevelQuery({
    variables: { key: ticketKey },
    fetchPolicy: 'cache-and-network',
  });
  const shown = useRef(version);
  useEffect(() => {
    if (shown.current === version) return;
    shown.current = version;
    void refetch().catch(() => undefined);
  }, [version, refetch]);
  const sla = data?.ticket?.sla;
  if (!sla) return <Text size="sm">{t('requests.sla.none')}</Text>;
  return (
    <Stack gap={6} align="flex-start">
      <ServiceLevelBadge sla={sla} />
      <Line
        label={t('requests.sla.firstResponse')}
        value={
          sla.firstResponseAt
            ? t('requests.sla.answeredAt', { date: formatDateTime(sla.firstResponseAt) })
            : t('requests.sla.dueAt', { date: formatDateTime(sla.firstResponseDueAt) })
        }
      />
      <Line
        label={t('requests.sla.resolution')}
        value={
          sla.resolutionDueAt
            ? t('requests.sla.dueAt', { date: formatDateTime(sla.resolutionDueAt) })
            : t('requests.sla.stopped')
        }
      />
      {sla.paused && sla.resolutionDueAt && (
        <Text size="xs" c="dimmed">
          {t('requests.sla.pausedHint')}
        </Text>
      )}
    </Stack>
  );
}
