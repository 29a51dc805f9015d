package de.mosaik.core.network;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner organisation of the council's network; in a county's schema, shared ones form the county directory. */
@Entity
@Table(name = "organisation")
public class Organisation {

	@Id
	private UUID id;

	@Column(name = "type_id", nullable = false)
	private UUID typeId;

	@Column(nullable = false)
	private String name;

	private String description;

	private String street;

	@Column(name = "postal_code")
	private String postalCode;

	private String city;

	private String email;

	private String phone;

	private String website;

	@Column(nullable = false)
	private boolean shared;

	/** Of its offers and contact persons, kept by {@link OrganisationIndex}. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> languages = new ArrayList<>();

	/** The keys its offers serve, kept by {@link OrganisationIndex}. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> area = new ArrayList<>();

	@Column(name = "search_text", nullable = false)
	private String searchText = "";

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Organisation() {
	}

	Organisation(UUID typeId, OrganisationData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(typeId, data, now);
	}

	void apply(UUID typeId, OrganisationData data, OffsetDateTime now) {
		this.typeId = typeId;
		this.name = data.name().strip();
		this.description = Texts.blankToNull(data.description());
		this.street = Texts.blankToNull(data.street());
		this.postalCode = Texts.blankToNull(data.postalCode());
		this.city = Texts.blankToNull(data.city());
		this.email = Texts.blankToNull(data.email());
		this.phone = Texts.blankToNull(data.phone());
		this.website = Texts.blankToNull(data.website());
		this.shared = Boolean.TRUE.equals(data.shared());
		this.updatedAt = now;
	}

	void index(List<String> languages, List<String> area, String searchText) {
		this.languages = new ArrayList<>(languages);
		this.area = new ArrayList<>(area);
		this.searchText = searchText;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTypeId() {
		return typeId;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public String getStreet() {
		return street;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCity() {
		return city;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getWebsite() {
		return website;
	}

	public boolean isShared() {
		return shared;
	}

	public List<String> getLanguages() {
		return List.copyOf(languages);
	}

	public List<String> getArea() {
		return List.copyOf(area);
	}

	public OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	public OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}
