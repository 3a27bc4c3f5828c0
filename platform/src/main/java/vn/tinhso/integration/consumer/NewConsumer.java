package vn.tinhso.integration.consumer;

/** Registration of a consumer system by the agency that runs it. */
public record NewConsumer(String name, String agencyCode, String contact) {
}
