package de.mosaik.web.network;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.core.network.Languages;

import org.springframework.stereotype.Component;

/** How the pages name languages and places: "Arabisch, Türkisch" rather than {@code ar, tr}. */
@Component("networkLabels")
public class NetworkLabels {

	private final OfficialRegister register;

	NetworkLabels(OfficialRegister register) {
		this.register = register;
	}

	public String languages(List<String> tags, Locale locale) {
		if (tags == null || tags.isEmpty()) {
			return "–";
		}
		return tags.stream().map(t -> Languages.displayName(t, locale)).collect(Collectors.joining(", "));
	}

	public String places(List<String> keys) {
		if (keys == null || keys.isEmpty()) {
			return "–";
		}
		return keys.stream().map(this::place).collect(Collectors.joining(", "));
	}

	public String place(String key) {
		return register.find(key).map(RegisteredCouncil::name).orElse(key);
	}

	/** The places an offer of this council may serve: its county and the county's municipalities. */
	List<RegisteredCouncil> areaChoices(String tenant) {
		String county = tenant.substring(0, 5);
		List<RegisteredCouncil> members = register.membersOf(county);
		if (members.isEmpty()) {
			return register.find(tenant).map(List::of).orElse(List.of());
		}
		return Stream.concat(register.find(county).stream(), members.stream()).toList();
	}
}
