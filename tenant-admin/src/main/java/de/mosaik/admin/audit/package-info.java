/** The append-only platform audit log: who did what to which council, when; never tenant content. */
package de.mosaik.admin.audit;
