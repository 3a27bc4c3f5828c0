package vn.tinhso.integration.consumer;

/** What a consumer asks for; unset limits take 600 requests a minute and 100,000 a day. */
public record SubscriptionRequest(String serviceCode, Integer requestsPerMinute, Integer dailyQuota) {
}
