/**
 * Organisation catalogue (danh mục cơ quan, đơn vị hành chính): administrative units, agencies and their staff, each
 * valid over a period of dates with successors, so both the pre-2025 three-level and today's two-level structure
 * answer correctly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation catalogue")
package vn.tinhso.organization;
