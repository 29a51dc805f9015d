package de.mosaik.web.network;

import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;

import org.springframework.stereotype.Component;

/** The names of member municipalities, from the official register (a tenant request cannot read the platform). */
@Component
class MemberNames {

	private final OfficialRegister register;

	MemberNames(OfficialRegister register) {
		this.register = register;
	}

	String of(String ags) {
		return register.find(ags).map(RegisteredCouncil::name).orElse(ags);
	}
}
