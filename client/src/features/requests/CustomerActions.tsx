import { Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChecks } from '../../lib/validation';
import {
  useCancelTicketMutation,
  useCommentOnTicketMutation,
  useReopenTicketMutation,
  type TicketDetailFieldsFragment,
} from '../../gql/graphql';

type Ticket = TicketDetailFieldsFragment;

/** A comment (or, while support waits for the customer, their answer). */
export function CommentForm({
  ticket,
  onDone,
  onError,
}: {
  ticket: Ticket;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const [comment, { loading }] = useCommentOnTicketMutation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const waiting = ticket.status === 'WAITING_FOR_CUSTOMER';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setError(t('requests.detail.commentRequired'));
    const tooLong = fieldChecks(t).ticketComment(body);
    if (tooLong) return setError(tooLong);
    setError(null);
    try {
      await comment({ variables: { ticketId: ticket.id, body: body.trim() } });
      setBody('');
      onDone(waiting ? t('requests.detail.answerSent') : t('requests.detail.commentSent'));
    } catch (err) {
      onError(err);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Textarea
          label={waiting ? t('requests.detail.answerLabel') : t('requests.detail.commentLabel')}
          description={waiting ? t('requests.detail.answerHint') : t('requests.detail.commentHint')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={error}
          autosize
          minRows={4}
          maxRows={16}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {waiting ? t('requests.detail.sendAnswer') : t('requests.detail.sendComment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A resolved request comes back to support with a comment that says what is still wrong. */
export function ReopenForm({
  ticket,
  onDone,
  onError,
}: {
  ticket: Ticket;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const [reopen, { loading }] = useReopenTicketMutation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setError(t('requests.detail.reopenRequired'));
    const tooLong = fieldChecks(t).ticketComment(body);
    if (tooLong) return setError(tooLong);
    setError(null);
    try {
      await reopen({ variables: { ticketId: ticket.id, comment: body.trim() } });
      setBody('');
      onDone(t('requests.detail.reopened'));
    } catch (err) {
      onError(err);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="reopen-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="reopen-title">
            {t('requests.detail.reopenTitle')}
          </Title>
          <Textarea
            label={t('requests.detail.reopenLabel')}
            description={t('requests.detail.reopenHint')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={error}
            autosize
            minRows={3}
            maxRows={12}
            required
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('requests.detail.reopen')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function CancelModal({
  ticket,
  opened,
  onClose,
  onDone,
  onError,
}: {
  ticket: Ticket;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const [cancel, { loading }] = useCancelTicketMutation();
  const confirm = async () => {
    try {
      await cancel({ variables: { ticketId: ticket.id } });
      onDone(t('requests.detail.canceled'));
    } catch (err) {
      onError(err);
    } finally {
      onClose();
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('requests.cancel.title')} centered>
      <Stack gap="lg">
        <Text>{t('requests.cancel.text', { key: ticket.key })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('requests.cancel.keep')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('requests.cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
