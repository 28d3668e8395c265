import { useApolloClient } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, hasCode } from '../../../lib/errors';
import {
  CheckInvoiceDocument,
  type CheckInvoiceQuery,
  type CheckInvoiceQueryVariables,
} from '../../../gql/graphql';
import { formatDate, REASONS, RETURN_CONDITIONS } from '../rmaView';
import {
  alreadyAdded,
  meetsAll,
  newId,
  NO_CONDITIONS,
  type ProductDraft,
  type WizardItem,
  type WizardState,
} from './wizardState';

type Update = (change: Partial<WizardState> | ((s: WizardState) => Partial<WizardState>)) => void;
type Field = 'line' | 'quantity' | 'reason' | 'faultDescription';

interface ProductStepProps {
  state: WizardState;
  update: Update;
  /** The product was added (or changed): its uid. */
  onDone: (uid: string) => void;
  onCancel: () => void;
}

/**
 * Steps 2 and 3 of the wizard: the invoice number, checked with "Check"; then the product
 * on it, how many, why, and the seven return conditions; "Add".
 */
export function ProductStep({ state, update, onDone, onCancel }: ProductStepProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { draft, items, kind } = state;
  const [checking, setChecking] = useState(false);
  const [invoiceError, setInvoiceError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const setDraft = (change: Partial<ProductDraft>) =>
    update((s) => ({ draft: { ...s.draft, ...change } }));

  const available = (lineId: string, returnable: number) =>
    Math.max(0, returnable - alreadyAdded(items, lineId, draft.editing));

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const number = draft.invoiceNumber.trim();
    if (!number) {
      setInvoiceError(t('returns.wizard.product.invoiceRequired'));
      return;
    }
    setChecking(true);
    setInvoiceError(null);
    setErrors({});
    try {
      const { data } = await client.query<CheckInvoiceQuery, CheckInvoiceQueryVariables>({
        query: CheckInvoiceDocument,
        variables: { number },
        fetchPolicy: 'network-only',
      });
      const invoice = data?.checkInvoice;
      if (!invoice) throw new Error('no invoice in the answer');
      const lines = invoice.lines.map((l) => ({
        id: l.id,
        lineNo: l.lineNo,
        sku: l.sku,
        name: l.name,
        quantity: l.quantity,
        returnableQuantity: l.returnableQuantity,
      }));
      const open = lines.filter((l) => available(l.id, l.returnableQuantity) > 0);
      setDraft({
        invoiceNumber: invoice.number,
        invoice: { id: invoice.id, number: invoice.number, issuedAt: invoice.issuedAt, lines },
        // One line left to return: it is the one.
        lineId: open.length === 1 ? open[0]!.id : null,
        quantity: open.length === 1 ? 1 : '',
      });
    } catch (err) {
      setDraft({ invoice: null, lineId: null });
      setInvoiceError(
        hasCode(err, 'NOT_FOUND')
          ? t('returns.wizard.product.invoiceNotFound', { number })
          : describeError(err, t),
      );
    } finally {
      setChecking(false);
    }
  };

  const line = draft.invoice?.lines.find((l) => l.id === draft.lineId) ?? null;
  const max = line ? available(line.id, line.returnableQuantity) : 0;
  const allMet = meetsAll(draft.conditions);
  const someMet = RETURN_CONDITIONS.some((c) => draft.conditions[c]);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!line || !draft.invoice) found.line = t('returns.wizard.product.lineRequired');
    const quantity = typeof draft.quantity === 'number' ? draft.quantity : NaN;
    if (line && (!Number.isInteger(quantity) || quantity < 1 || quantity > max)) {
      found.quantity = t('returns.wizard.product.quantityRange', { max });
    }
    if (!draft.reason) found.reason = t('returns.wizard.product.reasonRequired');
    if (kind === 'SERVICE' && !draft.faultDescription.trim()) {
      found.faultDescription = t('returns.wizard.product.faultRequired');
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !line || !draft.invoice || !draft.reason) return;
    const item: WizardItem = {
      uid: draft.editing ?? newId(),
      invoice: draft.invoice,
      line,
      quantity,
      reason: draft.reason,
      serialNumber: draft.serialNumber.trim(),
      faultDescription: kind === 'SERVICE' ? draft.faultDescription.trim() : '',
      conditions: { ...draft.conditions },
    };
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
      },
    }));
    onDone(item.uid);
  };

  return (
    <Stack gap="lg" maw={820}>
      <form onSubmit={(e) => void check(e)} noValidate>
        <Stack gap="xs">
          <Text size="sm">{t('returns.wizard.product.invoiceIntro')}</Text>
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <TextInput
              label={t('returns.wizard.product.invoiceNumber')}
              placeholder={t('returns.wizard.product.invoicePlaceholder')}
              value={draft.invoiceNumber}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setInvoiceError(null);
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
              error={invoiceError}
              required
              autoComplete="off"
              style={{ flex: 1, maxWidth: 360 }}
            />
            <Button type="submit" variant="outline" loading={checking} mt={25}>
              {t('returns.wizard.product.check')}
            </Button>
          </Group>
        </Stack>
      </form>

      {draft.invoice && (
        <form onSubmit={add} noValidate>
          <Stack gap="lg">
            <Radio.Group
              value={draft.lineId}
              onChange={(lineId) => {
                const chosen = draft.invoice?.lines.find((l) => l.id === lineId);
                setErrors((e) => ({ ...e, line: undefined, quantity: undefined }));
                setDraft({
                  lineId,
                  quantity: chosen && available(chosen.id, chosen.returnableQuantity) >= 1 ? 1 : '',
                });
              }}
              label={t('returns.wizard.product.linesLabel', {
                number: draft.invoice.number,
                date: formatDate(draft.invoice.issuedAt),
              })}
              description={t('returns.wizard.product.linesHint')}
              error={errors.line}
            >
              <Stack gap="xs" mt="xs">
                {draft.invoice.lines.map((l) => {
                  const left = available(l.id, l.returnableQuantity);
                  const inThisReturn = l.returnableQuantity - left;
                  return (
                    <Card key={l.id} withBorder padding="sm" radius="md">
                      <Radio
                        value={l.id}
                        disabled={left === 0}
                        label={
                          <Text span fw={600}>
                            {l.name}
                          </Text>
                        }
                        description={
                          <>
                            {t('returns.wizard.product.lineFacts', {
                              lineNo: l.lineNo,
                              sku: l.sku,
                              quantity: l.quantity,
                            })}
                            {' · '}
                            <Text span size="xs" fw={700} c={left === 0 ? 'dimmed' : undefined}>
                              {t('returns.wizard.product.canReturn', { n: left })}
                            </Text>
                            {inThisReturn > 0 &&
                              ` · ${t('returns.wizard.product.inThisReturn', { n: inThisReturn })}`}
                          </>
                        }
                      />
                    </Card>
                  );
                })}
              </Stack>
            </Radio.Group>

            {line && (
              <>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <NumberInput
                    label={t('returns.wizard.product.quantity')}
                    description={t('returns.wizard.product.quantityHint', { max })}
                    value={draft.quantity}
                    onChange={(value) =>
                      setDraft({ quantity: typeof value === 'number' ? value : '' })
                    }
                    min={1}
                    max={max}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="none"
                    error={errors.quantity}
                    required
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                  />
                  <NativeSelect
                    label={t('returns.wizard.product.reason')}
                    value={draft.reason}
                    onChange={(e) =>
                      setDraft({ reason: e.currentTarget.value as ProductDraft['reason'] })
                    }
                    error={errors.reason}
                    required
                  >
                    <option value="" disabled>
                      {t('returns.wizard.product.reasonPlaceholder')}
                    </option>
                    {REASONS.map((r) => (
                      <option key={r} value={r}>
                        {t(`returns.reason.${r}`)}
                      </option>
                    ))}
                  </NativeSelect>
                </SimpleGrid>
                <TextInput
                  label={t('returns.wizard.product.serialNumber')}
                  description={t('returns.wizard.product.serialNumberHint')}
                  value={draft.serialNumber}
                  onChange={(e) => setDraft({ serialNumber: e.currentTarget.value })}
                  autoComplete="off"
                  maw={400}
                />
                {kind === 'SERVICE' && (
                  <Textarea
                    label={t('returns.wizard.product.fault')}
                    description={t('returns.wizard.product.faultHint')}
                    value={draft.faultDescription}
                    onChange={(e) => setDraft({ faultDescription: e.currentTarget.value })}
                    error={errors.faultDescription}
                    autosize
                    minRows={3}
                    required
                  />
                )}

                <Fieldset legend={t('returns.wizard.conditions.legend')} radius="md">
                  <Stack gap="sm">
                    <Text size="sm">{t('returns.wizard.conditions.intro')}</Text>
                    <Checkbox
                      label={t('returns.wizard.conditions.all')}
                      checked={allMet}
                      indeterminate={someMet && !allMet}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setDraft({
                          conditions: Object.fromEntries(
                            RETURN_CONDITIONS.map((c) => [c, checked]),
                          ) as ProductDraft['conditions'],
                        });
                      }}
                      fw={600}
                    />
                    <Stack gap="sm" pl="lg">
                      {RETURN_CONDITIONS.map((c) => (
                        <Checkbox
                          key={c}
                          label={t(`returns.condition.${c}.label`)}
                          description={t(`returns.condition.${c}.hint`)}
                          checked={draft.conditions[c]}
                          onChange={(e) => {
                            const checked = e.currentTarget.checked;
                            update((s) => ({
                              draft: {
                                ...s.draft,
                                conditions: { ...s.draft.conditions, [c]: checked },
                              },
                            }));
                          }}
                        />
                      ))}
                    </Stack>
                    {!allMet && (
                      <Alert color="orange" variant="light" role="note">
                        {t('returns.wizard.conditions.notMet')}
                      </Alert>
                    )}
                  </Stack>
                </Fieldset>
              </>
            )}

            <Group gap="sm">
              <Button type="submit">
                {draft.editing ? t('returns.wizard.product.save') : t('returns.wizard.product.add')}
              </Button>
              <Button variant="default" onClick={onCancel}>
                {items.length > 0 ? t('common.cancel') : t('returns.wizard.back')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {!draft.invoice && (
        <Group gap="sm">
          <Button variant="default" onClick={onCancel}>
            {items.length > 0 ? t('common.cancel') : t('returns.wizard.back')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
