import {
  Alert,
  Button,
  Chip,
  FileInput,
  Group,
  Input,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { requestPath, ROUTES } from '../../../../shared/src/routes';
import { TICKET_LIMITS } from '../../../../shared/src/tickets';
import { describeError, fieldErrors } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { PageTitle } from '../../ui/PageTitle';
import { fieldChecks } from '../../lib/validation';
import {
  useCreateTicketMutation,
  usePortalsQuery,
  useTicketQuery,
  type PortalKey,
  type PortalsQuery,
  type TicketDetailFieldsFragment,
} from '../../gql/graphql';
import { ACCEPT, uploadAttachment } from './Attachments';
import { BackLink } from '../../ui/BackLink';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';

type Portal = PortalsQuery['portals'][number];

/** Router state of the request page right after it was raised. */
export interface CreatedState {
  created?: boolean;
  /** Files that could not be attached after the request was raised. */
  notAttached?: string[];
}

interface Choice {
  portal: PortalKey | null;
  group: string | null;
  type: string | null;
  sub: string;
}

/** Where a request type (or sub-category) id sits in the portals' catalogue. */
function locate(portals: Portal[], id: string): Choice | null {
  for (const portal of portals) {
    for (const group of portal.requestTypeGroups) {
      for (const type of group.types) {
        if (type.id === id) return { portal: portal.key, group: group.id, type: type.id, sub: '' };
        if (type.children.some((c) => c.id === id)) {
          return { portal: portal.key, group: group.id, type: type.id, sub: id };
        }
      }
    }
  }
  return null;
}

function initialChoice(portals: Portal[], from: TicketDetailFieldsFragment | null): Choice {
  const found = from ? locate(portals, from.requestType.id) : null;
  if (found) return found;
  const only = portals.length === 1 ? portals[0]! : null;
  return {
    portal: only?.key ?? null,
    group: only?.requestTypeGroups[0]?.id ?? null,
    type: null,
    sub: '',
  };
}

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={`new-request-step-${n}`}>
      <Group gap="sm" wrap="nowrap">
        <Text
          aria-hidden="true"
          fw={700}
          size="sm"
          c="white"
          bg="blue.8"
          w={26}
          h={26}
          ta="center"
          style={{ borderRadius: '50%', lineHeight: '26px', flex: 'none' }}
        >
          {n}
        </Text>
        <Title order={2} size="h4" id={`new-request-step-${n}`}>
          {title}
        </Title>
      </Group>
      {children}
    </Stack>
  );
}

type Field = 'portal' | 'type' | 'subject' | 'description';
type Errors = Partial<Record<Field, string>>;

