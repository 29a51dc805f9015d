package de.mosaik.core.concept;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** A member municipality's adoptions of its county's framework. */
public interface FrameworkAdoptions extends JpaRepository<FrameworkAdoption, UUID> {
}
