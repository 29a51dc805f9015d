package de.mosaik.core.monitoring;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The uploaded files of the current tenant's imports. */
public interface ImportFiles extends JpaRepository<ImportFile, UUID> {
}
