/** The registry of councils that are tenants: their hierarchy, status and schema version. */
package de.mosaik.admin.tenant;
