import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JOIN_LIMITS } from '../../../../shared/src/accounts';
import {
  useApproveJoinRequestMutation,
  useDeclineJoinRequestMutation,
  type JoinRequestFieldsFragment,
  type RepresentativeRole,
} from '../../gql/graphql';

export type JoinRequest = JoinRequestFieldsFragment;

interface ModalProps {
  request: JoinRequest | null;
  onClose: () => void;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}

function ApproveForm({ request, onClose, onDone, onError }: ModalProps & { request: JoinRequest }) {
  const { t } = useTranslation();
  const [approve, { loading }] = useApproveJoinRequestMutation();
  const [role, setRole] = useState<RepresentativeRole>('MEMBER');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await approve({ variables: { id: request.id, role }, refetchQueries: ['Representatives'] });
      onDone(t('join.requests.approved', { name: request.name, email: request.email }));
    } catch (err) {
      onError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('join.requests.approveText', { name: request.name, email: request.email })}
        </Text>
        <Radio.Group
          label={t('fields.role')}
          value={role}
          onChange={(value) => setRole(value as RepresentativeRole)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="MEMBER" label={t('roles.MEMBER')} description={t('roles.MEMBERHint')} />
            <Radio value="ADMIN" label={t('roles.ADMIN')} description={t('roles.ADMINHint')} />
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('join.requests.approveSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeclineForm({ request, onClose, onDone, onError }: ModalProps & { request: JoinRequest }) {
  const { t } = useTranslation();
  const [decline, { loading }] = useDeclineJoinRequestMutation();
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await decline({ variables: { id: request.id, reason: reason.trim() || null } });
      onDone(t('join.requests.declined', { name: request.name, email: request.email }));
    } catch (err) {
      onError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('join.requests.declineText', { email: request.email })}</Text>
        <Textarea
          label={t('join.requests.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={JOIN_LIMITS.declineReason}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {t('join.requests.declineSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Approve …": the role of the invitation that follows. */
export function ApproveJoinModal(props: ModalProps) {
  const { t } = useTranslation();
  const { request, onClose } = props;
  return (
    <Modal
      opened={!!request}
      onClose={onClose}
      title={request ? t('join.requests.approveTitle', { name: request.name }) : ''}
      centered
    >
      {request && <ApproveForm {...props} request={request} />}
    </Modal>
  );
}

/** "Decline …": an optional reason, quoted in the e-mail to the person. */
export function DeclineJoinModal(props: ModalProps) {
  const { t } = useTranslation();
  const { request, onClose } = props;
  return (
    <Modal
      opened={!!request}
      onClose={onClose}
      title={request ? t('join.requests.declineTitle', { name: request.name }) : ''}
      centered
    >
      {request && <DeclineForm {...props} request={request} />}
    </Modal>
  );
}
