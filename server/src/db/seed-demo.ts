import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { Agent } from '../modules/accounts/agent/agent.entity';
import { createAgent } from '../modules/accounts/agent/agent.service';
import { hashPassword } from '../modules/accounts/auth/passwords';
import { Company } from '../modules/accounts/company/company.entity';
import { AddressKind, CompanyAddress } from '../modules/accounts/address/address.entity';
import { Product } from '../modules/shop/catalog/product.entity';
import { Invoice, InvoiceLine, InvoiceSource } from '../modules/shop/invoice/invoice.entity';
import { createSystemContext } from '../context/system-context';
import { ReturnKind, ReturnReason } from '../modules/returns/return-request/return-request.enums';
import { ReturnStateMachine } from '../modules/returns/return-request/return-request.state-machine';
import { ReturnSubmissionService } from '../modules/returns/return-request/return-request.submission';
import { AttachmentService } from '../modules/returns/attachment/attachment.service';
import { PortalKey } from '../modules/support/request-type/request-type.entity';
import { RequestTypeService } from '../modules/support/request-type/request-type.service';
import { TicketCommands } from '../modules/support/ticket/ticket.commands';
import { TicketStatus } from '../modules/support/ticket/ticket.entity';
import { demoProducts } from './demo-catalog';
import { DEFAULT_VAT_RATE_BP, dueDate } from '../../../shared/src/vat';
import {
  Representative,
  RepresentativeRole,
  RepresentativeStatus,
} from '../modules/accounts/representative/representative.entity';

/** The demo accounts (README lists them). Loaded only into an empty database. */
export const DEMO = {
  password: 'Portal-demo-2026',
  admin: 'anna.kowalska@demo.example',
  member: 'peter.nagy@demo.example',
  agent: 'agent@demo.example',
};

export async function seedDemo(db: DataSource, config: Config, logger: Logger): Promise<boolean> {
  if ((await db.getRepository(Company).count()) > 0 || (await db.getRepository(Agent).count()) > 0)
    return false;
  const passwordHash = await hashPassword(DEMO.password);
  await db.transaction(async (tx) => {
    const company = await tx.getRepository(Company).save(
      tx.getRepository(Company).create({
        name: 'Volt Distribution Sp. z o.o.',
        country: 'PL',
        taxId: '5260001246',
        contracted: true,
        // Onboarded by contract: its tax ID is confirmed, so its ERP invoices show.
        taxIdConfirmedAt: new Date(),
        taxIdConfirmedBy: 'demo data',
      }),
    );
    await seedAddresses(tx, company.id);
    await seedPeople(tx, company.id, passwordHash);
    await seedCatalogAndInvoices(tx, config, company.id);
  });
  await seedDemoActivity(db, config, logger);
  logger.info(
    { accounts: [DEMO.admin, DEMO.member, DEMO.agent] },
    `demo data loaded (password ${DEMO.password})`,
  );
  return true;
}

/** The demo company's billing address and a ship-to warehouse. */
async function seedAddresses(tx: EntityManager, companyId: string) {
  const repo = tx.getRepository(CompanyAddress);
  await repo.save([
    repo.create({
      companyId,
      kind: AddressKind.BILLING,
      attention: null,
      street: 'ul. Przemysłowa 12',
      postalCode: '00-450',
      city: 'Warszawa',
      country: 'PL',
    }),
    repo.create({
      companyId,
      kind: AddressKind.SHIPPING,
      attention: 'Magazyn / Goods-in',
      street: 'ul. Logistyczna 7',
      postalCode: '05-090',
      city: 'Raszyn',
      country: 'PL',
    }),
  ]);
}

/** The demo company's administrator and member, and the agent. */
async function seedPeople(tx: EntityManager, companyId: string, passwordHash: string) {
  const reps = tx.getRepository(Representative);
  const now = new Date();
  await reps.save([
    reps.create({
      companyId,
      email: DEMO.admin,
      name: 'Anna Kowalska',
      role: RepresentativeRole.ADMIN,
      status: RepresentativeStatus.ACTIVE,
      locale: 'pl',
      passwordHash,
      activatedAt: now,
    }),
    reps.create({
      companyId,
      email: DEMO.member,
      name: 'Péter Nagy',
      role: RepresentativeRole.MEMBER,
      status: RepresentativeStatus.ACTIVE,
      locale: 'hu',
      passwordHash,
      activatedAt: now,
    }),
  ]);
  await createAgent(tx, {
    email: DEMO.agent,
    name: 'Olena Shevchenko',
    password: DEMO.password,
    locale: 'uk',
  });
}

