import {
  Alert,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { isReturnEventType } from '../../../../shared/src/rma';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { useCommentOnReturnMutation } from '../../gql/graphql';
import { ConditionsVerdict, ItemStatusBadge, LabelButton, ReturnStatusBadge } from './components';
import { CommentIcon, DotIcon } from './icons';
import { ItemPhotos } from './ReturnPhotos';
import { ServiceFacts } from './ServiceFacts';
import {
  labelMatters,
  NEXT_STEP_COLOR,
  nextStepFor,
  type ReturnEventView,
  type ReturnItemView,
  type ReturnView,
} from './rmaView';
import { AddressLines } from '../../ui/AddressFields';
import type { PostalAddress } from '../../../../shared/src/addresses';
import { formatDate, formatDateTime } from '../../lib/format';
import { ResponsiveTable } from '../../ui/ResponsiveTable';

/** The RMA number, its kind and status, and when it was sent. */
export function ReturnHeader({ request, aside }: { request: ReturnView; aside?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      <Stack gap={6}>
        <Text c="dimmed" size="sm" fw={600} tt="uppercase">
          {t(`returns.kind.${request.kind}`)}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1} ff="monospace">
            {request.rmaNumber}
          </Title>
          <ReturnStatusBadge status={request.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('returns.detail.created', { date: formatDate(request.createdAt) })}
          {request.closedAt &&
            ` · ${t('returns.detail.closed', { date: formatDate(request.closedAt) })}`}
        </Text>
      </Stack>
      {aside}
    </Group>
  );
}

/** "What happens next" for the customer, from the items' statuses (shared/src/rma.ts). */
export function NextStepPanel({ request }: { request: ReturnView }) {
  const { t } = useTranslation();
  const step = nextStepFor(request);
  return (
    <section aria-label={t('returns.next.label')}>
      <Alert
        color={NEXT_STEP_COLOR[step]}
        variant="light"
        title={t(`returns.next.${step}.title`)}
        role="note"
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t(`returns.next.${step}.text`)}</Text>
          {labelMatters(step) && <LabelButton labelUrl={request.labelUrl} />}
        </Stack>
      </Alert>
    </section>
  );
}

function ItemStatusCell({ request, item }: { request: ReturnView; item: ReturnItemView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <ItemStatusBadge status={item.status} />
      {item.resolution && (
        <Text size="sm">
          {t('returns.item.resolution')}: {t(`returns.resolution.${item.resolution}`)}
        </Text>
      )}
      {item.creditAmount && (
        <Text size="sm" fw={600}>
          {t('returns.item.credit', {
            amount: `${item.creditAmount} ${item.currency ?? ''}`.trim(),
          })}
        </Text>
      )}
      {request.kind === 'SERVICE' && item.serviceStage && (
        <Text size="sm">
          {t('returns.item.stage')}: {t(`returns.stage.${item.serviceStage}`)}
        </Text>
      )}
      {item.carrier && item.trackingNumber && (
        <Text size="sm">
          {t('returns.item.tracking', { carrier: item.carrier, number: item.trackingNumber })}
        </Text>
      )}
      {item.decisionNote && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          “{item.decisionNote}”
        </Text>
      )}
    </Stack>
  );
}

