import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { requestPath, ROUTES } from '../../../../shared/src/routes';
import { describeError, fieldErrors } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { PageTitle } from '../../ui/PageTitle';
import { fieldChecks } from '../../lib/validation';
import { ABOUT_PARAM, parseAbout } from '../../../../shared/src/document-links';
import { DocumentPicker, type DocumentLink } from './DocumentLinks';
import type { TFunction } from 'i18next';
import {
  useCreateTicketMutation,
  useLinkableDocumentsQuery,
  usePortalsQuery,
  useTicketQuery,
  type TicketDetailFieldsFragment,
} from '../../gql/graphql';
import { uploadAttachment } from './Attachments';
import {
  DetailsFields,
  PortalChoice,
  Step,
  TypeChoice,
  type Choice,
  type Errors,
  type Portal,
} from './NewRequestSteps';
import { BackLink } from '../../ui/BackLink';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';

/** Router state of the request page right after it was raised. */
export interface CreatedState {
  created?: boolean;
  /** Files that could not be attached after the request was raised. */
  notAttached?: string[];
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

/** The files follow a new request one by one; attach(key) gives the names that did not make it. */
function useAttachAll(files: File[]) {
  const [uploading, setUploading] = useState(false);
  const attach = async (key: string) => {
    const notAttached: string[] = [];
    setUploading(true);
    for (const file of files) {
      if (await uploadAttachment(key, file)) notAttached.push(file.name);
    }
    setUploading(false);
    return notAttached;
  };
  return { attach, uploading };
}

/** A follow-up's description: which request it follows (closed or canceled), then its words. */
function followUpText(t: TFunction, from: TicketDetailFieldsFragment): string {
  const context = from.status === 'CANCELED' ? 'canceled' : undefined;
  return `${t('requests.new.followUp', { key: from.key, context })}\n\n${from.description}`;
}

/** What is missing or wrong in the form, by field. */
function problems(
  t: TFunction,
  form: { portal: Portal | null; type: unknown; subject: string; description: string },
): Errors {
  const found: Errors = {};
  if (!form.portal) found.portal = t('requests.new.portalRequired');
  else if (!form.type) found.type = t('requests.new.typeRequired');
  const check = fieldChecks(t);
  const subjectProblem = check.ticketSubject(form.subject);
  if (subjectProblem) found.subject = subjectProblem;
  const descriptionProblem = check.ticketDescription(form.description);
  if (descriptionProblem) found.description = descriptionProblem;
  return found;
}

/**
 * The form's state (choice, words, documents, files) and its submission: raise, attach, go
 * there.
 */
function useNewRequestForm(
  portals: Portal[],
  from: TicketDetailFieldsFragment | null,
  about: DocumentLink | null,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useCreateTicketMutation();
  const [choice, setChoice] = useState<Choice>(() => initialChoice(portals, from));
  const [subject, setSubject] = useState(from?.subject ?? '');
  const [description, setDescription] = useState(() => (from ? followUpText(t, from) : ''));
  const [links, setLinks] = useState<DocumentLink[]>(about ? [about] : []);
  const [files, setFiles] = useState<File[]>([]);
  const { attach, uploading } = useAttachAll(files);
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
    const found = problems(t, { portal, type, subject, description });
    setErrors(found);
    if (Object.keys(found).length > 0 || !portal || !type) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            portalKey: portal.key,
            requestTypeId: choice.sub || type.id,
            subject: subject.trim(),
            description: description.trim(),
            ...(links.length ? { links: links.map(({ kind, id }) => ({ kind, id })) } : {}),
          },
        },
      });
      if (!data) return;
      const key = data.createTicket.key;
      // The request exists now: its files follow one by one (photos, delivery notes …).
      const state: CreatedState = { created: true, notAttached: await attach(key) };
      await navigate(requestPath(key), { state });
    } catch (err) {
      const byField = fieldErrors(err, t) as Errors;
      if (byField.subject || byField.description) setErrors(byField);
      else setFormError(describeError(err, t));
    }
  };

  return {
    choice,
    setChoice,
    choosePortal,
    portal,
    subject,
    setSubject,
    description,
    setDescription,
    links,
    setLinks,
    files,
    setFiles,
    errors,
    setErrors,
    formError,
    submit,
    busy: loading || uploading,
  };
}

function NewRequestForm({
  portals,
  from,
  about,
}: {
  portals: Portal[];
  from: TicketDetailFieldsFragment | null;
  about: DocumentLink | null;
}) {
  const { t } = useTranslation();
  const form = useNewRequestForm(portals, from, about);
  const { portal, errors } = form;

  return (
    <form onSubmit={(e) => void form.submit(e)} noValidate>
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
        {form.formError && <FormErrorAlert>{form.formError}</FormErrorAlert>}
        <Step n={1} title={t('requests.new.portalStep')}>
          <PortalChoice
            portals={portals}
            chosen={form.choice.portal}
            error={errors.portal}
            onChoose={form.choosePortal}
          />
        </Step>
        {portal && (
          <Step n={2} title={t('requests.new.typeStep')}>
            <TypeChoice
              portal={portal}
              choice={form.choice}
              setChoice={form.setChoice}
              error={errors.type}
              clearError={() => form.setErrors((e) => ({ ...e, type: undefined }))}
            />
          </Step>
        )}
        <Step n={portal ? 3 : 2} title={t('requests.new.detailsStep')}>
          <DocumentPicker value={form.links} onChange={form.setLinks} />
          <DetailsFields {...form} />
        </Step>
        <Group gap="sm">
          <Button type="submit" loading={form.busy} size="md">
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

/**
 * The document "Ask about this" names (?about=INVOICE:FV/2026/000123), looked up among the
 * company's own by its number; null when there is none or it is not the company's.
 */
function useAboutDocument(value: string | null) {
  const about = parseAbout(value);
  const found = useLinkableDocumentsQuery({
    variables: { search: about?.number ?? '', kinds: about ? [about.kind] : null, first: 5 },
    skip: !about,
  });
  const document =
    found.data?.linkableDocuments.find(
      (d) => d.kind === about?.kind && d.number === about.number,
    ) ?? null;
  return { about, document, waiting: !!about && found.loading && !found.data };
}

/**
 * /requests/new: portal, type, documents, words, Send. ?from=KEY pre-fills it from an earlier
 * request; ?about=KIND:NUMBER links a document ("Ask about this" on order, invoice and return
 * pages).
 */
export function NewRequestPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const fromKey = params.get('from');
  const portals = usePortalsQuery();
  const from = useTicketQuery({ variables: { key: fromKey ?? '' }, skip: !fromKey });
  const about = useAboutDocument(params.get(ABOUT_PARAM));
  const waitingForFrom = (!!fromKey && from.loading && !from.data) || about.waiting;

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
        <>
          {about.about && !about.document && (
            <Alert color="orange" variant="light" role="status">
              {t('documentLinks.aboutNotFound', { number: about.about.number })}
            </Alert>
          )}
          <NewRequestForm
            portals={portals.data.portals}
            from={from.data?.ticket ?? null}
            about={about.document}
          />
        </>
      )}
    </Stack>
  );
}
