package de.mosaik.admin.billing;

/** Stripe as the billing side sees it (implemented in infra with stripe-java). */
public interface BillingGateway {

	/** Whether keys are configured; without them billing is off and nothing here is called. */
	boolean configured();

	/** A subscription as Stripe has it now. */
	record Subscription(String id, String customerId, String status, long quantity) {
	}

	/** An invoice as Stripe has it now. */
	record Invoice(String id, String customerId, String subscriptionId, String number, String status, long amountDue,
			String currency, String hostedUrl, Long dueDate) {
	}

	/** A verified webhook event: its id, type and the id of the object it is about. */
	record Event(String id, String type, String objectId, String objectType) {
	}

	/** The signature or the timestamp of a webhook is not right. */
	class InvalidSignature extends RuntimeException {

		public InvalidSignature(String message) {
			super(message);
		}
	}

	String createCustomer(String name, String ags, String email);

	/** Address, invoice mailbox, and Leitweg-ID and order number as custom fields on every invoice. */
	void updateCustomer(String customerId, InvoiceDetails details);

	Subscription subscribe(String customerId, String priceId, long quantity, int trialDays, int daysUntilDue);

	/**
	 * Which ways of paying the subscription's invoices offer besides bank transfer: SEPA direct debit or not.
	 * Invoices are still sent (public bodies pay by invoice); the mandate is given on the invoice page.
	 */
	Subscription sepaDebit(String subscriptionId, boolean allowed);

	Subscription changeQuantity(String subscriptionId, long quantity);

	Subscription subscription(String id);

	Invoice invoice(String id);

	Event verify(String payload, String signatureHeader);
}
