package de.mosaik.admin.tenant;

import java.util.UUID;

/** A council's tenant became ACTIVE for the first time (published inside the provisioning transaction). */
public record TenantActivated(UUID tenantId) {
}
