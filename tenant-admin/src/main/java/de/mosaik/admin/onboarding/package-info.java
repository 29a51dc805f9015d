/** Onboarding councils from the official register: one at a time, or a whole county as a job with progress. */
package de.mosaik.admin.onboarding;
