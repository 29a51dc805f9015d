package de.mosaik.web.network;

import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;

import org.springframework.stereotype.Component;

/** The names of member municipalities, from the official register (a tenant request cannot read the platform). */
@Component
public class MemberNames {

	private final OfficialRegister register;

	MemberNames(OfficialRegister register) {
		this.register = register;
	}

	public String of(String ags) {
		return register.find(ags).map(RegisteredCouncil::name).orElse(ags);
	}
}
