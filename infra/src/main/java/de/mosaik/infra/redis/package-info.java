/** Redis through Lettuce: fail fast while disconnected, keys that always carry a prefix, and the embedded server of the default run. */
package de.mosaik.infra.redis;
