import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';

/** For a visitor who is not signed in: register the company, or sign in. */
export function SignedOutActions() {
  const { t } = useTranslation();
  return (
    <Group gap="md" align="center">
      <Button component={Link} to={ROUTES.register} size="md">
        {t('home.signedOut.register')}
      </Button>
      <Button component={Link} to={ROUTES.signIn} size="md" variant="default">
        {t('home.signedOut.signIn')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('home.signedOut.hint')}
      </Text>
    </Group>
  );
}
