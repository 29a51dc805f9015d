/**
 * Sign-in and access: the OAuth2 resource server for the API, the authorization-code login for the UI,
 * the built-in authorization server of the default run, and the check of every tenant URL against the
 * caller's memberships.
 */
package de.mosaik.web.security;
