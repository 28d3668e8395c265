import { Alert, Anchor, Button, Group, Modal, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  isReachable,
  isWizardStep,
  resolveStep,
  visibleSteps,
  type WizardStep,
} from '../../../../../shared/src/return-wizard';
import { ROUTES } from '../../../../../shared/src/routes';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../../lib/session';
import { ArrowLeftIcon } from '../icons';
import { AddressStep } from './AddressStep';
import { KindStep } from './KindStep';
import { ProductsStep } from './ProductsStep';
import { ProductStep } from './ProductStep';
import { SentPage, type SentState } from './SentPage';
import { SummaryStep } from './SummaryStep';
import { clearStoredWizard, emptyDraft, useWizardState, type WizardItem } from './wizardState';

/** Problems the server found with products on sending, by product (shown inline). */
export type ItemProblems = Record<string, string>;

/**
 * /returns/new: the return wizard in the source's steps. The step lives in the address
 * (?step=…, so the back button walks the steps), the entries in sessionStorage; after sending,
 * ?sent=<RMA> shows the confirmation with the label.
 */
export function NewReturnPage() {
  const { representative } = useViewer();
  const [params] = useSearchParams();
  const location = useLocation();
  const sent = params.get('sent');
  if (sent) {
    return <SentPage rmaNumber={sent} state={location.state as SentState | null} />;
  }
  // RequireAuth lets only representatives here; keyed so another person starts afresh.
  const owner = representative?.id ?? 'anonymous';
  return <Wizard key={owner} owner={owner} />;
}

