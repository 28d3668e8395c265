import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useJoinRequestsQuery } from '../../gql/graphql';
import { describeError, hasCode } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useCursorList } from '../../lib/useCursorList';
import { CursorList } from '../../ui/CursorList';
import { FormErrorAlert } from '../../ui/forms';
import { ApproveJoinModal, DeclineJoinModal, type JoinRequest } from './JoinRequestModals';

const PAGE_SIZE = 20;

/** One request: who, since when, until when, and Approve / Decline. */
function JoinRequestCard(props: {
  request: JoinRequest;
  withCompany: boolean;
  onApprove: () => void;
  onDecline: () => void;
}) {
  const { t } = useTranslation();
  const { request } = props;
  return (
    <Card withBorder padding="md" component="li" aria-label={request.name}>
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700}>{request.name}</Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {request.email}
          </Text>
          {props.withCompany && request.company && (
            <Text size="sm">
              {t('join.requests.company')}: {request.company.name} ({request.company.country}{' '}
              {request.company.taxId})
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('join.requests.asked', { date: formatDateTime(request.createdAt) })}
            {request.expiresAt &&
              ` · ${t('join.requests.expires', { date: formatDateTime(request.expiresAt) })}`}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button size="sm" onClick={props.onApprove}>
            {t('join.requests.approve')}
          </Button>
          <Button size="sm" variant="outline" color="red" onClick={props.onDecline}>
            {t('join.requests.decline')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}

type Feedback = { kind: 'done' | 'failed'; message: string };

/** What went wrong, in words: the address is taken, the request is gone, or the general case. */
function useJoinFeedback(refetch: () => Promise<unknown>) {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const reload = () => void refetch().catch(() => undefined);
  const onDone = (message: string) => {
    setFeedback({ kind: 'done', message });
    reload();
  };
  const onError = (err: unknown) => {
    const message = hasCode(err, 'EMAIL_ALREADY_REGISTERED')
      ? t('join.requests.emailTaken')
      : hasCode(err, 'NOT_FOUND')
        ? t('join.requests.gone')
        : describeError(err, t);
    setFeedback({ kind: 'failed', message });
    reload();
  };
  return { feedback, setFeedback, onDone, onError };
}

/**
 * The pending requests to join: an administrator's company's (Company → Employees), or for
 * agents, those of companies without an administrator. `heading` shows above a non-empty list.
 */
export function JoinRequestsList(props: {
  withCompany: boolean;
  empty: ReactNode;
  heading?: ReactNode;
}) {
  const { t } = useTranslation();
  const query = useJoinRequestsQuery({
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const list = useCursorList(query, 'joinRequests');
  const [approving, setApproving] = useState<JoinRequest | null>(null);
  const [declining, setDeclining] = useState<JoinRequest | null>(null);
  const { feedback, setFeedback, onDone, onError } = useJoinFeedback(query.refetch);
  const close = () => {
    setApproving(null);
    setDeclining(null);
  };
  const result = {
    onClose: close,
    onDone: (m: string) => (close(), onDone(m)),
    onError: (e: unknown) => (close(), onError(e)),
  };
  const count = list.items?.length ?? 0;
  return (
    <Stack gap="sm">
      {(count > 0 || feedback) && props.heading}
      {feedback?.kind === 'done' && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setFeedback(null)}
        >
          {feedback.message}
        </Alert>
      )}
      {feedback?.kind === 'failed' && (
        <FormErrorAlert title={t('join.requests.failed')}>{feedback.message}</FormErrorAlert>
      )}
      <CursorList list={list} loadFailed={t('join.requests.loadFailed')} empty={props.empty}>
        {(requests) => (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {requests.map((r) => (
              <JoinRequestCard
                key={r.id}
                request={r}
                withCompany={props.withCompany}
                onApprove={() => setApproving(r)}
                onDecline={() => setDeclining(r)}
              />
            ))}
          </Stack>
        )}
      </CursorList>
      <ApproveJoinModal request={approving} {...result} />
      <DeclineJoinModal request={declining} {...result} />
    </Stack>
  );
}
