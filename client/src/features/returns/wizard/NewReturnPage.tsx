import { Alert, Stack, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { WizardStep } from '../../../../../shared/src/return-wizard';
import { ROUTES } from '../../../../../shared/src/routes';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../../lib/session';
import type { ReturnRequestFieldsFragment } from '../../../gql/graphql';
import { AddressStep } from './AddressStep';
import { KindStep } from './KindStep';
import { ProductsStep } from './ProductsStep';
import { ProductStep } from './ProductStep';
import { SentPage, type SentState } from './SentPage';
import { SummaryStep } from './SummaryStep';
import { useWizardStep, WizardHeader, WizardStepper } from './WizardChrome';
import {
  clearStoredWizard,
  emptyDraft,
  useWizardState,
  type WizardItem,
  type WizardState,
  startFromLine,
} from './wizardState';

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

type Update = ReturnType<typeof useWizardState>['update'];

/** The step's heading: what is asked now. */
function stepTitle(step: WizardStep, state: WizardState, t: TFunction): string {
  const kindWord = state.kind === 'SERVICE' ? 'SERVICE' : 'RETURN';
  const titles: Record<WizardStep, string> = {
    kind: t('returns.wizard.kind.title'),
    product: state.draft.editing
      ? t('returns.wizard.product.editTitle')
      : t('returns.wizard.product.title'),
    products: t('returns.wizard.products.title'),
    address: t('returns.wizard.address.title'),
    summary: t(`returns.wizard.summary.title.${kindWord}`),
  };
  return titles[step];
}

/** Moving products in and out of the draft: edit one, add another, cancel, forget a problem. */
function useProductEditing(
  update: Update,
  go: (step: WizardStep) => void,
  setProblems: (change: (p: ItemProblems) => ItemProblems) => void,
) {
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
        photos: item.photos,
        purchaseDate: item.purchaseDate,
        warrantyProof: item.warrantyProof,
        accessories: item.accessories,
      },
    });
    go('product');
  };
  /** A fresh draft; the next product is often on the same invoice, so it stays checked. */
  const freshDraftSameInvoice = () =>
    update((s) => ({
      draft: { ...emptyDraft(), invoiceNumber: s.draft.invoiceNumber, invoice: s.draft.invoice },
    }));
  return { clearProblem, edit, freshDraftSameInvoice };
}

interface CurrentStepProps {
  state: WizardState;
  update: Update;
  step: WizardStep;
  steps: WizardStep[];
  go: (step: WizardStep) => void;
  problems: ItemProblems;
  setProblems: (problems: ItemProblems | ((p: ItemProblems) => ItemProblems)) => void;
  onSent: (request: ReturnRequestFieldsFragment) => void;
}

/** The form of the step shown. */
function CurrentStep(props: CurrentStepProps) {
  const { state, update, step, steps, go, problems, setProblems } = props;
  const editing = useProductEditing(update, go, setProblems);
  switch (step) {
    case 'kind':
      return (
        <KindStep
          kind={state.kind}
          onChoose={(kind) => {
            update({ kind });
            go(state.items.length > 0 ? 'products' : 'product');
          }}
        />
      );
    case 'product':
      return (
        <ProductStep
          state={state}
          update={update}
          onDone={(uid) => {
            editing.clearProblem(uid);
            go('products');
          }}
          onCancel={() => {
            editing.freshDraftSameInvoice();
            go(state.items.length > 0 ? 'products' : 'kind');
          }}
        />
      );
    case 'products':
      return (
        <ProductsStep
          state={state}
          problems={problems}
          onEdit={editing.edit}
          onRemove={(uid) => {
            editing.clearProblem(uid);
            update((s) => ({ items: s.items.filter((i) => i.uid !== uid) }));
          }}
          onAddAnother={() => {
            editing.freshDraftSameInvoice();
            go('product');
          }}
          onNext={() => go(steps.includes('address') ? 'address' : 'summary')}
        />
      );
    case 'address':
      return (
        <AddressStep
          state={state}
          onChange={(address) => update({ address })}
          onBack={() => go('products')}
          onNext={(address) => {
            update({ address });
            go('summary');
          }}
        />
      );
    case 'summary':
      return (
        <SummaryStep
          state={state}
          problems={problems}
          setProblems={setProblems}
          onChangeStep={go}
          onEdit={editing.edit}
          onSent={props.onSent}
        />
      );
  }
}

interface StepSectionProps {
  title: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}

/** The step's section: its focusable heading, then its form. */
function StepSection({ title, headingRef, children }: StepSectionProps) {
  return (
    <section aria-labelledby="wizard-step-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="wizard-step-title" ref={headingRef} tabIndex={-1}>
          {title}
        </Title>
        {children}
      </Stack>
    </section>
  );
}

/** /returns/new?invoice=…&sku=… ("Return this"): opens the product step at that line. */
function useStartFromLine(update: Update) {
  const [params, setParams] = useSearchParams();
  const invoice = params.get('invoice');
  const sku = params.get('sku');
  useEffect(() => {
    if (!invoice || !sku) return;
    update((s) => startFromLine(s, invoice, sku));
    setParams({ step: 'product' }, { replace: true });
  }, [invoice, sku, update, setParams]);
}

/**
 * "We kept what you entered": said once, on the step where the person resumes a restored
 * run; gone when they move to another step or close it.
 */
function RestoredNotice({ restored, current }: { restored: boolean; current: WizardStep }) {
  const { t } = useTranslation();
  const [at, setAt] = useState<WizardStep | null>(() =>
    restored && current !== 'kind' ? current : null,
  );
  if (at !== null && (current !== at || !restored)) setAt(null);
  if (at === null) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      role="status"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={() => setAt(null)}
    >
      {t('returns.wizard.restored')}
    </Alert>
  );
}

function Wizard({ owner }: { owner: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const { state, update, reset, restored } = useWizardState(owner);
  const [problems, setProblems] = useState<ItemProblems>({});
  const [confirmReset, setConfirmReset] = useState(false);
  const { current, steps, go, heading, stepper } = useWizardStep(state);
  useStartFromLine(update);

  const onSent = (request: ReturnRequestFieldsFragment) => {
    // The run is over: forget it (the confirmation replaces the wizard, whose state goes with
    // it; the next run starts with a new key).
    clearStoredWizard();
    const sent: SentState = { labelUrl: request.labelUrl, kind: request.kind };
    void navigate(`${ROUTES.returnsNew}?sent=${encodeURIComponent(request.rmaNumber)}`, {
      replace: true,
      state: sent,
    });
  };
  const something = restored || state.items.length > 0 || state.kind;

  return (
    <Stack gap="lg">
      <PageTitle page={t('returns.wizard.pageTitle')} />
      <WizardHeader onStartOver={something ? () => setConfirmReset(true) : null} />
      <RestoredNotice restored={restored} current={current} />
      <WizardStepper state={state} steps={steps} current={current} go={go} stepperRef={stepper} />
      <StepSection title={stepTitle(current, state, t)} headingRef={heading}>
        <CurrentStep
          {...{ state, update, steps, go, problems, setProblems, onSent }}
          step={current}
        />
      </StepSection>
      <ConfirmModal
        opened={confirmReset}
        title={t('returns.wizard.startOverTitle')}
        message={t('returns.wizard.startOverText')}
        confirmLabel={t('returns.wizard.startOver')}
        onClose={() => setConfirmReset(false)}
        onConfirm={() => {
          reset();
          setProblems({});
          setConfirmReset(false);
          setParams({ step: 'kind' });
        }}
      />
    </Stack>
  );
}
