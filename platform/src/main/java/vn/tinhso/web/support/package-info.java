/** What every page shares: the sign-in chain, the language toggle, error pages, formatting for templates. */
package vn.tinhso.web.support;
