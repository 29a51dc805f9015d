package de.mosaik.core.network;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current municipality's proposals to its county. */
public interface Proposals extends JpaRepository<Proposal, UUID> {
}