/** The catalogue and two invoices from the ERP, so the returns wizard has something to check at once. */
async function seedCatalogAndInvoices(tx: EntityManager, config: Config, companyId: string) {
  const products = await tx
    .getRepository(Product)
    .save(
      demoProducts().map((p) =>
        tx
          .getRepository(Product)
          .create({ vatRateBp: DEFAULT_VAT_RATE_BP, ...p, currency: 'EUR', active: true }),
      ),
    );
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const erpInvoices: Array<{ number: string; daysAgo: number; lines: Array<[string, number]> }> = [
    {
      number: 'ERP/2026/0815',
      daysAgo: 12,
      lines: [
        ['SSD-SAM-0100', 10],
        ['PSU-MEA-0100', 4],
        ['CAB-GOO-0100', 50],
      ],
    },
    {
      number: 'ERP/2026/0907',
      daysAgo: 3,
      lines: [
        ['MON-DEL-0100', 2],
        ['SW-TPL-0100', 6],
      ],
    },
  ];
  for (const inv of erpInvoices) {
    const issuedAt = new Date(Date.now() - inv.daysAgo * 86_400_000);
    const lines = inv.lines.map(([sku, quantity], i) => {
      const p = bySku.get(sku)!;
      return {
        lineNo: i + 1,
        productId: p.id,
        sku,
        name: p.name,
        quantity,
        unitPriceMinor: p.priceMinor,
        vatRateBp: p.vatRateBp,
      };
    });
    const invoice = await tx.getRepository(Invoice).save(
      tx.getRepository(Invoice).create({
        companyId,
        buyerCountry: 'PL',
        buyerTaxId: '5260001246',
        number: inv.number,
        issuedAt,
        dueAt: dueDate(issuedAt, config.paymentTermsDays),
        paymentTermsDays: config.paymentTermsDays,
        source: InvoiceSource.ERP,
        orderId: null,
        totalMinor: lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0),
        currency: 'EUR',
      }),
    );
    await tx.getRepository(InvoiceLine).insert(lines.map((l) => ({ ...l, invoiceId: invoice.id })));
  }
}

/**
 * A return and a few support requests for the demo company, made through the services
 * (as the people themselves would), so the lists are not empty on first look.
 */
/** The demo return's photo: a 1 × 1 PNG (the demo has no camera). */
const DEMO_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function seedDemoActivity(db: DataSource, config: Config, logger: Logger): Promise<void> {
  const admin = await db.getRepository(Representative).findOneByOrFail({ email: DEMO.admin });
  const company = await db.getRepository(Company).findOneByOrFail({ id: admin.companyId });
  const agent = await db.getRepository(Agent).findOneByOrFail({ email: DEMO.agent });
  const asAdmin = createSystemContext(config, logger, db, 'demo');
  asAdmin.viewer = { kind: 'REPRESENTATIVE', representative: admin, company, sessionId: 'demo' };
  const asAgent = createSystemContext(config, logger, db, 'demo');
  asAgent.viewer = { kind: 'AGENT', agent, sessionId: 'demo' };

  const returns = new ReturnSubmissionService();
  const invoice = await returns.checkInvoice(asAdmin, 'ERP/2026/0815');
  const lines = await db
    .getRepository(InvoiceLine)
    .find({ where: { invoiceId: invoice.id }, order: { lineNo: 'ASC' } });
  const all = {
    complete: true,
    noSignsOfUse: true,
    undamaged: true,
    originalPackaging: true,
    properlyPacked: true,
    merchantable: true,
    disconnected: true,
  };
  // A defective product goes with a photo (shared photosRequired), uploaded as the wizard does.
  const photo = await new AttachmentService().add(asAdmin, 'RETURN_DRAFT', admin.id, {
    originalname: 'ssd-s4n9-22871.png',
    size: DEMO_PHOTO.length,
    buffer: DEMO_PHOTO,
  });
  const rma = await returns.submit(asAdmin, {
    kind: ReturnKind.RETURN,
    idempotencyKey: 'demo-return-0001',
    items: [
      {
        invoiceLineId: lines[0]!.id,
        quantity: 2,
        reason: ReturnReason.DEFECTIVE,
        conditions: all,
        serialNumber: 'S4N9-22871',
        photoIds: [photo.id],
      },
    ],
  });
  await new ReturnStateMachine().apply(asAgent, {
    type: 'AUTHORIZE',
    returnRequestId: rma.id,
    note: 'Please send both drives in their original boxes.',
  });

  const tickets = new TicketCommands();
  const portals = await new RequestTypeService().portals(asAdmin);
  const cs = portals.find((p) => p.key === PortalKey.CUSTOMER_SERVICE)!;
  const ta = portals.find((p) => p.key === PortalKey.TECHNICAL_ASSISTANCE)!;
  const delivery = cs.requestTypeGroups[0]!.types[1]!;
  const waiting = await tickets.create(asAdmin, {
    portalKey: PortalKey.CUSTOMER_SERVICE,
    requestTypeId: delivery.children[1]!.id,
    subject: 'Order ZAM/2026/000014: two cartons crushed on delivery',
    description:
      'The courier delivered 6 cartons on 18 November; cartons 2 and 5 were crushed. Photos attached to the delivery note.',
  });
  await tickets.reply(asAgent, waiting.id, {
    body: 'Sorry about that. Could you send the delivery note number (WZ/...)?',
    internal: false,
    setStatus: TicketStatus.WAITING_FOR_CUSTOMER,
  });
  await tickets.create(asAdmin, {
    portalKey: PortalKey.TECHNICAL_ASSISTANCE,
    requestTypeId: ta.requestTypeGroups[0]!.types[1]!.id,
    subject: 'SSD-SAM-0100 in Dell PowerEdge R650?',
    description: 'Is the Samsung NVMe M.2 1 TB supported on the BOSS-S2 card of a PowerEdge R650?',
  });
}
