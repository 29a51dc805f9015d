package de.mosaik.core.concept;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The organisations of the council's own partner network, as measures name them. */
@Component
class NetworkOrganisations {

	private final LinkedSql sql;

	NetworkOrganisations(LinkedSql sql) {
		this.sql = sql;
	}

	List<OrganisationChoice> all() {
		return sql.list("select id, name from organisation order by lower(name), id", List.of(),
				rs -> new OrganisationChoice(rs.getObject("id", UUID.class), rs.getString("name")));
	}

	Map<UUID, String> names(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return sql.list("select id, name from organisation where id = any(?)", List.of(List.copyOf(ids)),
				rs -> new OrganisationChoice(rs.getObject("id", UUID.class), rs.getString("name")))
			.stream()
			.collect(Collectors.toMap(OrganisationChoice::id, OrganisationChoice::name));
	}
}
