package de.mosaik.web.billing;

import java.util.Map;

import de.mosaik.admin.billing.BillingGateway;
import de.mosaik.admin.billing.BillingService;
import de.mosaik.web.problem.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Billing")
class StripeWebhook {

	private final BillingGateway stripe;

	private final BillingService billing;

	StripeWebhook(BillingGateway stripe, BillingService billing) {
		this.stripe = stripe;
		this.billing = billing;
	}

	@PostMapping(path = "/webhooks/stripe", consumes = "application/json")
	@Operation(summary = "Stripe's webhook", description = "Signature checked on the raw body (Stripe-Signature, "
			+ "tolerance 300 s); each event applied once, from the object's current state")
	ResponseEntity<?> receive(@RequestBody String payload,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		if (!billing.enabled()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Problems.of(HttpStatus.NOT_FOUND, "billing-not-configured", "Not Found", "Billing is not configured."));
		}
		BillingGateway.Event event;
		try {
			event = stripe.verify(payload, signature == null ? "" : signature);
		}
		catch (BillingGateway.InvalidSignature ex) {
			return ResponseEntity.badRequest()
				.body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-signature", "Bad Request",
						"Stripe-Signature: the signature or its timestamp is not valid."));
		}
		boolean first = billing.handle(event);
		return ResponseEntity.ok(Map.of("received", true, "duplicate", !first));
	}
}