/** The products of a return with their photos; staff get a column of actions per product. */
export function ItemsTable({
  request,
  actions,
  onPhotoAdded,
}: {
  request: ReturnView;
  actions?: (item: ReturnItemView) => ReactNode;
  /** The customer may add photos of the products; called after one was added. */
  onPhotoAdded?: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  // The actions column only when some product has a step to take.
  const cells = new Map(request.items.map((i) => [i.id, actions?.(i) ?? null]));
  const withActions = [...cells.values()].some((c) => c !== null);
  return (
    <ResponsiveTable minWidth={720}>
      <Table verticalSpacing="sm" aria-labelledby="return-items-title" layout="auto">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('returns.item.product')}</Table.Th>
            <Table.Th ta="right">{t('returns.item.quantity')}</Table.Th>
            <Table.Th>{t('returns.item.reason')}</Table.Th>
            <Table.Th>{t('returns.item.conditions')}</Table.Th>
            <Table.Th>{t('returns.item.status')}</Table.Th>
            {withActions && <Table.Th>{t('returns.staff.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {request.items.map((item) => {
            return (
              <Table.Tr key={item.id} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {item.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {item.sku} · {t('returns.item.invoice', { number: item.invoiceNumber })}
                  </Text>
                  {item.serialNumber && (
                    <Text size="xs">
                      {t('returns.item.serialNumber')}: {item.serialNumber}
                    </Text>
                  )}
                  {item.faultDescription && (
                    <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                      {t('returns.item.fault')}: {item.faultDescription}
                    </Text>
                  )}
                  <ServiceFacts item={item} />
                  <ItemPhotos rmaNumber={request.rmaNumber} item={item} onAdded={onPhotoAdded} />
                </Table.Td>
                <Table.Td ta="right">{item.quantity}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {request.kind === 'SERVICE' ? '—' : t(`returns.reason.${item.reason}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {request.kind === 'SERVICE' ? (
                    '—'
                  ) : (
                    <ConditionsVerdict conditions={item.conditions} badgeSize="sm" />
                  )}
                </Table.Td>
                <Table.Td>
                  <ItemStatusCell request={request} item={item} />
                </Table.Td>
                {withActions && <Table.Td>{cells.get(item.id)}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ResponsiveTable>
  );
}

/** Who reads the history: the customer ("you") or the seller's staff. */
export type Side = 'customer' | 'staff';

function EventBody({ event, side }: { event: ReturnEventView; side: Side }) {
  const { t } = useTranslation();
  const name = event.actorName;
  const who =
    event.actorType === 'STAFF'
      ? t('returns.timeline.byStaff', { name })
      : side === 'customer'
        ? t('returns.timeline.byCustomer', { name })
        : t('returns.timeline.byTheCustomer', { name });
  const note = event.note;
  return (
    <Stack gap={2}>
      {event.stage && (
        <Text size="sm" fw={600}>
          {t(`returns.stage.${event.stage}`)}
        </Text>
      )}
      {event.carrier && event.trackingNumber && (
        <Text size="sm">
          {t('returns.item.tracking', { carrier: event.carrier, number: event.trackingNumber })}
        </Text>
      )}
      {event.sku && <Text size="sm">{t('returns.timeline.product', { sku: event.sku })}</Text>}
      {note && (
        <Text
          size="sm"
          style={{ whiteSpace: 'pre-wrap' }}
          {...(event.type === 'COMMENT'
            ? {
                p: 'xs',
                bg: event.actorType === 'STAFF' ? 'blue.0' : 'gray.0',
                bdrs: 'md',
              }
            : {})}
        >
          {note}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {who} · <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
        {event.type !== 'COMMENT' &&
          ` · ${t('returns.timeline.statusAfter', { status: t(`returns.status.${event.statusAfter}`) })}`}
      </Text>
    </Stack>
  );
}

/** The history of a return, oldest first, comments from both sides included. */
export function ReturnTimeline({ request, side }: { request: ReturnView; side: Side }) {
  const { t } = useTranslation();
  const events = request.events;
  return (
    <Timeline active={events.length - 1} bulletSize={22} lineWidth={2}>
      {events.map((event) => {
        const comment = event.type === 'COMMENT';
        return (
          <Timeline.Item
            key={event.id}
            bullet={comment ? <CommentIcon size={12} /> : <DotIcon size={8} />}
            color={comment ? (event.actorType === 'STAFF' ? 'blue' : 'gray') : undefined}
            title={
              <Text fw={600} size="sm" component="span">
                {isReturnEventType(event.type) ? t(`returns.event.${event.type}`) : event.type}
              </Text>
            }
          >
            <EventBody event={event} side={side} />
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

/** A comment on the timeline (customer or staff). */
export function CommentForm({ request, hint }: { request: ReturnView; hint: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [comment, { loading }] = useCommentOnReturnMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!body.trim()) {
      setError(t('returns.comment.required'));
      return;
    }
    try {
      await comment({ variables: { input: { returnRequestId: request.id, body: body.trim() } } });
      setBody('');
    } catch (err) {
      setFormError(describeError(err, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
        <Textarea
          label={t('returns.comment.label')}
          description={hint}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={loading} variant="light">
            {t('returns.comment.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A closed return is final: no comment, step or photo any more. */
export const isClosedReturn = (request: Pick<ReturnView, 'status' | 'closedAt'>) =>
  request.status === 'CLOSED' || !!request.closedAt;

/** The history with the comment box under it (a closed return: a line that says so). */
export function HistoryCard({ request, side }: { request: ReturnView; side: Side }) {
  const { t } = useTranslation();
  const commentHint =
    side === 'customer' ? t('returns.comment.hintCustomer') : t('returns.comment.hintStaff');
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="history-title">
      <Stack gap="lg">
        <Title order={2} size="h3" id="history-title">
          {t('returns.timeline.title')}
        </Title>
        <ReturnTimeline request={request} side={side} />
        {isClosedReturn(request) ? (
          <Text c="dimmed" role="note">
            {t('returns.detail.closedNotice')}
          </Text>
        ) : (
          <CommentForm request={request} hint={commentHint} />
        )}
      </Stack>
    </Card>
  );
}

/** Where refused goods go back (when given). */
export function ReturnAddress({
  address,
  text,
}: {
  /** The structured copy the return keeps (new returns). */
  address: PostalAddress | null | undefined;
  /** The free text an older API client sent. */
  text?: string | null;
}) {
  const { t } = useTranslation();
  if (!address && !text) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {t('returns.wizard.address.label')}
      </Text>
      {address ? (
        <AddressLines address={address} />
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {text}
        </Text>
      )}
    </Stack>
  );
}
