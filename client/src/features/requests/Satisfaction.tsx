import { Alert, Button, Paper, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  isSatisfactionRating,
  ratingRefusal,
  SATISFACTION_LIMITS,
} from '../../../../shared/src/satisfaction';
import {
  useRateTicketMutation,
  useTicketSatisfactionQuery,
  type TicketSatisfactionQuery,
} from '../../gql/graphql';
import { describeError, hasCode } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useViewer } from '../../lib/session';
import { FormErrorAlert } from '../../ui/forms';

type Rated = NonNullable<NonNullable<TicketSatisfactionQuery['ticket']>['satisfaction']>;

/** The stars (read-only), the words of the rating, the comment and when. */
function RatingView({ title, rated }: { title: string; rated: Rated }) {
  const { t } = useTranslation();
  const value = String(rated.rating) as '1' | '2' | '3' | '4' | '5';
  return (
    <Stack gap={6}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Rating value={rated.rating} readOnly aria-hidden />
      <Text fw={600}>
        {t('satisfaction.star', { value: rated.rating })} · {t(`satisfaction.labels.${value}`)}
      </Text>
      {rated.comment && <Text style={{ whiteSpace: 'pre-wrap' }}>{rated.comment}</Text>}
      <Text size="xs" c="dimmed">
        {t('satisfaction.ratedAt', { date: formatDateTime(rated.ratedAt) })}
      </Text>
    </Stack>
  );
}

/** The rating chosen in the e-mail's one-click link (?rate=4), if it is one. */
function usePreselected(): number | null {
  const [params] = useSearchParams();
  const value = Number(params.get('rate'));
  return isSatisfactionRating(value) ? value : null;
}

/** 1 to 5 stars and an optional comment, sent once. */
function RatingForm({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<number>(usePreselected() ?? 0);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [rate, { loading }] = useRateTicketMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isSatisfactionRating(rating)) return setProblem(t('satisfaction.chooseFirst'));
    setProblem(null);
    try {
      await rate({ variables: { ticketId, rating, comment: comment.trim() || null } });
    } catch (err) {
      const code = ['ALREADY_RATED', 'TICKET_NOT_RESOLVED'].find((c) => hasCode(err, c));
      setProblem(
        code
          ? t(`satisfaction.${code as 'ALREADY_RATED' | 'TICKET_NOT_RESOLVED'}`)
          : describeError(err, t),
      );
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="satisfaction-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="satisfaction-title">
          {t('satisfaction.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('satisfaction.intro')}
        </Text>
        {problem && <FormErrorAlert title={t('satisfaction.failed')}>{problem}</FormErrorAlert>}
        <Stack gap={4} role="radiogroup" aria-label={t('satisfaction.rating')}>
          <Text size="sm" fw={500}>
            {t('satisfaction.rating')}
          </Text>
          <Rating
            value={rating}
            onChange={setRating}
            size="lg"
            getSymbolLabel={(value) => t('satisfaction.star', { value })}
          />
          {isSatisfactionRating(rating) && (
            <Text size="sm">{t(`satisfaction.labels.${String(rating) as '1'}`)}</Text>
          )}
        </Stack>
        <Textarea
          label={t('satisfaction.comment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          maxLength={SATISFACTION_LIMITS.comment}
          autosize
          minRows={2}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('satisfaction.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * On the customer's request page: the rating once given, or, for its reporter while it is
 * resolved, the form (pre-selected from the e-mail's link). Nothing otherwise.
 */
export function SatisfactionCard({ ticketKey }: { ticketKey: string }) {
  const { t } = useTranslation();
  const { representative } = useViewer();
  const { data } = useTicketSatisfactionQuery({ variables: { key: ticketKey } });
  const ticket = data?.ticket;
  if (!ticket) return null;
  const byReporter = !!representative && ticket.reporter?.id === representative.id;
  if (ticket.satisfaction) {
    return (
      <Paper withBorder p="md" radius="md" component="section">
        <Stack gap="sm">
          {byReporter && (
            <Alert color="green" variant="light" role="status">
              {t('satisfaction.thanks')}
            </Alert>
          )}
          <RatingView
            title={byReporter ? t('satisfaction.yours') : t('satisfaction.reporters')}
            rated={ticket.satisfaction}
          />
        </Stack>
      </Paper>
    );
  }
  if (ratingRefusal({ status: ticket.status, byReporter, rated: false })) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <RatingForm ticketId={ticket.id} />
    </Paper>
  );
}

/** On the agents' request page: the customer's rating, or "not rated yet" once resolved. */
export function SatisfactionSummary({ ticketKey }: { ticketKey: string }) {
  const { t } = useTranslation();
  const { data } = useTicketSatisfactionQuery({ variables: { key: ticketKey } });
  const ticket = data?.ticket;
  if (!ticket) return null;
  if (!ticket.satisfaction) {
    if (ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED') return null;
    return (
      <Text size="sm" c="dimmed">
        {t('satisfaction.staffTitle')}: {t('satisfaction.none')}
      </Text>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <RatingView title={t('satisfaction.staffTitle')} rated={ticket.satisfaction} />
    </Paper>
  );
}
