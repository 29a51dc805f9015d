package de.mosaik.core.network;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The county's decisions on its members' proposals. */
public interface Decisions extends JpaRepository<Decision, UUID> {

	Optional<Decision> findByMemberKeyAndProposalId(String memberKey, UUID proposalId);
}
