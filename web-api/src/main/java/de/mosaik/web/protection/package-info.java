/**
 * Redis-backed protections of the API: rate limits per person and per tenant (429 with Retry-After;
 * fail open when Redis is away), and Idempotency-Key on POST (a retry returns the first response;
 * refused with 503 while Redis is away, since without it a retry could not be recognised).
 */
package de.mosaik.web.protection;
