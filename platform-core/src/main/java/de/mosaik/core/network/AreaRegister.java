package de.mosaik.core.network;

import java.util.Optional;

/**
 * The official keys (AGS) an offer may serve and their names; the official register is the platform's,
 * so the application provides it.
 */
public interface AreaRegister {

	/** The council's name, empty for a key the register does not know. */
	Optional<String> name(String ags);
}
