package de.mosaik.admin.billing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An invoice of a council as Stripe has it (the link leads to Stripe's hosted invoice page). */
@Entity
@Table(schema = "platform", name = "invoice")
public class Invoice {

	@Id
	private String id;

	@Column(name = "tenant_id", nullable = false)
	private UUID tenantId;

	private String number;

	@Column(nullable = false)
	private String status;

	@Column(name = "amount_due", nullable = false)
	private long amountDue;

	@Column(nullable = false)
	private String currency;

	@Column(name = "hosted_url")
	private String hostedUrl;

	@Column(name = "due_at")
	private OffsetDateTime dueAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	protected Invoice() {
	}

	Invoice(UUID tenantId, BillingGateway.Invoice current, OffsetDateTime now) {
		this.id = current.id();
		this.tenantId = tenantId;
		apply(current, now);
	}

	void apply(BillingGateway.Invoice current, OffsetDateTime now) {
		this.number = current.number();
		this.status = current.status();
		this.amountDue = current.amountDue();
		this.currency = current.currency() == null ? "eur" : current.currency();
		this.hostedUrl = current.hostedUrl();
		this.dueAt = current.dueDate() == null ? null : OffsetDateTime.ofInstant(Instant.ofEpochSecond(current.dueDate()), ZoneOffset.UTC);
		this.updatedAt = now;
	}

	public String getId() {
		return id;
	}

	public UUID getTenantId() {
		return tenantId;
	}

	public String getNumber() {
		return number;
	}

	public String getStatus() {
		return status;
	}

	public long getAmountDue() {
		return amountDue;
	}

	public String getCurrency() {
		return currency;
	}

	public String getHostedUrl() {
		return hostedUrl;
	}

	public OffsetDateTime getDueAt() {
		return dueAt;
	}
}
