import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';

/** "Your company has an account, but you do not? Ask to join it": under sign-in and reset. */
export function JoinLink() {
  const { t } = useTranslation();
  return (
    <Text ta="center">
      {t('join.link.signIn')}{' '}
      <Anchor component={Link} to={ROUTES.join} fw={600}>
        {t('join.link.signInAction')}
      </Anchor>
    </Text>
  );
}
