package de.mosaik.web.network;

import java.util.Optional;

import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.core.network.AreaRegister;

import org.springframework.stereotype.Component;

/** The areas an offer may serve are the councils of the official register. */
@Component
class NetworkRegisterAreas implements AreaRegister {

	private final OfficialRegister register;

	NetworkRegisterAreas(OfficialRegister register) {
		this.register = register;
	}

	@Override
	public Optional<String> name(String ags) {
		return register.find(ags).map(RegisteredCouncil::name);
	}
}
