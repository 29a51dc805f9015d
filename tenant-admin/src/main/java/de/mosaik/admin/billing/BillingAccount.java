package de.mosaik.admin.billing;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A billed council's subscription as Mosaik last learned it from Stripe. */
@Entity
@Table(schema = "platform", name = "billing_account")
public class BillingAccount {

	/** Stripe's subscription states Mosaik acts on. */
	public enum Status {
		TRIALING, ACTIVE, PAST_DUE, UNPAID, CANCELED, INCOMPLETE;

		static Status of(String stripeStatus) {
			return switch (stripeStatus == null ? "" : stripeStatus.toLowerCase(Locale.ROOT)) {
				case "trialing" -> TRIALING;
				case "active" -> ACTIVE;
				case "past_due" -> PAST_DUE;
				case "unpaid" -> UNPAID;
				case "canceled", "incomplete_expired" -> CANCELED;
				default -> INCOMPLETE;
			};
		}

		boolean inArrears() {
			return this == PAST_DUE || this == UNPAID;
		}
	}

	@Id
	@Column(name = "tenant_id")
	private UUID tenantId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Plan plan;

	@Column(name = "stripe_customer_id")
	private String customerId;

	@Column(name = "stripe_subscription_id")
	private String subscriptionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "grace_until")
	private OffsetDateTime graceUntil;

	@Column(name = "override_reason")
	private String overrideReason;

	@Column(name = "override_until")
	private OffsetDateTime overrideUntil;

	@Column(name = "invoice_email")
	private String invoiceEmail;

	@Column(name = "address_line")
	private String addressLine;

	@Column(name = "postal_code")
	private String postalCode;

	private String city;

	@Column(name = "leitweg_id")
	private String leitwegId;

	@Column(name = "purchase_order")
	private String purchaseOrder;

	@Column(name = "sepa_debit", nullable = false)
	private boolean sepaDebit;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	protected BillingAccount() {
	}

	BillingAccount(UUID tenantId, Plan plan, String customerId, BillingGateway.Subscription subscription,
			OffsetDateTime now) {
		this.tenantId = tenantId;
		this.plan = plan;
		this.customerId = customerId;
		this.subscriptionId = subscription.id();
		this.status = Status.of(subscription.status());
		this.quantity = (int) subscription.quantity();
		this.updatedAt = now;
	}

	/** Takes Stripe's current state; starts the grace period when payment is overdue, ends it when paid. */
	void apply(BillingGateway.Subscription subscription, java.time.Duration grace, OffsetDateTime now) {
		this.status = Status.of(subscription.status());
		this.quantity = (int) subscription.quantity();
		if (status.inArrears()) {
			if (graceUntil == null) {
				graceUntil = now.plus(grace);
			}
		}
		else {
			graceUntil = null;
		}
		this.updatedAt = now;
	}

	/** Overdue and the grace period is over, and no operator override holds. */
	boolean graceExpired(OffsetDateTime now) {
		boolean overridden = overrideUntil != null && now.isBefore(overrideUntil);
		return status.inArrears() && graceUntil != null && !now.isBefore(graceUntil) && !overridden;
	}

	void override(String reason, OffsetDateTime until, OffsetDateTime now) {
		this.overrideReason = reason;
		this.overrideUntil = until;
		this.updatedAt = now;
	}

	void details(InvoiceDetails details, OffsetDateTime now) {
		this.invoiceEmail = details.email();
		this.addressLine = details.addressLine();
		this.postalCode = details.postalCode();
		this.city = details.city();
		this.leitwegId = details.leitwegId();
		this.purchaseOrder = details.purchaseOrder();
		this.updatedAt = now;
	}

	void sepaDebit(boolean allowed, OffsetDateTime now) {
		this.sepaDebit = allowed;
		this.updatedAt = now;
	}

	/** Whether invoices may also be paid by SEPA direct debit (besides bank transfer). */
	public boolean isSepaDebit() {
		return sepaDebit;
	}

	public InvoiceDetails details() {
		return new InvoiceDetails(invoiceEmail, addressLine, postalCode, city, leitwegId, purchaseOrder);
	}

	public UUID getTenantId() {
		return tenantId;
	}

	public Plan getPlan() {
		return plan;
	}

	public String getCustomerId() {
		return customerId;
	}

	public String getSubscriptionId() {
		return subscriptionId;
	}

	public Status getStatus() {
		return status;
	}

	public int getQuantity() {
		return quantity;
	}

	public OffsetDateTime getGraceUntil() {
		return graceUntil;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public OffsetDateTime getOverrideUntil() {
		return overrideUntil;
	}

	public OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}
}
