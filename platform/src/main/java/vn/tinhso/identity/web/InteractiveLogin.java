package vn.tinhso.identity.web;

import org.springframework.security.authentication.AuthenticationManager;

/** The password check of the sign-in page: counted and audited every time, never answered from a cache. */
record InteractiveLogin(AuthenticationManager manager) {
}
