/**
 * The returns module's services live in return-request.submission.ts (customer submits),
 * .state-machine.ts (staff steps: the only writer of statuses), .comments.ts, .queries.ts and
 * .loaders.ts. This file only keeps the names http/uploads.ts imports (reading a return by RMA
 * number and its items) until that file imports the new ones.
 */
export { returnItemsLoader } from './return-request.loaders';
export { ReturnRequestQueries as ReturnRequestService } from './return-request.queries';
