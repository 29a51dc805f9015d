package de.mosaik.web.councils;

import java.time.OffsetDateTime;

import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantStatus;

/** A council that is a tenant, as operators see it: never any of its content. */
record CouncilResponse(String ags, String name, CouncilKind kind, String parentAgs, TenantStatus status,
		String schemaVersion, MigrationState migrationState, String lastError, String suspensionReason,
		OffsetDateTime suspendedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	static CouncilResponse of(Tenant t) {
		String parent = t.getKind() == CouncilKind.MUNICIPALITY ? t.getAgs().substring(0, 5) : null;
		return new CouncilResponse(t.getAgs(), t.getName(), t.getKind(), parent, t.getStatus(), t.getSchemaVersion(),
				t.getMigrationState(), t.getLastError(), t.getSuspensionReason(), t.getSuspendedAt(), t.getCreatedAt(),
				t.getUpdatedAt());
	}
}
