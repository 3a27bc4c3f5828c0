package vn.tinhso.integration.consumer;

/**
 * A consumer's right to call one service (all its versions), with its rate limit and daily quota.
 *
 * @param requestsPerMinute sustained rate; bursts up to the same number of requests
 * @param dailyQuota        requests per rolling day
 */
public record Subscription(long id, String consumerKey, String serviceCode, SubscriptionStatus status,
        int requestsPerMinute, int dailyQuota, String decidedBy) {
}
