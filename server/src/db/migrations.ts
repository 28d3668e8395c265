import { Foundation1763776800000 } from './migrations/1763776800000-foundation';
import { Accounts1795313647050 } from './migrations/1795313647050-accounts';
import { Shop1795314296461 } from './migrations/1795314296461-shop';
import { Returns1795314752063 } from './migrations/1795314752063-returns';
import { Tickets1795316301559 } from './migrations/1795316301559-tickets';
import { Attachments1795316645785 } from './migrations/1795316645785-attachments';
import { ReturnItemPosition1795318002361 } from './migrations/1795318002361-return-item-position';
import { ListsAndSearch1796040012442 } from './migrations/1796040012442-lists-and-search';
import { OutboxLease1796040080139 } from './migrations/1796040080139-outbox-lease';
import { TaxIdConfirmation1796040231901 } from './migrations/1796040231901-tax-id-confirmation';
import { RateLimit1796040415264 } from './migrations/1796040415264-rate-limit';
import { MoneyBigintNameLengths1796040492260 } from './migrations/1796040492260-money-bigint-name-lengths';
import { TicketLinksAndSearch1796050207271 } from './migrations/1796050207271-ticket-links-and-search';
import { EmailReplies1796050311046 } from './migrations/1796050311046-email-replies';
import { JoinRequestsAndSatisfaction1796050368928 } from './migrations/1796050368928-join-requests-and-satisfaction';
import { ReturnsServiceAndCompanies1796050451476 } from './migrations/1796050451476-returns-service-and-companies';
import { AddressesAndVat1796050462353 } from './migrations/1796050462353-addresses-and-vat';
import { ServiceLevels1796053480903 } from './migrations/1796053480903-service-levels';
import { CatalogueNameOrder1796063577849 } from './migrations/1796063577849-catalogue-name-order';
import { OutboxRenderedAtSend1796147158382 } from './migrations/1796147158382-outbox-rendered-at-send';
import { TicketSearchTable1796167601786 } from './migrations/1796167601786-ticket-search-table';

/** Every committed migration, oldest first. New ones are generated with `npm run db:migration:generate`. */
export const migrations = [
  Foundation1763776800000,
  Accounts1795313647050,
  Shop1795314296461,
  Returns1795314752063,
  Tickets1795316301559,
  Attachments1795316645785,
  ReturnItemPosition1795318002361,
  ListsAndSearch1796040012442,
  OutboxLease1796040080139,
  TaxIdConfirmation1796040231901,
  RateLimit1796040415264,
  MoneyBigintNameLengths1796040492260,
  TicketLinksAndSearch1796050207271,
  EmailReplies1796050311046,
  JoinRequestsAndSatisfaction1796050368928,
  ReturnsServiceAndCompanies1796050451476,
  AddressesAndVat1796050462353,
  ServiceLevels1796053480903,
  CatalogueNameOrder1796063577849,
  OutboxRenderedAtSend1796147158382,
  TicketSearchTable1796167601786,
];
