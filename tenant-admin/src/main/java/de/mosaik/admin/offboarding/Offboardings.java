package de.mosaik.admin.offboarding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Offboardings under way (a finished one leaves only its {@link DeletionProof}). */
public interface Offboardings extends JpaRepository<Offboarding, UUID> {

	Optional<Offboarding> findByAgs(String ags);

	List<Offboarding> findByStatus(Offboarding.Status status);
}
