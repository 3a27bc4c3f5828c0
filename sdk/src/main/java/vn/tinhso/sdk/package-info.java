/**
 * Java client for systems calling the provincial integration platform (LGSP) gateway: OAuth2 client-credentials
 * tokens fetched, cached and renewed; typed JSON calls with retries; asynchronous submission and status polling;
 * problem+json errors as typed exceptions. Works the same against the national platform simulator (NGSP).
 */
package vn.tinhso.sdk;
