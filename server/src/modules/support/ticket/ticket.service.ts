/**
 * Kept only for importers outside support/ that other teams own (http/uploads.ts and the
 * returns' attachments); they should import from ticket.queries and request-type.service.
 * Nothing inside support/ uses this file.
 */
export { allowedPortals } from '../request-type/request-type.service';
export { TicketQueries as TicketService } from './ticket.queries';
