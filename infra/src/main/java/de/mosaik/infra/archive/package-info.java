/** Archives of a whole tenant schema: JSON and CSV per table with a manifest and checksums, and their restore. */
package de.mosaik.infra.archive;
