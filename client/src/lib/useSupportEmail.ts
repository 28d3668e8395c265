import { usePortalFooterQuery } from '../gql/graphql';

/** The support address the server gives (the footer's query: one request, shared cache). */
export function useSupportEmail(): string | null {
  const { data } = usePortalFooterQuery();
  return data?.appInfo.supportEmail ?? null;
}
