import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../lib/session';
import {
  useRepresentativesQuery,
  useShareTicketMutation,
  type TicketDetailFieldsFragment,
} from '../../gql/graphql';
import { describeTicketError } from './detail';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';
import { personName } from '../../lib/format';

interface ShareModalProps {
  ticket: TicketDetailFieldsFragment;
  opened: boolean;
  onClose: () => void;
  onShared: (names: string[]) => void;
}

function ShareForm({ ticket, onClose, onShared }: Omit<ShareModalProps, 'opened'>) {
  const { t } = useTranslation();
  const { representative: me } = useViewer();
  const { data, loading, error, refetch } = useRepresentativesQuery();
  const [share, { loading: sharing }] = useShareTicketMutation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  if (loading && !data) return <Loading size="sm" />;
  if (!data) {
    return (
      <LoadError
        title={t('requests.share.loadFailed')}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  const already = new Set([ticket.reporter?.id, ...ticket.participants.map((p) => p.id)]);
  const colleagues = data.representatives.filter(
    (r) => r.status === 'ACTIVE' && r.id !== me?.id && !already.has(r.id),
  );

  const submit = async () => {
    if (chosen.length === 0) {
      setProblem(t('requests.share.chooseOne'));
      return;
    }
    setProblem(null);
    try {
      await share({ variables: { ticketId: ticket.id, representativeIds: chosen } });
      onShared(data.representatives.filter((r) => chosen.includes(r.id)).map((r) => personName(r)));
    } catch (err) {
      setProblem(describeTicketError(err, t));
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('requests.share.intro')}
      </Text>
      {colleagues.length === 0 ? (
        <Text size="sm">{t('requests.share.nobody')}</Text>
      ) : (
        <Checkbox.Group
          label={t('requests.share.colleagues')}
          value={chosen}
          onChange={setChosen}
          error={problem}
        >
          <Stack gap="xs" mt="xs">
            {colleagues.map((r) => (
              <Checkbox
                key={r.id}
                value={r.id}
                label={personName(r)}
                description={r.name ? r.email : undefined}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        {colleagues.length > 0 && (
          <Button loading={sharing} onClick={() => void submit()}>
            {t('requests.share.submit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** "+ Share": colleagues of the company become participants and get an email. */
export function ShareModal({ ticket, opened, onClose, onShared }: ShareModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('requests.share.title')} centered>
      {opened && <ShareForm ticket={ticket} onClose={onClose} onShared={onShared} />}
    </Modal>
  );
}
