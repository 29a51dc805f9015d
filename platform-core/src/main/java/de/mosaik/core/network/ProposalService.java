package de.mosaik.core.network;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.tenancy.TenantKey;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's proposals to its county's directory. They stay in the municipality's schema; the
 * outcome is read from the county's {@code shared_network_decision} view, which shows each member only
 * the decisions on its own proposals.
 */
@Service
public class ProposalService {

	private final Proposals proposals;

	private final DirectoryService directory;

	private final CountyLink link;

	private final TenantSql sql;

	private final Clock clock;

	ProposalService(Proposals proposals, DirectoryService directory, CountyLink link, TenantSql sql, Clock clock) {
		this.proposals = proposals;
		this.directory = directory;
		this.link = link;
		this.sql = sql;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<ProposalView> list(Pageable pageable) {
		Page<Proposal> page = proposals.findAll(pageable);
		Map<UUID, ProposalView> outcomes = outcomes(page.getContent());
		return page.map(p -> outcomes.getOrDefault(p.getId(), new ProposalView(p, null, null, null, null)));
	}

	@Transactional(readOnly = true)
	public ProposalView get(UUID id) {
		Proposal proposal = proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
		return outcomes(List.of(proposal)).getOrDefault(id, new ProposalView(proposal, null, null, null, null));
	}

	@Transactional
	public ProposalView create(ProposalData data, String proposedBy) {
		Optional<TenantKey> county = link.county();
		if (county.isEmpty()) {
			throw new InvalidInputException("targetId", "proposal.noCounty");
		}
		String type = data.organisation().type().strip();
		if (directory.countyTypes().stream().noneMatch(t -> t.code().equals(type))) {
			throw new InvalidInputException("organisation.type", "proposal.type.unknown");
		}
		if (data.organisation().shared() != null && data.organisation().shared()) {
			throw new InvalidInputException("organisation.shared", "organisation.shared.countyOnly");
		}
		if (data.targetId() != null) {
			try {
				directory.countyOrganisation(data.targetId());
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException("targetId", "proposal.targetId.unknown");
			}
		}
		else if (sql.count("select count(*) from " + CountyLink.view(county.get(), "shared_organisation")
				+ " where lower(name) = lower(?)", List.of(data.organisation().name().strip())) > 0) {
			throw new InvalidInputException("organisation.name", "proposal.name.inDirectory");
		}
		Proposal proposal = proposals.saveAndFlush(new Proposal(data, proposedBy, OffsetDateTime.now(clock)));
		return new ProposalView(proposal, null, null, null, null);
	}

	/** A proposal the county has not decided on yet may be taken back. */
	@Transactional
	public void withdraw(UUID id, long expectedVersion) {
		ProposalView view = get(id);
		Texts.version(view.proposal().getVersion(), expectedVersion, "proposal", id);
		if (!view.pending()) {
			throw new InUseException("proposal", id, "proposal.alreadyDecided");
		}
		proposals.delete(view.proposal());
		proposals.flush();
	}

	private Map<UUID, ProposalView> outcomes(List<Proposal> of) {
		Map<UUID, ProposalView> result = new HashMap<>();
		Optional<TenantKey> county = link.county();
		if (of.isEmpty() || county.isEmpty()) {
			return result;
		}
		Map<UUID, Proposal> byId = new HashMap<>();
		of.forEach(p -> byId.put(p.getId(), p));
		sql.list("select proposal_id, outcome, reason, organisation_id, decided_at from "
				+ CountyLink.view(county.get(), "shared_network_decision") + " where proposal_id::text = any(?)",
				List.of(byId.keySet().stream().map(UUID::toString).toList()), rs -> {
					UUID id = TenantSql.uuid(rs, "proposal_id");
					result.put(id, new ProposalView(byId.get(id), ProposalOutcome.valueOf(rs.getString("outcome")),
							rs.getString("reason"), TenantSql.uuid(rs, "organisation_id"), TenantSql.time(rs, "decided_at")));
					return null;
				});
		return result;
	}
}