function Wizard({ owner }: { owner: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { company } = useViewer();
  const [params, setParams] = useSearchParams();
  const { state, update, reset, restored } = useWizardState(owner);
  const [problems, setProblems] = useState<ItemProblems>({});
  const [confirmReset, setConfirmReset] = useState(false);

  const requested = params.get('step');
  const current = resolveStep(isWizardStep(requested) ? requested : null, state);
  const steps = visibleSteps(state);

  // The address names a step that cannot be shown (yet): show the one that can, in place.
  useEffect(() => {
    if (requested !== current) setParams({ step: current }, { replace: true });
  }, [requested, current, setParams]);

  const go = (step: WizardStep) => setParams({ step });

  // Each new step is announced: focus moves to its heading (not on the first render).
  const heading = useRef<HTMLHeadingElement>(null);
  const stepper = useRef<HTMLDivElement>(null);
  const shown = useRef<WizardStep | null>(null);
  useEffect(() => {
    if (shown.current !== null && shown.current !== current) {
      // The steps stay in sight: the page scrolls up to them, not just to the heading.
      heading.current?.focus({ preventScroll: true });
      stepper.current?.scrollIntoView({ block: 'nearest' });
    }
    shown.current = current;
  }, [current]);

  const kindWord = state.kind === 'SERVICE' ? 'SERVICE' : 'RETURN';
  const stepTitle: Record<WizardStep, string> = {
    kind: t('returns.wizard.kind.title'),
    product: state.draft.editing
      ? t('returns.wizard.product.editTitle')
      : t('returns.wizard.product.title'),
    products: t('returns.wizard.products.title'),
    address: t('returns.wizard.address.title'),
    summary: t(`returns.wizard.summary.title.${kindWord}`),
  };

  const clearProblem = (uid: string) =>
    setProblems((p) => {
      const { [uid]: _gone, ...rest } = p;
      return rest;
    });

  const edit = (item: WizardItem) => {
    update({
      draft: {
        editing: item.uid,
        invoiceNumber: item.invoice.number,
        invoice: item.invoice,
        lineId: item.line.id,
        quantity: item.quantity,
        reason: item.reason,
        serialNumber: item.serialNumber,
        faultDescription: item.faultDescription,
        conditions: { ...item.conditions },
      },
    });
    go('product');
  };

  const addAnother = () => {
    // The next product is often on the same invoice: it stays checked.
    update((s) => ({
      draft: { ...emptyDraft(), invoiceNumber: s.draft.invoiceNumber, invoice: s.draft.invoice },
    }));
    go('product');
  };

  return (
    <Stack gap="lg">
      <PageTitle page={t('returns.wizard.pageTitle')} />
      <Group justify="space-between" gap="md" mih={30}>
        <Anchor component={Link} to={ROUTES.returns} size="sm">
          <Group gap={4} component="span">
            <ArrowLeftIcon />
            {t('returns.list.back')}
          </Group>
        </Anchor>
        {(restored || state.items.length > 0 || state.kind) && (
          <Button variant="subtle" color="gray" size="xs" onClick={() => setConfirmReset(true)}>
            {t('returns.wizard.startOver')}
          </Button>
        )}
      </Group>
      <Stack gap={4}>
        <Title order={1}>{t('returns.wizard.title')}</Title>
        <Text c="dimmed" maw={720}>
          {t('returns.wizard.intro')}
        </Text>
      </Stack>

      {restored && current !== 'kind' && (
        <Alert color="blue" variant="light" role="status">
          {t('returns.wizard.restored')}
        </Alert>
      )}

      <Stepper
        ref={stepper}
        active={steps.indexOf(current)}
        onStepClick={(i) => {
          const step = steps[i];
          if (step && isReachable(step, state)) go(step);
        }}
        allowNextStepsSelect={false}
        size="sm"
        aria-label={t('returns.wizard.stepsLabel')}
      >
        {steps.map((step) => (
          <Stepper.Step
            key={step}
            label={t(`returns.wizard.steps.${step}`)}
            aria-current={step === current ? 'step' : undefined}
          />
        ))}
      </Stepper>

      <section aria-labelledby="wizard-step-title">
        <Stack gap="md">
          <Title order={2} size="h3" id="wizard-step-title" ref={heading} tabIndex={-1}>
            {stepTitle[current]}
          </Title>
          {current === 'kind' && (
            <KindStep
              kind={state.kind}
              onChoose={(kind) => {
                update({ kind });
                go(state.items.length > 0 ? 'products' : 'product');
              }}
            />
          )}
          {current === 'product' && (
            <ProductStep
              state={state}
              update={update}
              onDone={(uid) => {
                clearProblem(uid);
                go('products');
              }}
              onCancel={() => {
                update((s) => ({
                  draft: {
                    ...emptyDraft(),
                    invoiceNumber: s.draft.invoiceNumber,
                    invoice: s.draft.invoice,
                  },
                }));
                go(state.items.length > 0 ? 'products' : 'kind');
              }}
            />
          )}
          {current === 'products' && (
            <ProductsStep
              state={state}
              problems={problems}
              onEdit={edit}
              onRemove={(uid) => {
                clearProblem(uid);
                update((s) => ({ items: s.items.filter((i) => i.uid !== uid) }));
              }}
              onAddAnother={addAnother}
              onNext={() => go(steps.includes('address') ? 'address' : 'summary')}
            />
          )}
          {current === 'address' && (
            <AddressStep
              state={state}
              company={company}
              onChange={(address) => update({ address })}
              onBack={() => go('products')}
              onNext={(address) => {
                update({ address });
                go('summary');
              }}
            />
          )}
          {current === 'summary' && (
            <SummaryStep
              state={state}
              problems={problems}
              setProblems={setProblems}
              onChangeStep={go}
              onEdit={edit}
              onSent={(request) => {
                // The run is over: forget it (the confirmation replaces the wizard, whose
                // state goes with it; the next run starts with a new key).
                clearStoredWizard();
                const sent: SentState = { labelUrl: request.labelUrl, kind: request.kind };
                void navigate(
                  `${ROUTES.returnsNew}?sent=${encodeURIComponent(request.rmaNumber)}`,
                  { replace: true, state: sent },
                );
              }}
            />
          )}
        </Stack>
      </section>

      <Modal
        opened={confirmReset}
        onClose={() => setConfirmReset(false)}
        title={t('returns.wizard.startOverTitle')}
        centered
      >
        <Stack gap="lg">
          <Text>{t('returns.wizard.startOverText')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmReset(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                reset();
                setProblems({});
                setConfirmReset(false);
                setParams({ step: 'kind' });
              }}
            >
              {t('returns.wizard.startOver')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
