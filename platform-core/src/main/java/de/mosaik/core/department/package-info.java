/** The administration's departments (Fachbereiche, Ämter) that later features name as responsible. */
package de.mosaik.core.department;
