package de.mosaik.web.monitoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.core.monitoring.AreaDirectory;

import org.springframework.stereotype.Component;

/** Monitoring's view of the official register: districts by their 5-digit key, councils by their own. */
@Component
class RegisterAreas implements AreaDirectory {

	private final Map<String, Area> byKey = new HashMap<>();

	private final Map<String, Area> cityByDistrict = new HashMap<>();

	RegisterAreas(OfficialRegister register) {
		for (RegisteredCouncil c : register.all()) {
			Area area = new Area(c.ags(), c.name(), switch (c.kind()) {
				case COUNTY -> Kind.COUNTY;
				case CITY -> Kind.CITY;
				case MUNICIPALITY -> Kind.MUNICIPALITY;
			}, c.state());
			byKey.put(c.ags(), area);
			if (area.kind() == Kind.CITY) {
				cityByDistrict.put(area.districtKey(), area);
			}
		}
	}

	@Override
	public Optional<Area> find(String key) {
		if (key == null) {
			return Optional.empty();
		}
		Area area = byKey.get(key);
		return Optional.ofNullable(area != null ? area : cityByDistrict.get(key));
	}
}
