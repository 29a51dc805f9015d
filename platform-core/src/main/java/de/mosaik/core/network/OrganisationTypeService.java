package de.mosaik.core.network;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's list of organisation types: the common ones from the start, more as the council needs. */
@Service
public class OrganisationTypeService {

	private final OrganisationTypes types;

	private final Clock clock;

	OrganisationTypeService(OrganisationTypes types, Clock clock) {
		this.types = types;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<OrganisationType> list() {
		return types.ordered();
	}

	@Transactional(readOnly = true)
	public OrganisationType get(UUID id) {
		return types.findById(id).orElseThrow(() -> new NotFoundException("organisationType", id));
	}

	@Transactional
	public OrganisationType create(OrganisationTypeData data) {
		checkName(data.name(), null);
		String code = code(data.name());
		if (code.isEmpty() || types.findByCode(code).isPresent()) {
			throw new DuplicateException("name", "organisationType.name.duplicate");
		}
		return types.save(new OrganisationType(code, data, OffsetDateTime.now(clock)));
	}

	@Transactional
	public OrganisationType update(UUID id, long expectedVersion, OrganisationTypeData data) {
		OrganisationType type = get(id);
		Texts.version(type.getVersion(), expectedVersion, "organisationType", id);
		checkName(data.name(), id);
		type.apply(data, OffsetDateTime.now(clock));
		return types.saveAndFlush(type);
	}

	@Transactional
	public void delete(UUID id, long expectedVersion) {
		OrganisationType type = get(id);
		Texts.version(type.getVersion(), expectedVersion, "organisationType", id);
		if (types.inUse(id)) {
			throw new InUseException("organisationType", id, "organisationType.inUse");
		}
		types.delete(type);
	}

	private void checkName(String name, UUID self) {
		types.findByNameIgnoringCase(name.strip()).filter(t -> !t.getId().equals(self)).ifPresent(t -> {
			throw new DuplicateException("name", "organisationType.name.duplicate");
		});
	}

	/** "Sport-Verein (Jugend)" becomes "sport-verein-jugend"; umlauts as ae, oe, ue, ss. */
	static String code(String name) {
		String german = name.strip()
			.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String code = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return code.length() > 40 ? code.substring(0, 40).replaceAll("-+$", "") : code;
	}
}
