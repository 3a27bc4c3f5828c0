/**
 * Provincial integration platform (LGSP, nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh): a registry of the services
 * agencies offer, consumers with short-lived scoped tokens, a gateway under {@code /gw/**} with quotas, resilience,
 * SOAP mediation and store-and-forward, a hash-chained and signed message log, and the connector to the national
 * platform (NGSP/NDXP).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration platform (LGSP)")
package vn.tinhso.integration;
