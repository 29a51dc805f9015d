package de.mosaik.admin.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The official directory of all German councils, shipped with Mosaik (see {@code register/README.md}):
 * 294 counties, 106 kreisfreie Städte and 10,645 kreisangehörige municipalities.
 */
@Component
public class OfficialRegister {

	static final String RESOURCE = "/register/municipalities.csv";

	private final Map<String, RegisteredCouncil> byAgs;

	private final Map<String, List<RegisteredCouncil>> membersByCounty;

	public OfficialRegister() {
		this(OfficialRegister.class.getResourceAsStream(RESOURCE));
	}

	OfficialRegister(InputStream csv) {
		Map<String, RegisteredCouncil> councils = new LinkedHashMap<>();
		Map<String, List<RegisteredCouncil>> members = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (!"ags,name,kind,county_ags,state".equals(header)) {
				throw new IllegalStateException("Unexpected register header: " + header);
			}
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				RegisteredCouncil council = parse(line);
				councils.put(council.ags(), council);
				if (council.kind() == CouncilKind.MUNICIPALITY) {
					members.computeIfAbsent(council.countyAgs(), k -> new ArrayList<>()).add(council);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.byAgs = Collections.unmodifiableMap(councils);
		members.replaceAll((county, list) -> List.copyOf(list));
		this.membersByCounty = Collections.unmodifiableMap(members);
	}

	public Optional<RegisteredCouncil> find(String ags) {
		return Optional.ofNullable(byAgs.get(ags));
	}

	/** The member municipalities of a county, in the register's order (by key). */
	public List<RegisteredCouncil> membersOf(String countyAgs) {
		return membersByCounty.getOrDefault(countyAgs, List.of());
	}

	public int size() {
		return byAgs.size();
	}

	public List<RegisteredCouncil> all() {
		return List.copyOf(byAgs.values());
	}

	private static RegisteredCouncil parse(String line) {
		List<String> fields = CsvLine.split(line);
		String ags = fields.get(0);
		String name = fields.get(1);
		String countyAgs = fields.get(3);
		String state = fields.get(4);
		return switch (fields.get(2)) {
			case "county" -> new RegisteredCouncil(ags, name, CouncilKind.COUNTY, null, state);
			case "kreisfreie_stadt" -> new RegisteredCouncil(ags, name, CouncilKind.CITY, null, state);
			case "municipality" -> new RegisteredCouncil(ags, name, CouncilKind.MUNICIPALITY, countyAgs, state);
			default -> throw new IllegalStateException("Unknown kind in register line: " + line);
		};
	}
}
