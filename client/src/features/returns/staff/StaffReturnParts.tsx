import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, firstApiError, hasCode } from '../../../lib/errors';
import {
  canAuthorizeItem,
  canDecide,
  nextServiceStageChoices,
  staffActionsFor,
  type ReturnItemView,
  type ReturnView,
} from '../rmaView';
import { SectionCard } from '../../../ui/SectionCard';
import { OutcomeAlerts, type Problem } from '../../../ui/OutcomeAlerts';
import type { Action } from './ActionDialog';

/**
 * The outcome of the last step: a notice when it worked, a problem when not (an illegal
 * transition reloads the return, as someone else moved it on).
 */
export function useStepOutcome(refetch: () => Promise<unknown>) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const succeeded = (message: string) => {
    setProblem(null);
    setNotice(message);
  };
  const failed = (err: unknown) => {
    setNotice(null);
    if (hasCode(err, 'ILLEGAL_TRANSITION')) {
      setProblem({
        title: t('returns.staff.illegalTitle'),
        message:
          `${firstApiError(err)?.message ?? ''} ${t('returns.staff.illegalReloaded')}`.trim(),
      });
      void refetch().catch(() => undefined);
    } else {
      setProblem({ title: t('returns.staff.failed'), message: describeError(err, t) });
    }
  };
  return { problem, notice, setProblem, setNotice, succeeded, failed };
}

/** The problem and the notice of the last step, each closable. */
export function StepOutcomeAlerts({ outcome }: { outcome: ReturnType<typeof useStepOutcome> }) {
  return (
    <OutcomeAlerts
      problem={outcome.problem}
      notice={outcome.notice}
      onCloseProblem={() => outcome.setProblem(null)}
      onCloseNotice={() => outcome.setNotice(null)}
    />
  );
}

interface ItemActionsProps {
  request: ReturnView;
  item: ReturnItemView;
  onAction: (action: Action) => void;
}

/** Authorize or deny one waiting product on its own. */
function AuthorizeItemButtons({ item, onAction }: Omit<ItemActionsProps, 'request'>) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Button
        size="xs"
        onClick={() => onAction({ type: 'authorizeItem', item })}
        aria-label={t('returns.staff.authorizeItemNamed', { name: item.name })}
      >
        {t('returns.staff.authorizeItem')}
      </Button>
      <Button
        size="xs"
        color="red"
        variant="light"
        onClick={() => onAction({ type: 'denyItem', item })}
        aria-label={t('returns.staff.denyItemNamed', { name: item.name })}
      >
        {t('returns.staff.denyItem')}
      </Button>
    </Group>
  );
}

/**
 * A product's steps: authorize or deny it alone, the next workshop stage(s), approve or
 * reject; null when there are none.
 */
export function ItemActions({ request, item, onAction }: ItemActionsProps) {
  const { t } = useTranslation();
  const decide = canDecide(request, item);
  const stages = nextServiceStageChoices(request, item);
  const authorize = canAuthorizeItem(request, item);
  if (!decide && !stages.length && !authorize) return null;
  return (
    <Stack gap={6} align="flex-start">
      {authorize && <AuthorizeItemButtons item={item} onAction={onAction} />}
      {stages.map((stage) => (
        <Button
          key={stage}
          size="xs"
          variant="light"
          onClick={() => onAction({ type: 'stage', item, stage })}
        >
          {t('returns.staff.moveTo', { stage: t(`returns.stage.${stage}`) })}
        </Button>
      ))}
      {decide && (
        <Group gap={6}>
          <Button
            size="xs"
            color="teal"
            onClick={() => onAction({ type: 'approve', item })}
            aria-label={t('returns.staff.approveNamed', { name: item.name })}
          >
            {t('returns.staff.approve')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={() => onAction({ type: 'reject', item })}
            aria-label={t('returns.staff.rejectNamed', { name: item.name })}
          >
            {t('returns.staff.reject')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface StepsProps {
  request: ReturnView;
  onAction: (action: Action) => void;
}

/** Authorize, deny, receive, close: the buttons of the steps allowed now. */
function ReturnStepButtons({ request, onAction }: StepsProps) {
  const { t } = useTranslation();
  const allowed = staffActionsFor(request);
  if (!allowed.authorize && !allowed.receive && !allowed.close) return null;
  return (
    <Group gap="sm">
      {allowed.authorize && (
        <Button onClick={() => onAction({ type: 'authorize' })}>
          {t('returns.staff.authorize')}
        </Button>
      )}
      {allowed.deny && (
        <Button color="red" variant="light" onClick={() => onAction({ type: 'deny' })}>
          {t('returns.staff.deny')}
        </Button>
      )}
      {allowed.receive && (
        <Button onClick={() => onAction({ type: 'receive' })}>{t('returns.staff.receive')}</Button>
      )}
      {allowed.close && (
        <Button variant="default" onClick={() => onAction({ type: 'close' })}>
          {t('returns.staff.close')}
        </Button>
      )}
    </Group>
  );
}

/** "Next steps": what staff may do with the return now, or that there is nothing to do. */
export function NextStepsCard({ request, onAction }: StepsProps) {
  const { t } = useTranslation();
  const allowed = staffActionsFor(request);
  const anyItemAction = request.items.some(
    (i) => canDecide(request, i) || nextServiceStageChoices(request, i).length > 0,
  );
  const nothingToDo = !allowed.authorize && !allowed.receive && !allowed.close && !anyItemAction;
  return (
    <SectionCard titleId="staff-actions-title" title={t('returns.staff.nextSteps')} gap="sm">
      {nothingToDo ? (
        <Text c="dimmed">
          {request.closedAt ? t('returns.staff.nothingClosed') : t('returns.staff.nothing')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('returns.staff.nextStepsHint')}
          </Text>
          <ReturnStepButtons request={request} onAction={onAction} />
          {anyItemAction && <Text size="sm">{t('returns.staff.itemActionsHint')}</Text>}
        </>
      )}
    </SectionCard>
  );
}
