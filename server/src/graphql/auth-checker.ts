import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';

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
  if (!viewer) return false;
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
