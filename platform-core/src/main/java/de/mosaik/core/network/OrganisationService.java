package de.mosaik.core.network;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.core.shared.MonitoringChanged;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.tenancy.CurrentTenant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's own organisations: a known type, a unique name, sharing only in a county. Deleting one
 * deletes its contact persons and offers with it.
 */
@Service
public class OrganisationService {

	private final Organisations organisations;

	private final OrganisationTypes types;

	private final OrganisationIndex index;

	private final CountyLink link;

	private final TenantSql sql;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final CurrentTenant tenant;

	OrganisationService(Organisations organisations, OrganisationTypes types, OrganisationIndex index, CountyLink link,
			TenantSql sql, Clock clock, ApplicationEventPublisher events, CurrentTenant tenant) {
		this.events = events;
		this.tenant = tenant;
		this.sql = sql;
		this.organisations = organisations;
		this.types = types;
		this.index = index;
		this.link = link;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Organisation get(UUID id) {
		return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
	}

	/** One of this county's shared organisations. */
	@Transactional(readOnly = true)
	public Optional<Organisation> findShared(UUID id) {
		return id == null ? Optional.empty() : organisations.findById(id).filter(Organisation::isShared);
	}

	@Transactional(readOnly = true)
	public OrganisationType typeOf(Organisation organisation) {
		return types.findById(organisation.getTypeId()).orElseThrow();
	}

	/** Whether this council keeps a county directory (and may mark entries shared). */
	public boolean isCounty() {
		return link.isCounty();
	}

	@Transactional
	public Organisation create(OrganisationData data) {
		OrganisationType type = check(data, null);
		Organisation organisation = new Organisation(type.getId(), data, OffsetDateTime.now(clock));
		index.refresh(organisation);
		countsChanged();
		return organisations.saveAndFlush(organisation);
	}

	@Transactional
	public Organisation update(UUID id, long expectedVersion, OrganisationData data) {
		Organisation organisation = get(id);
		Texts.version(organisation.getVersion(), expectedVersion, "organisation", id);
		OrganisationType type = check(data, id);
		organisation.apply(type.getId(), data, OffsetDateTime.now(clock));
		index.refresh(organisation);
		countsChanged();
		return organisations.saveAndFlush(organisation);
	}

	/** Its contact persons and offers are deleted with it (by the database), not kept anywhere. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Organisation organisation = get(id);
		Texts.version(organisation.getVersion(), expectedVersion, "organisation", id);
		organisations.delete(organisation);
		organisations.flush();
		countsChanged();
	}

	/** Monitoring counts organisations by type and area: its cached county dashboard must go. */
	private void countsChanged() {
		events.publishEvent(new MonitoringChanged(tenant.require()));
	}

	/**
	 * After a contact person or offer changed: what the organisation is found by. Not a new version of
	 * the organisation, so that adding a contact does not make somebody's open edit of it outdated.
	 */
	void partChanged(UUID organisationId) {
		OrganisationIndex.Index fresh = index.compute(get(organisationId));
		sql.update("update organisation set languages = ?::varchar[], area = ?::varchar[], search_text = ?, "
				+ "updated_at = ? where id = ?", List.of(fresh.languages(), fresh.area(), fresh.text(),
						OffsetDateTime.now(clock), organisationId));
		countsChanged();
	}

	OrganisationType check(OrganisationData data, UUID self) {
		OrganisationType type = types.findByCode(data.type().strip())
			.orElseThrow(() -> new InvalidInputException("type", "organisation.type.unknown"));
		if (Boolean.TRUE.equals(data.shared()) && !link.isCounty()) {
			throw new InvalidInputException("shared", "organisation.shared.countyOnly");
		}
		organisations.findByNameIgnoringCase(data.name().strip()).filter(o -> !o.getId().equals(self)).ifPresent(o -> {
			throw new DuplicateException("name", "organisation.name.duplicate");
		});
		return type;
	}
}
