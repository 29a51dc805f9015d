package de.mosaik.admin.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Billing accounts by council. */
public interface BillingAccounts extends JpaRepository<BillingAccount, UUID> {

	Optional<BillingAccount> findByCustomerId(String customerId);

	Optional<BillingAccount> findBySubscriptionId(String subscriptionId);

	List<BillingAccount> findByStatusIn(List<BillingAccount.Status> statuses);
}
