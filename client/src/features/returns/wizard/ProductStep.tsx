import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { faultRequired, photosRequired } from '../../../../../shared/src/rma';
import {
  availableQuantity,
  draftProblems,
  type DraftProblem,
} from '../../../../../shared/src/return-wizard';
import {
  CheckInvoiceDocument,
  type CheckInvoiceQuery,
  type CheckInvoiceQueryVariables,
  type ReturnKind,
} from '../../../gql/graphql';
import { describeError, hasCode } from '../../../lib/errors';
import { TaxIdPendingNote } from '../../../ui/TaxIdPendingNote';
import { ConditionsFieldset, LineChoice, ProductDetails, type DraftErrors } from './ProductFields';
import { ServiceFields, WizardPhotos } from './WizardFiles';
import {
  emptyProductFacts,
  newId,
  NO_CONDITIONS,
  type CheckedInvoice,
  type CheckedLine,
  type ProductDraft,
  type WizardItem,
  type WizardState,
} from './wizardState';

type Update = (change: Partial<WizardState> | ((s: WizardState) => Partial<WizardState>)) => void;

/** The field whose message an entry answers: the message goes once the entry changes. */
const ANSWERS: Partial<Record<keyof ProductDraft, keyof DraftErrors>> = {
  quantity: 'quantity',
  reason: 'reason',
  faultDescription: 'faultDescription',
  purchaseDate: 'purchaseDate',
  warrantyProof: 'purchaseDate',
};

interface ProductStepProps {
  state: WizardState;
  update: Update;
  /** The product was added (or changed): its uid. */
  onDone: (uid: string) => void;
  onCancel: () => void;
}

/** The message under a field for what the shared rules found. */
function problemText(p: DraftProblem, t: TFunction): string {
  switch (p.field) {
    case 'line':
      return t('returns.wizard.product.lineRequired');
    case 'quantity':
      return t('returns.wizard.product.quantityRange', { max: p.max });
    case 'reason':
      return t('returns.wizard.product.reasonRequired');
    case 'faultDescription':
      return p.problem === 'required'
        ? t('returns.wizard.product.faultRequired')
        : t('validation.tooLong', { max: p.max });
    case 'photos':
      return t('returns.wizard.product.photosRequired');
    case 'purchaseDate':
      return p.problem === 'future'
        ? t('returns.wizard.product.purchaseDateFuture')
        : t('returns.wizard.product.evidenceRequired');
  }
}

/** Looks an invoice up by its number: its lines, or why it cannot be used. */
function useInvoiceCheck() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = async (number: string): Promise<CheckedInvoice | null> => {
    if (!number) {
      setError(t('returns.wizard.product.invoiceRequired'));
      return null;
    }
    setChecking(true);
    setError(null);
    try {
      const { data } = await client.query<CheckInvoiceQuery, CheckInvoiceQueryVariables>({
        query: CheckInvoiceDocument,
        variables: { number },
        fetchPolicy: 'network-only',
      });
      const invoice = data?.checkInvoice;
      if (!invoice) throw new Error('no invoice in the answer');
      const lines = invoice.lines.map(
        ({ id, lineNo, sku, name, quantity, returnableQuantity }) => ({
          id,
          lineNo,
          sku,
          name,
          quantity,
          returnableQuantity,
        }),
      );
      return { id: invoice.id, number: invoice.number, issuedAt: invoice.issuedAt, lines };
    } catch (err) {
      setError(
        hasCode(err, 'NOT_FOUND')
          ? t('returns.wizard.product.invoiceNotFound', { number })
          : describeError(err, t),
      );
      return null;
    } finally {
      setChecking(false);
    }
  };
  return { check, checking, error, setError };
}

