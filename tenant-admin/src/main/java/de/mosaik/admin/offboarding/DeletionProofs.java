package de.mosaik.admin.offboarding;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Proofs of deletion. */
public interface DeletionProofs extends JpaRepository<DeletionProof, UUID> {

	List<DeletionProof> findByAgsOrderByDeletedAtDesc(String ags);
}
