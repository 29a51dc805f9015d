package de.mosaik.admin.billing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Invoices by council. */
public interface Invoices extends JpaRepository<Invoice, String> {

	List<Invoice> findTop50ByTenantIdOrderByUpdatedAtDesc(UUID tenantId);
}