/** The product as it goes into the list, or null while the draft is not complete. */
function toItem(draft: ProductDraft, line: CheckedLine, kind: ReturnKind | null) {
  if (!draft.invoice || typeof draft.quantity !== 'number') return null;
  const service = kind === 'SERVICE';
  const item: WizardItem = {
    uid: draft.editing ?? newId(),
    invoice: draft.invoice,
    line,
    quantity: draft.quantity,
    reason: service ? '' : draft.reason,
    serialNumber: draft.serialNumber.trim(),
    faultDescription: kind !== null && faultRequired(kind) ? draft.faultDescription.trim() : '',
    conditions: service ? { ...NO_CONDITIONS } : { ...draft.conditions },
    photos: draft.photos,
    purchaseDate: service ? draft.purchaseDate : '',
    warrantyProof: service ? draft.warrantyProof : null,
    accessories: service ? draft.accessories.trim() : '',
  };
  return item;
}

interface InvoiceNumberFormProps {
  invoiceNumber: string;
  update: Update;
  invoiceCheck: ReturnType<typeof useInvoiceCheck>;
  onCheck: (event: FormEvent) => void;
}

/** The invoice number and "Check". */
function InvoiceNumberForm({
  invoiceNumber,
  update,
  invoiceCheck,
  onCheck,
}: InvoiceNumberFormProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onCheck} noValidate>
      <Stack gap="xs">
        <Text size="sm">{t('returns.wizard.product.invoiceIntro')}</Text>
        <TaxIdPendingNote />
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label={t('returns.wizard.product.invoiceNumber')}
            placeholder={t('returns.wizard.product.invoicePlaceholder')}
            value={invoiceNumber}
            onChange={(e) => {
              const value = e.currentTarget.value;
              invoiceCheck.setError(null);
              // Another number: the lines shown belonged to the one checked before.
              update((s) => ({
                draft: {
                  ...s.draft,
                  invoiceNumber: value,
                  ...(s.draft.invoice && s.draft.invoice.number !== value.trim()
                    ? { invoice: null, lineId: null }
                    : {}),
                },
              }));
            }}
            error={invoiceCheck.error}
            required
            autoComplete="off"
            style={{ flex: 1, maxWidth: 360 }}
          />
          <Button type="submit" variant="outline" loading={invoiceCheck.checking} mt={25}>
            {t('returns.wizard.product.check')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface LineFormProps {
  draft: ProductDraft;
  invoice: CheckedInvoice;
  line: CheckedLine | null;
  kind: ReturnKind | null;
  errors: DraftErrors;
  setErrors: (change: (e: DraftErrors) => DraftErrors) => void;
  setDraft: (change: Partial<ProductDraft>) => void;
  available: (line: CheckedLine) => number;
  onAdd: (event: FormEvent) => void;
  cancel: ReactNode;
}

/** The product on the checked invoice, how many, why, its conditions; "Add" (or "Save"). */
function LineForm(props: LineFormProps) {
  const { draft, invoice, line, errors, setDraft, available } = props;
  const { t } = useTranslation();
  return (
    <form onSubmit={props.onAdd} noValidate>
      <Stack gap="lg">
        <LineChoice
          invoice={invoice}
          lineId={draft.lineId}
          error={errors.line}
          available={available}
          onChoose={(lineId) => {
            const chosen = invoice.lines.find((l) => l.id === lineId);
            props.setErrors((e) => ({ ...e, line: undefined, quantity: undefined }));
            setDraft({ lineId, quantity: chosen && available(chosen) >= 1 ? 1 : '' });
          }}
        />
        {line && (
          <>
            <ProductDetails
              draft={draft}
              max={available(line)}
              kind={props.kind}
              errors={errors}
              setDraft={setDraft}
            />
            {props.kind === 'SERVICE' && (
              <ServiceFields draft={draft} errors={errors} setDraft={setDraft} />
            )}
            <WizardPhotos
              photos={draft.photos}
              required={props.kind !== null && photosRequired(props.kind, draft.reason)}
              error={errors.photos}
              onChange={(photos) => {
                props.setErrors((e) => ({ ...e, photos: undefined }));
                setDraft({ photos });
              }}
            />
            {props.kind !== 'SERVICE' && (
              <ConditionsFieldset
                conditions={draft.conditions}
                onChange={(conditions) => setDraft({ conditions })}
              />
            )}
          </>
        )}
        <Group gap="sm">
          <Button type="submit">
            {draft.editing ? t('returns.wizard.product.save') : t('returns.wizard.product.add')}
          </Button>
          {props.cancel}
        </Group>
      </Stack>
    </form>
  );
}

/** The product's entries and their messages; an entry's message goes once the entry changes. */
function useDraftEntries(update: Update) {
  const [errors, setErrors] = useState<DraftErrors>({});
  const setDraft = (change: Partial<ProductDraft>) => {
    update((s) => ({ draft: { ...s.draft, ...change } }));
    const answered = Object.keys(change).map((key) => ANSWERS[key as keyof ProductDraft]);
    if (!answered.some((field) => field && errors[field])) return;
    setErrors((e) =>
      Object.fromEntries(
        Object.entries(e).filter(([f]) => !answered.includes(f as keyof DraftErrors)),
      ),
    );
  };
  return { errors, setErrors, setDraft };
}

/**
 * Steps 2 and 3 of the wizard: the invoice number, checked with "Check"; then the product
 * on it, how many, why, and the seven return conditions; "Add".
 */
export function ProductStep({ state, update, onDone, onCancel }: ProductStepProps) {
  const { t } = useTranslation();
  const { draft, items, kind } = state;
  const invoiceCheck = useInvoiceCheck();
  const { errors, setErrors, setDraft } = useDraftEntries(update);
  const available = (line: { id: string; returnableQuantity: number }) =>
    availableQuantity(items, line, draft.editing);

  const check = async (event?: FormEvent) => {
    event?.preventDefault();
    setErrors({});
    const invoice = await invoiceCheck.check(draft.invoiceNumber.trim());
    if (!invoice) return setDraft({ invoice: null, lineId: null, pickSku: undefined });
    const open = invoice.lines.filter((l) => available(l) > 0);
    // "Return this" named the line; otherwise, one line left to return is the one.
    const picked = draft.pickSku ? open.find((l) => l.sku === draft.pickSku) : undefined;
    const only = picked ?? (open.length === 1 ? open[0]! : null);
    setDraft({
      invoiceNumber: invoice.number,
      invoice,
      lineId: only?.id ?? null,
      quantity: only ? 1 : '',
      pickSku: undefined,
    });
  };
  // Opened from "Return this": check the invoice at once.
  const pending = draft.pickSku && !draft.invoice ? draft.invoiceNumber : null;
  useEffect(() => {
    if (pending) queueMicrotask(() => void check());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per "Return this"
  }, [pending]);

  const line = draft.invoice?.lines.find((l) => l.id === draft.lineId) ?? null;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const problems = draftProblems({ ...draft, line }, state);
    setErrors(Object.fromEntries(problems.map((p) => [p.field, problemText(p, t)])));
    const item = line && problems.length === 0 ? toItem(draft, line, kind) : null;
    if (!item) return;
    update((s) => ({
      items: draft.editing
        ? s.items.map((i) => (i.uid === draft.editing ? item : i))
        : [...s.items, item],
      draft: {
        ...s.draft,
        editing: null,
        lineId: null,
        quantity: '',
        reason: '',
        serialNumber: '',
        faultDescription: '',
        conditions: { ...NO_CONDITIONS },
        ...emptyProductFacts(),
      },
    }));
    onDone(item.uid);
  };

  const cancel = (
    <Button variant="default" onClick={onCancel}>
      {items.length > 0 ? t('common.cancel') : t('returns.wizard.back')}
    </Button>
  );

  return (
    <Stack gap="lg" maw={820}>
      <InvoiceNumberForm
        invoiceNumber={draft.invoiceNumber}
        update={update}
        invoiceCheck={invoiceCheck}
        onCheck={(e) => void check(e)}
      />
      {draft.invoice ? (
        <LineForm
          {...{ draft, line, kind, errors, setErrors, setDraft, available, cancel }}
          invoice={draft.invoice}
          onAdd={add}
        />
      ) : (
        <Group gap="sm">{cancel}</Group>
      )}
    </Stack>
  );
}
