package de.mosaik.core.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.tenancy.TenantKey;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as a council reads it: its own organisations and, for a member municipality, the
 * county's shared ones beside them, each marked with its source. The county's entries are read only
 * through the county's {@code shared_*} views; nothing here writes to the county.
 */
@Service
public class DirectoryService {

	/** What lists may be sorted by, and the SQL of each. */
	static final Map<String, String> SORTABLE = Map.of("name", "lower(d.name)", "type", "lower(d.type_name)", "city",
			"lower(d.city)", "source", "d.source", "updatedAt", "d.updated_at");

	static final int EXPORT_LIMIT = 20_000;

	/** The list's columns with no row: the county's entries asked for where there is no county directory. */
	private static final String NOTHING = "select 'OWN'::text as source, null::uuid as id, null::text as name, "
			+ "null::text as type_code, null::text as type_name, null::text as city, null::text as email, "
			+ "null::text as phone, null::text as website, null::text[] as languages, null::text[] as area, "
			+ "false as shared, null::timestamptz as updated_at where false";

	private final TenantSql sql;

	private final CountyLink link;

	DirectoryService(TenantSql sql, CountyLink link) {
		this.sql = sql;
		this.link = link;
	}

	/** Whether this council reads a county directory beside its own. */
	@Transactional(readOnly = true)
	public boolean hasCountyDirectory() {
		return link.county().isPresent();
	}

	@Transactional(readOnly = true)
	public Page<DirectoryEntry> search(DirectoryFilter filter, Pageable pageable) {
		List<Object> params = new ArrayList<>();
		String union = union(filter, params);
		long total = sql.count("select count(*) from (" + union + ") d", params);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<DirectoryEntry> content = sql.list("select * from (" + union + ") d order by " + order(pageable.getSort())
				+ " limit ? offset ?", pageParams, DirectoryService::entry);
		return new PageImpl<>(content, pageable, total);
	}

	private String union(DirectoryFilter filter, List<Object> params) {
		List<String> parts = new ArrayList<>();
		if (filter.source() != Source.COUNTY) {
			StringBuilder own = new StringBuilder("select 'OWN' as source, o.id, o.name, t.code as type_code, "
					+ "t.name as type_name, o.city, o.email, o.phone, o.website, o.languages, o.area, o.shared, o.updated_at "
					+ "from organisation o join organisation_type t on t.id = o.type_id where true");
			conditions(own, params, filter, "o.search_text", "t.code", "o.languages", "o.area");
			if (filter.shared() != null) {
				own.append(" and o.shared = ?");
				params.add(filter.shared());
			}
			parts.add(own.toString());
		}
		Optional<TenantKey> county = filter.source() == Source.OWN || filter.shared() != null ? Optional.empty()
				: link.county();
		if (county.isPresent()) {
			StringBuilder shared = new StringBuilder("select 'COUNTY' as source, s.id, s.name, s.type_code, s.type_name, "
					+ "s.city, s.email, s.phone, s.website, s.languages, s.area, true as shared, s.updated_at from "
					+ CountyLink.view(county.get(), "shared_organisation") + " s where true");
			conditions(shared, params, filter, "s.search_text", "s.type_code", "s.languages", "s.area");
			parts.add(shared.toString());
		}
		if (parts.isEmpty()) {
			parts.add(NOTHING);
		}
		return String.join(" union all ", parts);
	}

	private static void conditions(StringBuilder where, List<Object> params, DirectoryFilter filter, String text,
			String type, String languages, String area) {
		String query = SearchQuery.of(filter.text());
		if (query != null) {
			where.append(" and to_tsvector('simple', ").append(text).append(") @@ to_tsquery('simple', ?)");
			params.add(query);
		}
		if (filter.type() != null && !filter.type().isBlank()) {
			where.append(" and ").append(type).append(" = ?");
			params.add(filter.type().strip());
		}
		if (filter.language() != null && !filter.language().isBlank()) {
			// "fa" also finds Dari written fa-AF: a language finds its regional variants
			String tag = Languages.normalise(filter.language()).orElse(filter.language().strip());
			where.append(" and exists (select 1 from unnest(").append(languages).append(") l where l = ? or l like ?)");
			params.add(tag);
			params.add(tag.replace("%", "").replace("_", "") + "-%");
		}
		if (filter.area() != null && !filter.area().isBlank()) {
			where.append(" and ? = any(").append(area).append(")");
			params.add(filter.area().strip());
		}
	}

