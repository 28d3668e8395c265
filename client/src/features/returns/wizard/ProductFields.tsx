import {
  Alert,
  Card,
  Checkbox,
  Fieldset,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { faultRequired, meetsAllConditions } from '../../../../../shared/src/rma';
import type { ReturnKind } from '../../../gql/graphql';
import type { DraftField } from '../../../../../shared/src/return-wizard';
import { REASONS, RETURN_CONDITIONS } from '../rmaView';
import { everyCondition, type CheckedInvoice, type ProductDraft } from './wizardState';
import { formatDate } from '../../../lib/format';

export type DraftErrors = Partial<Record<DraftField, string>>;

interface LineChoiceProps {
  invoice: CheckedInvoice;
  lineId: string | null;
  error: string | undefined;
  /** How many of a line may still go into this return. */
  available: (line: CheckedInvoice['lines'][number]) => number;
  onChoose: (lineId: string) => void;
}

/** The lines of the checked invoice, each with how many may still be returned. */
export function LineChoice({ invoice, lineId, error, available, onChoose }: LineChoiceProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      value={lineId}
      onChange={onChoose}
      label={t('returns.wizard.product.linesLabel', {
        number: invoice.number,
        date: formatDate(invoice.issuedAt),
      })}
      description={t('returns.wizard.product.linesHint')}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {invoice.lines.map((l) => {
          const left = available(l);
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
  );
}

interface ProductDetailsProps {
  draft: ProductDraft;
  max: number;
  kind: ReturnKind | null;
  errors: DraftErrors;
  setDraft: (change: Partial<ProductDraft>) => void;
}

/** How many, why (a return), the serial number and (a service request) the fault. */
export function ProductDetails({ draft, max, kind, errors, setDraft }: ProductDetailsProps) {
  const { t } = useTranslation();
  const askFault = kind !== null && faultRequired(kind);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          label={t('returns.wizard.product.quantity')}
          description={t('returns.wizard.product.quantityHint', { max })}
          value={draft.quantity}
          onChange={(value) => setDraft({ quantity: typeof value === 'number' ? value : '' })}
          min={1}
          max={max}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          error={errors.quantity}
          required
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        {kind !== 'SERVICE' && (
          <NativeSelect
            label={t('returns.wizard.product.reason')}
            value={draft.reason}
            onChange={(e) => setDraft({ reason: e.currentTarget.value as ProductDraft['reason'] })}
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
        )}
      </SimpleGrid>
      <TextInput
        label={t('returns.wizard.product.serialNumber')}
        description={t('returns.wizard.product.serialNumberHint')}
        value={draft.serialNumber}
        onChange={(e) => setDraft({ serialNumber: e.currentTarget.value })}
        autoComplete="off"
        maw={400}
      />
      {askFault && (
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
    </>
  );
}

interface ConditionsFieldsetProps {
  conditions: ProductDraft['conditions'];
  onChange: (conditions: ProductDraft['conditions']) => void;
}

/** The seven return conditions, with "all of them" and a note when one is not met. */
export function ConditionsFieldset({ conditions, onChange }: ConditionsFieldsetProps) {
  const { t } = useTranslation();
  const allMet = meetsAllConditions(conditions);
  const someMet = RETURN_CONDITIONS.some((c) => conditions[c]);
  return (
    <Fieldset legend={t('returns.wizard.conditions.legend')} radius="md">
      <Stack gap="sm">
        <Text size="sm">{t('returns.wizard.conditions.intro')}</Text>
        <Checkbox
          label={t('returns.wizard.conditions.all')}
          checked={allMet}
          indeterminate={someMet && !allMet}
          onChange={(e) => onChange(everyCondition({ met: e.currentTarget.checked }))}
          fw={600}
        />
        <Stack gap="sm" pl="lg">
          {RETURN_CONDITIONS.map((c) => (
            <Checkbox
              key={c}
              label={t(`returns.condition.${c}.label`)}
              description={t(`returns.condition.${c}.hint`)}
              checked={conditions[c]}
              onChange={(e) => onChange({ ...conditions, [c]: e.currentTarget.checked })}
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
  );
}
