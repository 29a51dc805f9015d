package de.mosaik.admin.tenant;

import java.util.UUID;

/** A council was deleted; {@code parentId} is its county's tenant, if any. */
public record TenantDeleted(String ags, UUID parentId) {
}
