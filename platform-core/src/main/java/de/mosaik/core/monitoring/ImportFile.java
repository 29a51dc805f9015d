package de.mosaik.core.monitoring;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded file, apart from the import so that lists do not read them. */
@Entity
@Table(name = "statistics_import_file")
public class ImportFile {

	@Id
	@Column(name = "import_id")
	private UUID importId;

	@Column(nullable = false)
	private byte[] content;

	protected ImportFile() {
	}

	ImportFile(UUID importId, byte[] content) {
		this.importId = importId;
		this.content = content;
	}

	byte[] content() {
		return content;
	}
}
