package de.mosaik.web.billing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import com.stripe.Stripe;
import de.mosaik.admin.billing.BillingService;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.FakeStripe;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing with the real stripe-java client against a local Stripe stand-in, and webhooks signed as
 * Stripe signs them. Councils: Landkreis Harburg (03353) with Buchholz (03353005) and Hanstedt
 * (03353018); the cities Wilhelmshaven (03405000) and Delmenhorst (03401000).
 */
class BillingTest extends IntegrationTest {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	Fixtures fixtures;

	@Autowired
	Tenants tenants;

	@Autowired
	BillingService billing;

	@Autowired
	DataSource dataSource;

	@Autowired
	JwtEncoder encoder;

	final FakeStripe stripe = FakeStripe.get();

	@Test
	void aCountyPackageFollowsTheNumberOfActiveMembers() throws Exception {
		fixtures.council("03353");
		String customer = awaitCustomer("03353");
		String subscription = stripe.subscriptionOf(customer);
		assertThat(stripe.customerNames.get(customer)).isEqualTo("Harburg");
		assertThat(stripe.subscriptions.get(subscription).get("price")).isEqualTo("price_county_member");
		fixtures.council("03353005");
		fixtures.council("03353018");
		assertThat(awaitAccount("03353", "quantity", "2")).isEqualTo("2");
		assertThat(stripe.subscriptions.get(subscription).get("quantity")).isEqualTo(2L);
		assertThat(account("03353", "plan")).isEqualTo("COUNTY_PACKAGE");
	}

