import {
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
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TICKET_LIMITS } from '../../../../shared/src/tickets';
import type { PortalKey, PortalsQuery } from '../../gql/graphql';
import { ACCEPT } from './Attachments';

export type Portal = PortalsQuery['portals'][number];
type Group = Portal['requestTypeGroups'][number];
type RequestType = Group['types'][number];

/** Where the new request goes: portal, group, type and (optional) sub-category. */
export interface Choice {
  portal: PortalKey | null;
  group: string | null;
  type: string | null;
  sub: string;
}

export type Field = 'portal' | 'type' | 'subject' | 'description';
export type Errors = Partial<Record<Field, string>>;

/** A numbered step of the form, a section named by its heading. */
export function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
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

interface PortalChoiceProps {
  portals: Portal[];
  chosen: PortalKey | null;
  error: string | undefined;
  onChoose: (key: string) => void;
}

/** Step 1: the portals as radio cards, each with its hint. */
export function PortalChoice({ portals, chosen, error, onChoose }: PortalChoiceProps) {
  const { t } = useTranslation();
  return (
    <>
      <div
        role="radiogroup"
        aria-label={t('requests.new.portal')}
        aria-describedby={error ? 'new-request-portal-error' : undefined}
      >
        <SimpleGrid cols={{ base: 1, sm: portals.length > 1 ? 2 : 1 }} spacing="md">
          {portals.map((p) => (
            <Radio.Card
              key={p.key}
              name="new-request-portal"
              value={p.key}
              checked={chosen === p.key}
              onClick={() => onChoose(p.key)}
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
      {error && (
        <Text id="new-request-portal-error" size="sm" c="var(--mantine-color-error)">
          {error}
        </Text>
      )}
    </>
  );
}

/** The request types of a group as radio cards. */
function TypeCards(props: {
  group: Group;
  value: string | null;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      value={props.value ?? ''}
      onChange={props.onChange}
      label={t('requests.new.type')}
      withAsterisk
      error={props.error}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt={6}>
        {props.group.types.map((ty) => (
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
  );
}

/** A type's optional sub-categories. */
function SubChoice(props: { type: RequestType; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('requests.new.sub')}
      description={t('requests.new.subHint')}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      maw={420}
    >
      <option value="">{t('requests.new.subNone')}</option>
      {props.type.children.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </NativeSelect>
  );
}

interface TypeChoiceProps {
  portal: Portal;
  choice: Choice;
  setChoice: (choice: Choice) => void;
  error: string | undefined;
  clearError: () => void;
}

/** Step 2: the portal's groups as chips, then the group's types, then a type's sub-category. */
export function TypeChoice({ portal, choice, setChoice, error, clearError }: TypeChoiceProps) {
  const { t } = useTranslation();
  const group = portal.requestTypeGroups.find((g) => g.id === choice.group) ?? null;
  const type = group?.types.find((ty) => ty.id === choice.type) ?? null;
  return (
    <>
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
        <TypeCards
          group={group}
          value={choice.type}
          error={error}
          onChange={(value) => {
            setChoice({ ...choice, type: value, sub: '' });
            clearError();
          }}
        />
      )}
      {type && type.children.length > 0 && (
        <SubChoice
          type={type}
          value={choice.sub}
          onChange={(sub) => setChoice({ ...choice, sub })}
        />
      )}
    </>
  );
}

interface DetailsFieldsProps {
  subject: string;
  setSubject: (value: string) => void;
  description: string;
  setDescription: (value: string) => void;
  files: File[];
  setFiles: (files: File[]) => void;
  errors: Errors;
}

/** The last step: subject, description, and files to attach. */
export function DetailsFields(props: DetailsFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('requests.new.subject')}
        description={t('requests.new.subjectHint')}
        value={props.subject}
        onChange={(e) => props.setSubject(e.currentTarget.value)}
        error={props.errors.subject}
        maxLength={TICKET_LIMITS.subject.max + 50}
        required
      />
      <Textarea
        label={t('requests.new.description')}
        description={t('requests.new.descriptionHint')}
        value={props.description}
        onChange={(e) => props.setDescription(e.currentTarget.value)}
        error={props.errors.description}
        autosize
        minRows={6}
        maxRows={20}
        required
      />
      <FileInput
        label={t('requests.new.files')}
        description={t('requests.new.filesHint')}
        placeholder={t('requests.new.filesPlaceholder')}
        value={props.files}
        onChange={props.setFiles}
        accept={ACCEPT}
        multiple
        clearable
        maw={560}
      />
    </>
  );
}
