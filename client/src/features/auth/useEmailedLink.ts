import { useSearchParams } from 'react-router';
import { useLinkInfoQuery } from '../../gql/graphql';

/**
 * The emailed link this page was opened with (?token=…) and what the server knows of it.
 * `pending`: while it is being checked, or the check failed (LinkPending's props), else null.
 */
export function useEmailedLink() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data, loading, error, refetch } = useLinkInfoQuery({
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const pending =
    token && (loading || error)
      ? { loading, error, onRetry: () => void refetch().catch(() => undefined) }
      : null;
  return { token, link: data?.link ?? null, pending };
}
