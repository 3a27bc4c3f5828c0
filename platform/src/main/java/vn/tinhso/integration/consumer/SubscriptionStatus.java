package vn.tinhso.integration.consumer;

/** Đăng ký sử dụng dịch vụ: asked by the consumer, decided by the service's provider. */
public enum SubscriptionStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SUSPENDED
}