	static String order(Sort sort) {
		List<String> parts = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORTABLE.get(order.getProperty());
			if (column != null) {
				parts.add(column + (order.isDescending() ? " desc nulls last" : " asc nulls last"));
			}
		}
		parts.add("lower(d.name)");
		parts.add("d.id");
		return String.join(", ", parts);
	}

	private static DirectoryEntry entry(ResultSet rs) throws SQLException {
		return new DirectoryEntry(Source.valueOf(rs.getString("source")), TenantSql.uuid(rs, "id"), rs.getString("name"),
				rs.getString("type_code"), rs.getString("type_name"), rs.getString("city"), rs.getString("email"),
				rs.getString("phone"), rs.getString("website"), TenantSql.strings(rs, "languages"),
				TenantSql.strings(rs, "area"), rs.getBoolean("shared"), TenantSql.time(rs, "updated_at"));
	}

	/** One organisation of the county's shared directory, with its offers, contacts and working groups. */
	@Transactional(readOnly = true)
	public CountyOrganisation countyOrganisation(UUID id) {
		TenantKey county = link.county().orElseThrow(() -> new NotFoundException("organisation", id));
		return sql.one("select * from " + CountyLink.view(county, "shared_organisation") + " where id = ?", List.of(id),
				rs -> new CountyOrganisation(id, rs.getString("name"), rs.getString("type_code"),
						rs.getString("type_name"), rs.getString("description"), rs.getString("street"),
						rs.getString("postal_code"), rs.getString("city"), rs.getString("email"), rs.getString("phone"),
						rs.getString("website"), TenantSql.strings(rs, "languages"), TenantSql.strings(rs, "area"),
						TenantSql.time(rs, "updated_at"), offers(county, id), contacts(county, id), groups(county, id)))
			.orElseThrow(() -> new NotFoundException("organisation", id));
	}

	private List<CountyOrganisation.SharedOffer> offers(TenantKey county, UUID organisation) {
		return sql.list("select * from " + CountyLink.view(county, "shared_offer")
				+ " where organisation_id = ? order by lower(topic), id", List.of(organisation),
				rs -> new CountyOrganisation.SharedOffer(TenantSql.uuid(rs, "id"), rs.getString("topic"),
						rs.getString("description"), TenantSql.strings(rs, "target_groups"),
						TenantSql.strings(rs, "languages"), TenantSql.strings(rs, "area")));
	}

	private List<CountyOrganisation.SharedContact> contacts(TenantKey county, UUID organisation) {
		return sql.list("select * from " + CountyLink.view(county, "shared_contact")
				+ " where organisation_id = ? order by lower(name), id", List.of(organisation), DirectoryService::contact);
	}

	private static CountyOrganisation.SharedContact contact(ResultSet rs) throws SQLException {
		return new CountyOrganisation.SharedContact(TenantSql.uuid(rs, "id"), rs.getString("name"),
				rs.getString("function"), rs.getString("email"), rs.getString("phone"), TenantSql.strings(rs, "languages"));
	}

	private List<CountyOrganisation.GroupRef> groups(TenantKey county, UUID organisation) {
		return sql.list("select g.id, g.name from " + CountyLink.view(county, "shared_working_group") + " g join "
				+ CountyLink.view(county, "shared_working_group_member")
				+ " m on m.working_group_id = g.id where m.organisation_id = ? order by lower(g.name)", List.of(organisation),
				rs -> new CountyOrganisation.GroupRef(TenantSql.uuid(rs, "id"), rs.getString("name")));
	}

	/** The county's shared working groups (few: listed whole). */
	@Transactional(readOnly = true)
	public List<CountyWorkingGroup> countyWorkingGroups() {
		Optional<TenantKey> county = link.county();
		if (county.isEmpty()) {
			return List.of();
		}
		List<CountyWorkingGroup> groups = sql.list("select * from " + CountyLink.view(county.get(), "shared_working_group")
				+ " order by lower(name), id", List.of(), rs -> new CountyWorkingGroup(TenantSql.uuid(rs, "id"),
						rs.getString("name"), rs.getString("description"), new ArrayList<>()));
		Map<UUID, CountyWorkingGroup> byId = new LinkedHashMap<>();
		groups.forEach(g -> byId.put(g.id(), g));
		sql.list("select m.working_group_id, o.id, o.name from " + CountyLink.view(county.get(), "shared_working_group_member")
				+ " m join " + CountyLink.view(county.get(), "shared_organisation")
				+ " o on o.id = m.organisation_id order by lower(o.name)", List.of(), rs -> {
					CountyWorkingGroup group = byId.get(TenantSql.uuid(rs, "working_group_id"));
					if (group != null) {
						group.members().add(new CountyOrganisation.GroupRef(TenantSql.uuid(rs, "id"), rs.getString("name")));
					}
					return null;
				});
		return groups;
	}

	/** The languages the directory's organisations offer or are reached in, own and the county's. */
	@Transactional(readOnly = true)
	public List<String> languagesInUse() {
		String sql = "select distinct unnest(languages) as tag from organisation";
		Optional<TenantKey> county = link.isCounty() ? Optional.empty() : link.county();
		if (county.isPresent()) {
			sql += " union select distinct unnest(languages) from " + CountyLink.view(county.get(), "shared_organisation");
		}
		return this.sql.list("select tag from (" + sql + ") t order by tag", List.of(), rs -> rs.getString(1));
	}

	/** The county's organisation types, which a proposal to the county names. */
	@Transactional(readOnly = true)
	public List<CountyType> countyTypes() {
		Optional<TenantKey> county = link.county();
		if (county.isEmpty()) {
			return List.of();
		}
		return sql.list("select code, name from " + CountyLink.view(county.get(), "shared_organisation_type")
				+ " order by position, lower(name)", List.of(), rs -> new CountyType(rs.getString("code"), rs.getString("name")));
	}

	/** A type of the county's directory. */
	public record CountyType(String code, String name) {
	}

	/** A shared working group of the county with its shared member organisations. */
	public record CountyWorkingGroup(UUID id, String name, String description,
			List<CountyOrganisation.GroupRef> members) {
	}

	/** Everything the directory shows (own, and the county's for a member), for the CSV and vCard exports. */
	@Transactional(readOnly = true)
	public List<ExportedOrganisation> export() {
		List<ExportedOrganisation> result = new ArrayList<>(export(Source.OWN, "organisation o join organisation_type t "
				+ "on t.id = o.type_id", "t.code", "t.name", "offer", "contact_person"));
		link.county().ifPresent(county -> result.addAll(export(Source.COUNTY,
				CountyLink.view(county, "shared_organisation") + " o", "o.type_code", "o.type_name",
				CountyLink.view(county, "shared_offer"), CountyLink.view(county, "shared_contact"))));
		return result;
	}

	private List<ExportedOrganisation> export(Source source, String organisations, String typeCode, String typeName,
			String offers, String contacts) {
		Map<UUID, List<String>> topics = new LinkedHashMap<>();
		sql.list("select organisation_id, topic from " + offers + " order by lower(topic)", List.of(), rs -> topics
			.computeIfAbsent(TenantSql.uuid(rs, "organisation_id"), k -> new ArrayList<>())
			.add(rs.getString("topic")));
		Map<UUID, List<CountyOrganisation.SharedContact>> people = new LinkedHashMap<>();
		sql.list("select * from " + contacts + " order by lower(name)", List.of(), rs -> people
			.computeIfAbsent(TenantSql.uuid(rs, "organisation_id"), k -> new ArrayList<>())
			.add(contact(rs)));
		return sql.list("select o.*, " + typeCode + " as x_type_code, " + typeName + " as x_type_name from " + organisations
				+ " order by lower(o.name), o.id limit " + EXPORT_LIMIT, List.of(), rs -> {
					UUID id = TenantSql.uuid(rs, "id");
					return new ExportedOrganisation(source, id, rs.getString("name"), rs.getString("x_type_code"),
							rs.getString("x_type_name"), rs.getString("description"), rs.getString("street"),
							rs.getString("postal_code"), rs.getString("city"), rs.getString("email"), rs.getString("phone"),
							rs.getString("website"), topics.getOrDefault(id, List.of()), TenantSql.strings(rs, "languages"),
							TenantSql.strings(rs, "area"), people.getOrDefault(id, List.of()));
				});
	}
}
