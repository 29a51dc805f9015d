package de.mosaik.core.monitoring;

import java.util.Optional;

/**
 * The official directory of councils as monitoring needs it: names and kinds of keys, and which
 * districts belong to a Land. Provided by the application from the register it ships.
 */
public interface AreaDirectory {

	/**
	 * A current council by its key: a district by its 5-digit key (a county, or a kreisfreie Stadt by its
	 * district key), a municipality or kreisfreie Stadt by its 8-digit key.
	 */
	Optional<Area> find(String key);

	/** A council of the directory. */
	record Area(String key, String name, Kind kind, String state) {

		/** The 5-digit key statistics use for the district: the county's own, a city's first five digits, a municipality's county. */
		public String districtKey() {
			return key.substring(0, 5);
		}
	}

	/** The kinds of council. */
	enum Kind {
		COUNTY, CITY, MUNICIPALITY
	}
}
