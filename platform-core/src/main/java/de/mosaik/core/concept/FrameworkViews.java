package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.core.tenancy.TenantKey;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * The only reads across tenant schemas, each through a view the other schema grants by convention: a
 * member reads its county's {@code shared_framework_*} views, a county its members'
 * {@code county_framework_*} views. They run on the request's own connection, under the caller's own
 * database role, so that the database refuses everything else. Schema names are built from tenant keys,
 * which are digits only.
 */
@Component
class FrameworkViews {

	@PersistenceContext
	private EntityManager em;

	/** Whether the current role may read the schema's view (the schema exists, is granted, has the view). */
	boolean readable(String schema, String view) {
		Object result = em.createNativeQuery("select exists (select 1 from pg_namespace n join pg_class c "
				+ "on c.relnamespace = n.oid where n.nspname = :schema and c.relname = :view "
				+ "and has_schema_privilege(n.oid, 'USAGE') and has_table_privilege(c.oid, 'SELECT'))")
			.setParameter("schema", schema)
			.setParameter("view", view)
			.getSingleResult();
		return Boolean.TRUE.equals(result);
	}

	long countReleases(TenantKey county) {
		return ((Number) em.createNativeQuery("select count(*) from " + county.schemaName() + ".shared_framework_release")
			.getSingleResult()).longValue();
	}

	List<FrameworkReleaseView> releases(TenantKey county, int offset, int limit) {
		List<?> rows = em.createNativeQuery("select id, number, concept_title, concept_edition, note, published_at from "
				+ county.schemaName() + ".shared_framework_release order by number desc offset :offset limit :limit")
			.setParameter("offset", offset)
			.setParameter("limit", limit)
			.getResultList();
		return rows.stream().map(r -> release((Object[]) r)).toList();
	}

	Optional<FrameworkReleaseView> release(TenantKey county, UUID id) {
		List<?> rows = em.createNativeQuery("select id, number, concept_title, concept_edition, note, published_at from "
				+ county.schemaName() + ".shared_framework_release where id = :id")
			.setParameter("id", id)
			.getResultList();
		return rows.stream().map(r -> release((Object[]) r)).findFirst();
	}

	List<FrameworkGoalView> goals(TenantKey county, UUID releaseId) {
		List<?> rows = em.createNativeQuery("select id, source_goal_id, field_name, field_description, field_position, "
				+ "title, description, target_value, target_unit, target_year from " + county.schemaName()
				+ ".shared_framework_goal where release_id = :release order by field_position, field_name, title, id")
			.setParameter("release", releaseId)
			.getResultList();
		return rows.stream().map(o -> {
			Object[] r = (Object[]) o;
			return new FrameworkGoalView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
					((Number) r[4]).intValue(), (String) r[5], (String) r[6], (BigDecimal) r[7], (String) r[8],
					r[9] == null ? null : ((Number) r[9]).intValue());
		}).toList();
	}

	/** The member schemas of the county whose framework views the county's role may read, by key. */
	List<TenantKey> readableMembers(TenantKey county) {
		List<?> rows = em.createNativeQuery("select n.nspname from pg_namespace n join pg_class c on c.relnamespace = n.oid "
				+ "where n.nspname like :pattern and c.relname = 'county_framework_progress' "
				+ "and has_schema_privilege(n.oid, 'USAGE') and has_table_privilege(c.oid, 'SELECT') order by n.nspname")
			.setParameter("pattern", "t\\_" + county.value() + "___")
			.getResultList();
		return rows.stream().map(s -> new TenantKey(((String) s).substring(2))).toList();
	}

	/** Each member's latest adoption, for the members that adopted. */
	Map<String, MemberAdoption> adoptions(List<TenantKey> members) {
		Map<String, MemberAdoption> result = new HashMap<>();
		if (members.isEmpty()) {
			return result;
		}
		List<String> parts = new ArrayList<>();
		for (TenantKey m : members) {
			parts.add("select '" + m.value() + "' as ags, release_id, release_number, adopted_at, concept_edition, "
					+ "concept_status from " + m.schemaName() + ".county_framework_adoption");
		}
		for (Object o : em.createNativeQuery(String.join(" union all ", parts)).getResultList()) {
			Object[] r = (Object[]) o;
			result.put((String) r[0], new MemberAdoption((UUID) r[1], ((Number) r[2]).intValue(), timestamp(r[3]),
					((Number) r[4]).intValue(), ConceptStatus.valueOf((String) r[5])));
		}
		return result;
	}

	/** Per member and goal of the county: the member's adopted goals and their measures by status. */
	Map<String, List<GoalProgress>> progress(List<TenantKey> members) {
		Map<String, List<GoalProgress>> result = new HashMap<>();
		if (members.isEmpty()) {
			return result;
		}
		List<String> parts = new ArrayList<>();
		for (TenantKey m : members) {
			parts.add("select '" + m.value() + "' as ags, source_goal_id, goals, planned, running, done, stopped from "
					+ m.schemaName() + ".county_framework_progress");
		}
		for (Object o : em.createNativeQuery(String.join(" union all ", parts)).getResultList()) {
			Object[] r = (Object[]) o;
			result.computeIfAbsent((String) r[0], k -> new ArrayList<>())
				.add(new GoalProgress((UUID) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
		}
		return result;
	}

	private static FrameworkReleaseView release(Object[] r) {
		return new FrameworkReleaseView((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2],
				((Number) r[3]).intValue(), (String) r[4], timestamp(r[5]));
	}

	private static long n(Object value) {
		return ((Number) value).longValue();
	}

	static OffsetDateTime timestamp(Object value) {
		if (value instanceof OffsetDateTime odt) {
			return odt;
		}
		if (value instanceof Instant instant) {
			return instant.atOffset(ZoneOffset.UTC);
		}
		return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
	}
}
