package de.mosaik.admin.billing;

import java.time.OffsetDateTime;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stripe events already applied. */
interface HandledEvents extends Repository<BillingAccount, java.util.UUID> {

	/**
	 * @return 1 when this is the first time, 0 for a duplicate; a concurrent copy waits for the first
	 * one's transaction and then finds the row
	 */
	@Modifying
	@Query(value = "insert into platform.stripe_event (id, type, received_at) values (:id, :type, :at) on conflict do nothing",
			nativeQuery = true)
	int record(String id, String type, OffsetDateTime at);

}