	@Test
	void aFailedPaymentSuspendsAfterTheGracePeriodAndPaymentEndsIt() throws Exception {
		Tenant city = fixtures.council("03405000");
		String subscription = stripe.subscriptionOf(awaitCustomer("03405000"));
		assertThat(account("03405000", "plan")).isEqualTo("MUNICIPALITY");

		stripe.invoice("in_whv_1", subscription, "open", 120000);
		stripe.subscriptions.get(subscription).put("status", "past_due");
		assertThat(send(event("evt_whv_failed", "invoice.payment_failed", "in_whv_1", "invoice"), WEBHOOK_SECRET, 0))
			.isEqualTo(200);
		assertThat(account("03405000", "status")).isEqualTo("PAST_DUE");
		billing.suspendAfterGrace(); // the grace period is zero in tests
		assertThat(tenants.findByAgs("03405000").orElseThrow().getStatus().name()).isEqualTo("SUSPENDED");

		// paid: the events may come in any order; what counts is Stripe's state now
		stripe.invoice("in_whv_1", subscription, "paid", 120000);
		stripe.subscriptions.get(subscription).put("status", "active");
		assertThat(send(event("evt_whv_paid", "invoice.paid", "in_whv_1", "invoice"), WEBHOOK_SECRET, 0)).isEqualTo(200);
		assertThat(send(event("evt_whv_failed_late", "invoice.payment_failed", "in_whv_1", "invoice"), WEBHOOK_SECRET, 0))
			.isEqualTo(200);
		assertThat(account("03405000", "status")).isEqualTo("ACTIVE");
		assertThat(tenants.findByAgs("03405000").orElseThrow().getStatus().name()).isEqualTo("ACTIVE");
		assertThat(count("select count(*) from platform.invoice where id = 'in_whv_1' and status = 'paid'")).isEqualTo(1);

		fixtures.grant("bill-operator", null, Role.PLATFORM_OPERATOR);
		Api operator = Api.as(new Tokens(encoder).forSubject("bill-operator"));
		Api.Response view = operator.get("/api/v1/platform/councils/03405000/billing");
		assertThat(view.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(view.json().get("invoices").get(0).get("url").asString()).endsWith("/in_whv_1");
		Api.Response badOverride = operator.post("/api/v1/platform/councils/03405000/billing/override",
				Map.of("reason", "", "until", "2020-01-01T00:00:00Z"));
		assertThat(badOverride.status()).isEqualTo(400);
		assertThat(badOverride.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("reason", "until");
		Api.Response override = operator.post("/api/v1/platform/councils/03405000/billing/override",
				Map.of("reason", "Haushaltssperre, Zahlung zugesagt", "until", OffsetDateTime.now().plusDays(30).toString()));
		assertThat(override.status()).isEqualTo(200);
		assertThat(override.json().get("overrideReason").asString()).isEqualTo("Haushaltssperre, Zahlung zugesagt");
		assertThat(count("select count(*) from platform.audit_entry where target = '03405000' and action = 'billing.override'"))
			.isEqualTo(1);
		assertThat(city.getAgs()).isEqualTo("03405000");

		Api.Response badDetails = operator.put("/api/v1/platform/councils/03405000/billing/details",
				Map.of("leitwegId", "12345", "postalCode", "2638", "email", "rechnung"), null);
		assertThat(badDetails.status()).isEqualTo(400);
		assertThat(badDetails.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("leitwegId",
				"postalCode", "email");
		Api.Response details = operator.put("/api/v1/platform/councils/03405000/billing/details",
				Map.of("email", "rechnungen@wilhelmshaven.example", "addressLine", "Rathausplatz 1", "postalCode", "26382",
						"city", "Wilhelmshaven", "leitwegId", "03405000-001-91", "purchaseOrder", "BE-2026-117"), null);
		assertThat(details.status()).as(details.toString()).isEqualTo(200);
		assertThat(details.json().get("details").get("leitwegId").asString()).isEqualTo("03405000-001-91");
		Map<String, String> sent = stripe.customerUpdates.get(account("03405000", "stripe_customer_id"));
		assertThat(sent).containsEntry("invoice_settings[custom_fields][0][name]", "Leitweg-ID")
			.containsEntry("invoice_settings[custom_fields][0][value]", "03405000-001-91")
			.containsEntry("invoice_settings[custom_fields][1][value]", "BE-2026-117")
			.containsEntry("address[postal_code]", "26382");
	}

	@Test
	void anOperatorAllowsSepaDebitForACouncilAndSeesThePlans() throws Exception {
		fixtures.council("05111000");
		String subscription = stripe.subscriptionOf(awaitCustomer("05111000"));
		fixtures.grant("bill-operator", null, Role.PLATFORM_OPERATOR);
		Api operator = Api.as(new Tokens(encoder).forSubject("bill-operator"));
		String url = "/api/v1/platform/councils/05111000/billing/payment-methods";

		Api.Response missing = operator.put(url, Map.of(), null);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("sepaDebit");
		assertThat(stripe.subscriptions.get(subscription)).doesNotContainKey("payment_method_types");

		Api.Response on = operator.put(url, Map.of("sepaDebit", true), null);
		assertThat(on.status()).as(on.toString()).isEqualTo(200);
		assertThat(on.json().get("sepaDebit").asBoolean()).isTrue();
		assertThat(stripe.subscriptions.get(subscription).get("payment_method_types"))
			.isEqualTo(List.of("sepa_debit", "customer_balance"));
		assertThat(account("05111000", "sepa_debit")).isEqualTo("true");

		Api.Response off = operator.put(url, Map.of("sepaDebit", false), null);
		assertThat(off.json().get("sepaDebit").asBoolean()).isFalse();
		assertThat(stripe.subscriptions.get(subscription).get("payment_method_types")).isEqualTo(List.of());
		assertThat(count("select count(*) from platform.audit_entry where target = '05111000' and action = 'billing.sepa-debit'"))
			.isEqualTo(2);

		Api.Response plans = operator.get("/api/v1/platform/plans");
		assertThat(plans.status()).isEqualTo(200);
		assertThat(plans.json().get("configured").asBoolean()).isTrue();
		assertThat(plans.json().get("plans").findValuesAsString("plan")).containsExactly("MUNICIPALITY", "COUNTY_PACKAGE");
		assertThat(plans.json().get("plans").get(0).get("priceId").asString()).isNotBlank();
		assertThat(plans.json().get("plans").get(0).get("councils").get("TRIALING").asLong()).isGreaterThanOrEqualTo(1);

		fixtures.grant("bill-officer", "05111000", Role.MUNICIPAL_OFFICER);
		Api officer = Api.as(new Tokens(encoder).forSubject("bill-officer"));
		assertThat(officer.get("/api/v1/platform/plans").status()).isEqualTo(403);
		assertThat(officer.put(url, Map.of("sepaDebit", true), null).status()).isEqualTo(403);
		assertThat(account("05111000", "sepa_debit")).isEqualTo("false");
	}

	@Test
	void aThousandWebhooksWithDuplicatesReorderingAndForgeriesHaveExactlyTheEffectsOfTheValidOnes() throws Exception {
		fixtures.council("03401000");
		String subscription = stripe.subscriptionOf(awaitCustomer("03401000"));
		UniqueEvents plan = new UniqueEvents(subscription);
		long eventsBefore = count("select count(*) from platform.stripe_event");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			List<Integer> expected = new ArrayList<>();
			for (Delivery delivery : plan.deliveries) {
				calls.add(() -> send(delivery.payload(), delivery.secret(), delivery.ageSeconds(), delivery.tamper()));
				expected.add(delivery.valid() ? 200 : 400);
			}
			List<Future<Integer>> results = pool.invokeAll(calls);
			for (int i = 0; i < results.size(); i++) {
				assertThat(results.get(i).get()).as("delivery " + i + " " + plan.deliveries.get(i)).isEqualTo(expected.get(i));
			}
			assertThat(calls).hasSize(1000);
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("select count(*) from platform.invoice where id like 'in_dmh_%'")).isEqualTo(plan.unique);
		assertThat(count("select count(*) from platform.stripe_event") - eventsBefore).isEqualTo(plan.unique);
		assertThat(count("select count(*) from platform.invoice where id like 'in_forged_%'")).isZero();
	}

	/** One delivery: the event, how it is signed, and whether it must be accepted. */
	record Delivery(String payload, String secret, long ageSeconds, boolean tamper, boolean valid) {
	}

	/** Unique events, each delivered 1–8 times (shuffled, so copies run concurrently and out of order), and forgeries up to 1,000. */
	final class UniqueEvents {

		final List<Delivery> deliveries = new ArrayList<>();

		int unique;

		UniqueEvents(String subscription) {
			Random random = new Random(42);
			while (deliveries.size() < 850) { // about 190 unique events
				String invoice = "in_dmh_" + unique;
				stripe.invoice(invoice, subscription, "open", 5000 + unique);
				String payload = event("evt_dmh_" + unique, "invoice.finalized", invoice, "invoice");
				int copies = 1 + random.nextInt(8);
				for (int c = 0; c < copies && deliveries.size() < 850; c++) {
					deliveries.add(new Delivery(payload, WEBHOOK_SECRET, 0, false, true));
				}
				unique++;
			}
			for (int i = 0; deliveries.size() < 1000; i++) {
				stripe.invoice("in_forged_" + i, subscription, "open", 1);
				String payload = event("evt_forged_" + i, "invoice.finalized", "in_forged_" + i, "invoice");
				switch (i % 3) {
					case 0 -> deliveries.add(new Delivery(payload, WEBHOOK_SECRET, 0, true, false));
					case 1 -> deliveries.add(new Delivery(payload, "whsec_wrong", 0, false, false));
					default -> deliveries.add(new Delivery(payload, WEBHOOK_SECRET, 400, false, false));
				}
			}
			Collections.shuffle(deliveries, random);
		}
	}

	static String event(String id, String type, String objectId, String objectType) {
		return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\",\"type\":\""
				+ type + "\",\"created\":" + Instant.now().getEpochSecond() + ",\"livemode\":false,"
				+ "\"data\":{\"object\":{\"id\":\"" + objectId + "\",\"object\":\"" + objectType + "\"}}}";
	}

	static int send(String payload, String secret, long ageSeconds) throws Exception {
		return send(payload, secret, ageSeconds, false);
	}

	/** Signs as Stripe does: {@code t=<seconds>,v1=<hex HMAC-SHA256(secret, t.payload)>}; tampering changes the body after signing. */
	static int send(String payload, String secret, long ageSeconds, boolean tamper) throws Exception {
		long t = Instant.now().getEpochSecond() - ageSeconds;
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String signature = HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
		String body = tamper ? payload.replace("invoice.finalized", "invoice.paid") : payload;
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/webhooks/stripe"))
			.header("Content-Type", "application/json")
			.header("Stripe-Signature", "t=" + t + ",v1=" + signature)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode();
	}

	/** Billing follows onboarding in the background: wait until the account shows what is asked. */
	private String awaitAccount(String ags, String column, String expected) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(20);
		String value = account(ags, column);
		while (!java.util.Objects.equals(value, expected) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			value = account(ags, column);
		}
		return value;
	}

	private String awaitCustomer(String ags) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(20);
		String value = account(ags, "stripe_customer_id");
		while (value == null && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			value = account(ags, "stripe_customer_id");
		}
		return value;
	}

	private String account(String ags, String column) {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery("select b." + column + "::text from platform.billing_account b "
						+ "join platform.tenant t on t.id = b.tenant_id where t.ags = '" + ags + "'")) {
			return rs.next() ? rs.getString(1) : null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long count(String query) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
