/** Test infrastructure shared by the modules' integration tests: a real PostgreSQL for each test JVM. */
package de.mosaik.infra.testing;
