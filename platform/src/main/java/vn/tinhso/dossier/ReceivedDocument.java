package vn.tinhso.dossier;

/**
 * A document handed in with the dossier, against one of the procedure's required documents.
 *
 * @param documentId the required document's id in the procedure version
 * @param fileId     the stored scan or upload, if any
 */
public record ReceivedDocument(String documentId, String name, int originals, int copies, String fileId) {
}
