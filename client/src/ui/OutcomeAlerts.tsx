import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What went wrong with the last action: a heading and the message. */
export interface Problem {
  title: string;
  message: string;
}

interface OutcomeAlertsProps {
  problem: Problem | null;
  notice: string | null;
  onCloseProblem: () => void;
  onCloseNotice: () => void;
  /** The notice's colour (teal unless a page says otherwise). */
  noticeColor?: string;
}

/** The outcome of the last action on a page: its problem (role="alert") or notice (role="status"), each closable. */
export function OutcomeAlerts(props: OutcomeAlertsProps) {
  const { t } = useTranslation();
  const { problem, notice } = props;
  return (
    <>
      {problem && (
        <Alert
          color="red"
          variant="light"
          title={problem.title}
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={props.onCloseProblem}
        >
          {problem.message}
        </Alert>
      )}
      {notice && (
        <Alert
          color={props.noticeColor ?? 'teal'}
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={props.onCloseNotice}
        >
          {notice}
        </Alert>
      )}
    </>
  );
}
