package vn.tinhso.integration.consumer;

/** Whether a consumer may obtain and use tokens. */
public enum ConsumerStatus {
    ACTIVE,
    /** Thu hồi: for good. */
    REVOKED
}
