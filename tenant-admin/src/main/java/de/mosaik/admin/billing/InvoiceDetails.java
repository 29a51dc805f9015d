package de.mosaik.admin.billing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a German public body's invoices must carry: the postal address, the mailbox for invoices, the
 * Leitweg-ID for e-invoicing (XRechnung: coarse address, optional fine address, check digits) and the
 * purchase-order number.
 */
public record InvoiceDetails(
		@Email(message = "{billing.details.email}") @Size(max = 254) String email,
		@Size(max = 200, message = "{billing.details.addressLine}") String addressLine,
		@Pattern(regexp = "\\d{5}", message = "{billing.details.postalCode}") String postalCode,
		@Size(max = 100, message = "{billing.details.city}") String city,
		@Pattern(regexp = "\\d{2,12}(-[A-Za-z0-9]{1,30})?-\\d{2}", message = "{billing.details.leitwegId}") String leitwegId,
		@Size(max = 100, message = "{billing.details.purchaseOrder}") String purchaseOrder) {
}