function NewRequestForm({
  portals,
  from,
}: {
  portals: Portal[];
  from: TicketDetailFieldsFragment | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useCreateTicketMutation();
  const [choice, setChoice] = useState<Choice>(() => initialChoice(portals, from));
  const [subject, setSubject] = useState(from?.subject ?? '');
  const [description, setDescription] = useState(
    from ? `${t('requests.new.followUp', { key: from.key })}\n\n${from.description}` : '',
  );
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const portal = portals.find((p) => p.key === choice.portal) ?? null;
  const group = portal?.requestTypeGroups.find((g) => g.id === choice.group) ?? null;
  const type = group?.types.find((ty) => ty.id === choice.type) ?? null;

  const choosePortal = (key: string) => {
    const next = portals.find((p) => p.key === key);
    if (!next) return;
    setChoice({
      portal: next.key,
      group: next.requestTypeGroups[0]?.id ?? null,
      type: null,
      sub: '',
    });
    setErrors((e) => ({ ...e, portal: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: Errors = {};
    if (!portal) found.portal = t('requests.new.portalRequired');
    else if (!type) found.type = t('requests.new.typeRequired');
    const words = subject.trim();
    const check = fieldChecks(t);
    const subjectProblem = check.ticketSubject(subject);
    if (subjectProblem) found.subject = subjectProblem;
    const descriptionProblem = check.ticketDescription(description);
    if (descriptionProblem) found.description = descriptionProblem;
    setErrors(found);
    if (Object.keys(found).length > 0 || !portal || !type) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            portalKey: portal.key,
            requestTypeId: choice.sub || type.id,
            subject: words,
            description: description.trim(),
          },
        },
      });
      if (!data) return;
      const key = data.createTicket.key;
      // The request exists now: its files follow one by one (photos, delivery notes …).
      const notAttached: string[] = [];
      setUploading(true);
      for (const file of files) {
        if (await uploadAttachment(key, file)) notAttached.push(file.name);
      }
      setUploading(false);
      const state: CreatedState = { created: true, notAttached };
      await navigate(requestPath(key), { state });
    } catch (err) {
      const byField = fieldErrors(err, t) as Errors;
      if (byField.subject || byField.description) setErrors(byField);
      else setFormError(describeError(err, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xl">
        {from && (
          <Alert
            color="blue"
            variant="light"
            role="note"
            title={t('requests.new.fromTitle', { key: from.key })}
          >
            {t('requests.new.fromText')}
          </Alert>
        )}
        {formError && <FormErrorAlert>{formError}</FormErrorAlert>}

        <Step n={1} title={t('requests.new.portalStep')}>
          <div
            role="radiogroup"
            aria-label={t('requests.new.portal')}
            aria-describedby={errors.portal ? 'new-request-portal-error' : undefined}
          >
            <SimpleGrid cols={{ base: 1, sm: portals.length > 1 ? 2 : 1 }} spacing="md">
              {portals.map((p) => (
                <Radio.Card
                  key={p.key}
                  name="new-request-portal"
                  value={p.key}
                  checked={choice.portal === p.key}
                  onClick={() => choosePortal(p.key)}
                  p="md"
                  radius="md"
                  withBorder
                >
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <Stack gap={2}>
                      <Text fw={700}>{p.name}</Text>
                      <Text size="sm" c="dimmed">
                        {t(`requests.portalHints.${p.key}`)}
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </div>
          {errors.portal && (
            <Text id="new-request-portal-error" size="sm" c="var(--mantine-color-error)">
              {errors.portal}
            </Text>
          )}
        </Step>

        {portal && (
          <Step n={2} title={t('requests.new.typeStep')}>
            <Input.Wrapper label={t('requests.new.group')} labelElement="div" id="request-group">
              <Chip.Group
                multiple={false}
                value={choice.group ?? ''}
                onChange={(value) => setChoice({ ...choice, group: value, type: null, sub: '' })}
              >
                <Group gap="xs" mt={6} role="radiogroup" aria-labelledby="request-group-label">
                  {portal.requestTypeGroups.map((g) => (
                    <Chip key={g.id} value={g.id} variant="outline">
                      {g.name}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Input.Wrapper>
            {group && (
              <Radio.Group
                value={choice.type ?? ''}
                onChange={(value) => {
                  setChoice({ ...choice, type: value, sub: '' });
                  setErrors((e) => ({ ...e, type: undefined }));
                }}
                label={t('requests.new.type')}
                withAsterisk
                error={errors.type}
              >
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt={6}>
                  {group.types.map((ty) => (
                    <Radio.Card key={ty.id} value={ty.id} p="sm" radius="md" withBorder>
                      <Group wrap="nowrap" gap="sm">
                        <Radio.Indicator size="sm" />
                        <Text size="sm" fw={500}>
                          {ty.name}
                        </Text>
                      </Group>
                    </Radio.Card>
                  ))}
                </SimpleGrid>
              </Radio.Group>
            )}
            {type && type.children.length > 0 && (
              <NativeSelect
                label={t('requests.new.sub')}
                description={t('requests.new.subHint')}
                value={choice.sub}
                onChange={(e) => setChoice({ ...choice, sub: e.currentTarget.value })}
                maw={420}
              >
                <option value="">{t('requests.new.subNone')}</option>
                {type.children.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Step>
        )}

        <Step n={portal ? 3 : 2} title={t('requests.new.detailsStep')}>
          <TextInput
            label={t('requests.new.subject')}
            description={t('requests.new.subjectHint')}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            error={errors.subject}
            maxLength={TICKET_LIMITS.subject.max + 50}
            required
          />
          <Textarea
            label={t('requests.new.description')}
            description={t('requests.new.descriptionHint')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
            autosize
            minRows={6}
            maxRows={20}
            required
          />
          <FileInput
            label={t('requests.new.files')}
            description={t('requests.new.filesHint')}
            placeholder={t('requests.new.filesPlaceholder')}
            value={files}
            onChange={setFiles}
            accept={ACCEPT}
            multiple
            clearable
            maw={560}
          />
        </Step>

        <Group gap="sm">
          <Button type="submit" loading={loading || uploading} size="md">
            {t('requests.new.submit')}
          </Button>
          <Button component={Link} to={ROUTES.requests} variant="default" size="md">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /requests/new (?from=KEY pre-fills it from an earlier request): portal, type, words, Send. */
export function NewRequestPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const fromKey = params.get('from');
  const portals = usePortalsQuery();
  const from = useTicketQuery({ variables: { key: fromKey ?? '' }, skip: !fromKey });
  const waitingForFrom = !!fromKey && from.loading && !from.data;

  return (
    <Stack gap="lg" maw={860}>
      <PageTitle page={t('requests.new.title')} />
      <BackLink to={ROUTES.requests}>{t('requests.detail.back')}</BackLink>
      <Stack gap={4}>
        <Title order={1}>{t('requests.new.title')}</Title>
        <Text c="dimmed">{t('requests.new.intro')}</Text>
      </Stack>
      {(portals.loading && !portals.data) || waitingForFrom ? (
        <Loading size="sm" />
      ) : !portals.data ? (
        <LoadError
          title={t('requests.new.loadFailed')}
          error={portals.error}
          onRetry={() => void portals.refetch().catch(() => undefined)}
        />
      ) : (
        <NewRequestForm portals={portals.data.portals} from={from.data?.ticket ?? null} />
      )}
    </Stack>
  );
}
