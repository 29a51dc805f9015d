package de.mosaik.admin.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.admin.audit.AuditLog;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantActivated;
import de.mosaik.admin.tenant.TenantDeleted;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a subscription when a county or kreisfreie Stadt becomes active, keeps a county's quantity at
 * its number of active members, applies Stripe's webhooks and suspends councils whose grace period is
 * over. Stripe failures never fail onboarding: they are logged, and the next event or sync repairs.
 */
@Service
@EnableConfigurationProperties(BillingProperties.class)
public class BillingService {

	static final String BILLING_SUSPENSION = "Zahlung überfällig / payment overdue";

	private static final Logger log = LoggerFactory.getLogger(BillingService.class);

	private final BillingGateway stripe;

	private final BillingProperties properties;

	private final BillingAccounts accounts;

	private final Invoices invoices;

	private final HandledEvents handled;

	private final Tenants tenants;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final TaskExecutor executor;

	BillingService(BillingGateway stripe, BillingProperties properties, BillingAccounts accounts, Invoices invoices,
			HandledEvents handled, Tenants tenants, AuditLog audit, PlatformTransactionManager transactions, Clock clock,
			TaskExecutor executor) {
		this.executor = executor;
		this.stripe = stripe;
		this.properties = properties;
		this.accounts = accounts;
		this.invoices = invoices;
		this.handled = handled;
		this.tenants = tenants;
		this.audit = audit;
		// own transactions, also when called after another one committed (it is still bound then)
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	public boolean enabled() {
		return stripe.configured();
	}

	public Optional<BillingAccount> account(Tenant council) {
		return accounts.findById(council.getId());
	}

	public List<Invoice> invoices(Tenant council) {
		return invoices.findTop50ByTenantIdOrderByUpdatedAtDesc(council.getId());
	}

	/** After the council's commit and off the onboarding's thread: nobody waits for Stripe. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void activated(TenantActivated event) {
		if (enabled()) {
			executor.execute(() -> openOrSync(event));
		}
	}

	private void openOrSync(TenantActivated event) {
		try {
			Tenant tenant = tenants.findById(event.tenantId()).orElseThrow();
			switch (tenant.getKind()) {
				case COUNTY, CITY -> open(tenant);
				case MUNICIPALITY -> syncQuantity(tenant.getParentId());
			}
		}
		catch (RuntimeException ex) {
			log.error("Billing after activation of tenant {} failed; fix and sync by hand", event.tenantId(), ex);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void deleted(TenantDeleted event) {
		if (enabled() && event.parentId() != null) {
			executor.execute(() -> {
				try {
					syncQuantity(event.parentId());
				}
				catch (RuntimeException ex) {
					log.error("Billing quantity of county {} not synced after {} left", event.parentId(), event.ags(), ex);
				}
			});
		}
	}

	/**
	 * The county package is billed per active member, at least one. One sync at a time, so that the
	 * quantity Stripe keeps is always the one counted last.
	 */
	public synchronized void syncQuantity(UUID countyId) {
		accounts.findById(countyId).ifPresent(account -> {
			long members = tenants.findByParentId(countyId)
				.stream()
				.filter(t -> t.getStatus() == TenantStatus.ACTIVE || t.getStatus() == TenantStatus.SUSPENDED)
				.count();
			BillingGateway.Subscription current = stripe.changeQuantity(account.getSubscriptionId(), Math.max(1, members));
			tx.executeWithoutResult(s -> accounts.findById(countyId)
				.orElseThrow()
				.apply(current, properties.gracePeriod(), now()));
		});
	}

	private synchronized void open(Tenant council) {
		if (accounts.existsById(council.getId())) {
			return;
		}
		Plan plan = council.getKind() == CouncilKind.COUNTY ? Plan.COUNTY_PACKAGE : Plan.MUNICIPALITY;
		long quantity = plan == Plan.COUNTY_PACKAGE ? Math.max(1, tenants.countByParentId(council.getId())) : 1;
		String customer = stripe.createCustomer(council.getName(), council.getAgs(), null);
		BillingGateway.Subscription subscription = stripe.subscribe(customer,
				plan == Plan.COUNTY_PACKAGE ? properties.countyPrice() : properties.municipalityPrice(), quantity,
				properties.trialDays(), properties.daysUntilDue());
		tx.executeWithoutResult(s -> {
			accounts.save(new BillingAccount(council.getId(), plan, customer, subscription, now()));
			audit.record("system:billing", "billing.subscribed", council.getAgs(), plan + " x" + quantity);
		});
	}

	/**
	 * Applies a verified Stripe event once: the event id is recorded in the same transaction as the
	 * effect, and the effect is computed from the object's current state at Stripe, so that duplicates
	 * do nothing and the order of events does not matter.
	 *
	 * @return whether the event had not been handled before
	 */
	public boolean handle(BillingGateway.Event event) {
		if (!event.type().startsWith("invoice.") && !event.type().startsWith("customer.subscription.")) {
			return tx.execute(s -> handled.record(event.id(), event.type(), now()) == 1);
		}
		// read Stripe's current state before the transaction: no network call while holding locks
		BillingGateway.Invoice invoice = event.type().startsWith("invoice.") ? stripe.invoice(event.objectId()) : null;
		String subscriptionId = invoice != null ? invoice.subscriptionId() : event.objectId();
		BillingGateway.Subscription subscription = subscriptionId == null ? null : stripe.subscription(subscriptionId);
		return Boolean.TRUE.equals(tx.execute(s -> {
			if (handled.record(event.id(), event.type(), now()) == 0) {
				return false;
			}
			Optional<BillingAccount> account = subscription != null ? accounts.findBySubscriptionId(subscription.id())
					: accounts.findByCustomerId(invoice.customerId());
			if (account.isEmpty()) {
				log.warn("Stripe event {} about an unknown subscription or customer", event.id());
				return true;
			}
			UUID tenantId = account.get().getTenantId();
			if (invoice != null) {
				invoices.findById(invoice.id())
					.ifPresentOrElse(i -> i.apply(invoice, now()), () -> invoices.save(new Invoice(tenantId, invoice, now())));
			}
			if (subscription != null) {
				BillingAccount.Status before = account.get().getStatus();
				account.get().apply(subscription, properties.gracePeriod(), now());
				if (!account.get().getStatus().inArrears()) {
					resumeIfSuspendedForBilling(tenantId);
				}
				if (before != account.get().getStatus()) {
					audit.record("system:stripe", "billing.status", tenants.findById(tenantId).orElseThrow().getAgs(),
							before + " -> " + account.get().getStatus());
				}
			}
			return true;
		}));
	}

	/** The invoice details of a council, at Stripe first, then here (audited, without the values). */
	public BillingAccount details(Tenant council, InvoiceDetails details, String actor) {
		BillingAccount account = accounts.findById(council.getId()).orElseThrow();
		stripe.updateCustomer(account.getCustomerId(), details);
		return tx.execute(s -> {
			BillingAccount current = accounts.findById(council.getId()).orElseThrow();
			current.details(details, now());
			audit.record(actor, "billing.details", council.getAgs(), "invoice details changed");
			return current;
		});
	}

	/** SEPA direct debit on or off for a council's invoices: at Stripe first, then here (audited). */
	public BillingAccount sepaDebit(Tenant council, boolean allowed, String actor) {
		BillingAccount account = accounts.findById(council.getId()).orElseThrow();
		stripe.sepaDebit(account.getSubscriptionId(), allowed);
		return tx.execute(s -> {
			BillingAccount current = accounts.findById(council.getId()).orElseThrow();
			current.sepaDebit(allowed, now());
			audit.record(actor, "billing.sepa-debit", council.getAgs(), allowed ? "allowed" : "withdrawn");
			return current;
		});
	}

	/** The plans Mosaik sells, with their terms and how many councils are on each, by status. */
	public List<PlanSummary> plans() {
		java.util.Map<Plan, java.util.Map<BillingAccount.Status, Long>> counts = new java.util.EnumMap<>(Plan.class);
		for (BillingAccount account : accounts.findAll()) {
			counts.computeIfAbsent(account.getPlan(), p -> new java.util.EnumMap<>(BillingAccount.Status.class))
				.merge(account.getStatus(), 1L, Long::sum);
		}
		return java.util.Arrays.stream(Plan.values())
			.map(plan -> new PlanSummary(plan,
					plan == Plan.COUNTY_PACKAGE ? properties.countyPrice() : properties.municipalityPrice(),
					properties.trialDays(), properties.daysUntilDue(), properties.gracePeriod(),
					counts.getOrDefault(plan, java.util.Map.of())))
			.toList();
	}

	/** An operator keeps a council reachable despite arrears, until a date, with a reason (audited). */
	public BillingAccount override(Tenant council, String reason, OffsetDateTime until, String actor) {
		return tx.execute(s -> {
			BillingAccount account = accounts.findById(council.getId()).orElseThrow();
			account.override(reason, until, now());
			audit.record(actor, "billing.override", council.getAgs(), "until " + until + ": " + reason);
			resumeIfSuspendedForBilling(council.getId());
			return account;
		});
	}

	@Scheduled(fixedDelayString = "${mosaik.billing.check-every:PT10M}", initialDelayString = "PT1M")
	public void suspendAfterGrace() {
		for (BillingAccount account : accounts.findByStatusIn(List.of(BillingAccount.Status.PAST_DUE,
				BillingAccount.Status.UNPAID))) {
			if (account.graceExpired(now())) {
				tx.executeWithoutResult(s -> tenants.findById(account.getTenantId())
					.filter(t -> t.getStatus() == TenantStatus.ACTIVE)
					.ifPresent(t -> {
						t.suspend(BILLING_SUSPENSION, now());
						audit.record("system:billing", "tenant.suspended", t.getAgs(), BILLING_SUSPENSION);
					}));
			}
		}
	}

	private void resumeIfSuspendedForBilling(UUID tenantId) {
		tenants.findById(tenantId)
			.filter(t -> t.getStatus() == TenantStatus.SUSPENDED && BILLING_SUSPENSION.equals(t.getSuspensionReason()))
			.ifPresent(t -> {
				t.resume(now());
				audit.record("system:billing", "tenant.resumed", t.getAgs(), "paid");
			});
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
