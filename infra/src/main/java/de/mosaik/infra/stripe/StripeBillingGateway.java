package de.mosaik.infra.stripe;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.SubscriptionItem;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.SubscriptionCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import de.mosaik.admin.billing.BillingGateway;
import de.mosaik.admin.billing.InvoiceDetails;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The real stripe-java client. Keys come from {@code MOSAIK_STRIPE_SECRET_KEY} and
 * {@code MOSAIK_STRIPE_WEBHOOK_SECRET}; without them billing is off. {@code mosaik.billing.stripe.api-base}
 * points the client elsewhere (tests run a local server that answers as Stripe's API does).
 */
@Component
class StripeBillingGateway implements BillingGateway {

	/** Stripe rejects signatures older than this (its own default). */
	static final long TOLERANCE_SECONDS = 300;

	private final StripeClient client;

	private final String webhookSecret;

	StripeBillingGateway(@Value("${mosaik.billing.stripe.secret-key:}") String secretKey,
			@Value("${mosaik.billing.stripe.webhook-secret:}") String webhookSecret,
			@Value("${mosaik.billing.stripe.api-base:}") String apiBase) {
		this.webhookSecret = webhookSecret;
		if (secretKey == null || secretKey.isBlank()) {
			this.client = null;
		}
		else {
			StripeClient.StripeClientBuilder builder = StripeClient.builder()
				.setApiKey(secretKey)
				.setConnectTimeout(5_000)
				.setReadTimeout(20_000)
				.setMaxNetworkRetries(2);
			if (apiBase != null && !apiBase.isBlank()) {
				builder.setApiBase(apiBase);
			}
			this.client = builder.build();
		}
	}

	@Override
	public boolean configured() {
		return client != null && webhookSecret != null && !webhookSecret.isBlank();
	}

	@Override
	public String createCustomer(String name, String ags, String email) {
		try {
			Customer customer = client.v1()
				.customers()
				.create(CustomerCreateParams.builder()
					.setName(name)
					.setEmail(email)
					.setTaxExempt(CustomerCreateParams.TaxExempt.EXEMPT)
					.putMetadata("ags", ags)
					.build());
			return customer.getId();
		}
		catch (StripeException ex) {
			throw new IllegalStateException("Stripe: customer for " + ags + " not created: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void updateCustomer(String customerId, InvoiceDetails details) {
		CustomerUpdateParams.InvoiceSettings.Builder invoice = CustomerUpdateParams.InvoiceSettings.builder();
		if (details.leitwegId() != null && !details.leitwegId().isBlank()) {
			invoice.addCustomField(CustomerUpdateParams.InvoiceSettings.CustomField.builder()
				.setName("Leitweg-ID")
				.setValue(details.leitwegId())
				.build());
		}
		if (details.purchaseOrder() != null && !details.purchaseOrder().isBlank()) {
			invoice.addCustomField(CustomerUpdateParams.InvoiceSettings.CustomField.builder()
				.setName("Bestellnummer")
				.setValue(details.purchaseOrder())
				.build());
		}
		try {
			client.v1()
				.customers()
				.update(customerId, CustomerUpdateParams.builder()
					.setEmail(details.email())
					.setAddress(CustomerUpdateParams.Address.builder()
						.setLine1(details.addressLine())
						.setPostalCode(details.postalCode())
						.setCity(details.city())
						.setCountry("DE")
						.build())
					.setInvoiceSettings(invoice.build())
					.build());
		}
		catch (StripeException ex) {
			throw new IllegalStateException("Stripe: customer " + customerId + " not updated: " + ex.getMessage(), ex);
		}
	}

	@Override
	public BillingGateway.Subscription subscribe(String customerId, String priceId, long quantity, int trialDays,
			int daysUntilDue) {
		try {
			return state(client.v1()
				.subscriptions()
				.create(SubscriptionCreateParams.builder()
					.setCustomer(customerId)
					.addItem(SubscriptionCreateParams.Item.builder().setPrice(priceId).setQuantity(quantity).build())
					.setCollectionMethod(SubscriptionCreateParams.CollectionMethod.SEND_INVOICE)
					.setDaysUntilDue((long) daysUntilDue)
					.setTrialPeriodDays((long) trialDays)
					.build()));
		}
		catch (StripeException ex) {
			throw new IllegalStateException("Stripe: subscription not created: " + ex.getMessage(), ex);
		}
	}

	@Override
	public BillingGateway.Subscription sepaDebit(String subscriptionId, boolean allowed) {
		SubscriptionUpdateParams.PaymentSettings.Builder payment = SubscriptionUpdateParams.PaymentSettings.builder();
		if (allowed) {
			// bank transfer stays possible (customer balance = transfer to the invoice's IBAN)
			payment.addPaymentMethodType(SubscriptionUpdateParams.PaymentSettings.PaymentMethodType.SEPA_DEBIT)
				.addPaymentMethodType(SubscriptionUpdateParams.PaymentSettings.PaymentMethodType.CUSTOMER_BALANCE);
		}
		else {
			payment.setPaymentMethodTypes(com.stripe.param.common.EmptyParam.EMPTY); // back to the account's defaults
		}
		try {
			return state(client.v1()
				.subscriptions()
				.update(subscriptionId, SubscriptionUpdateParams.builder().setPaymentSettings(payment.build()).build()));
		}
		catch (StripeException ex) {
			throw new IllegalStateException("Stripe: payment methods not changed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public BillingGateway.Subscription changeQuantity(String subscriptionId, long quantity) {
		try {
			com.stripe.model.Subscription current = client.v1().subscriptions().retrieve(subscriptionId);
			SubscriptionItem item = current.getItems().getData().get(0);
			return state(client.v1()
				.subscriptions()
				.update(subscriptionId, SubscriptionUpdateParams.builder()
					.addItem(SubscriptionUpdateParams.Item.builder().setId(item.getId()).setQuantity(quantity).build())
					.build()));
		}
		catch (StripeException ex) {
			throw new IllegalStateException("Stripe: quantity not changed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public BillingGateway.Subscription subscription(String id) {
		try {
			return state(client.v1().subscriptions().retrieve(id));
		}
		catch (StripeException ex) {
			throw new IllegalStateException("Stripe: subscription " + id + " not read: " + ex.getMessage(), ex);
		}
	}

	@Override
	public BillingGateway.Invoice invoice(String id) {
		try {
			com.stripe.model.Invoice invoice = client.v1().invoices().retrieve(id);
			String subscription = invoice.getParent() == null || invoice.getParent().getSubscriptionDetails() == null ? null
					: invoice.getParent().getSubscriptionDetails().getSubscription();
			return new BillingGateway.Invoice(invoice.getId(), invoice.getCustomer(), subscription, invoice.getNumber(),
					invoice.getStatus(), invoice.getAmountDue() == null ? 0 : invoice.getAmountDue(), invoice.getCurrency(),
					invoice.getHostedInvoiceUrl(), invoice.getDueDate());
		}
		catch (StripeException ex) {
			throw new IllegalStateException("Stripe: invoice " + id + " not read: " + ex.getMessage(), ex);
		}
	}

	@Override
	public Event verify(String payload, String signatureHeader) {
		if (!configured()) {
			throw new InvalidSignature("billing is not configured");
		}
		try {
			com.stripe.model.Event event = Webhook.constructEvent(payload, signatureHeader, webhookSecret,
					TOLERANCE_SECONDS);
			JsonObject object = JsonParser.parseString(payload).getAsJsonObject().getAsJsonObject("data").getAsJsonObject("object");
			return new Event(event.getId(), event.getType(), object.get("id").getAsString(),
					object.has("object") ? object.get("object").getAsString() : null);
		}
		catch (SignatureVerificationException | RuntimeException ex) {
			throw new InvalidSignature(ex.getMessage());
		}
	}

	private static BillingGateway.Subscription state(com.stripe.model.Subscription subscription) {
		long quantity = subscription.getItems() == null || subscription.getItems().getData().isEmpty() ? 0
				: subscription.getItems().getData().get(0).getQuantity();
		return new BillingGateway.Subscription(subscription.getId(), subscription.getCustomer(), subscription.getStatus(),
				quantity);
	}
}
