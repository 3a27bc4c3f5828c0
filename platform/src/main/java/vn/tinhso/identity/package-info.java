/**
 * Identity (định danh và xác thực): accounts of civil servants and citizens, sign-in, roles. For now HTTP Basic
 * and form sign-in against the platform's own accounts; single sign-on over OpenID Connect comes later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.tinhso.identity;
