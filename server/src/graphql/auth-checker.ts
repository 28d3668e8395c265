import type { AuthChecker } from 'type-graphql';
import { UnauthenticatedError } from '../common/errors';
import type { RequestContext } from '../context/request-context';

/**
 * The roles of @Authorized(...):
 *  REPRESENTATIVE  a signed-in employee of a customer company
 *  ADMIN           the company's administrator
 *  AGENT           the seller's staff, signed in
 *  STAFF           an agent or an internal tool with an API token
 * @Authorized() with no role: anyone signed in or holding a token.
 */
export type Role = 'REPRESENTATIVE' | 'ADMIN' | 'AGENT' | 'STAFF';

export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  // Nobody signed in (or the session ended): UNAUTHENTICATED, whatever role was asked for.
  if (!viewer) throw new UnauthenticatedError();
  if (roles.length === 0) return true;
  return roles.some((role) => {
    switch (role) {
      case 'REPRESENTATIVE':
        return viewer.kind === 'REPRESENTATIVE';
      case 'ADMIN':
        return viewer.kind === 'REPRESENTATIVE' && viewer.representative.role === 'ADMIN';
      case 'AGENT':
        return viewer.kind === 'AGENT';
      case 'STAFF':
        return viewer.kind === 'AGENT' || viewer.kind === 'API_TOKEN';
    }
  });
};
