package vn.tinhso.dossier;

/**
 * A document handed in with the dossier, against one of the procedure's required documents.
 *
 * @param documentId the required document's id in the procedure version
 * @param fileId     the stored scan or upload, if any
 * @param resultCode an earlier result of the same applicant reused instead of a copy ("provide once"), if any
 */
public record ReceivedDocument(String documentId, String name, int originals, int copies, String fileId,
        String resultCode) {

    ReceivedDocument withFile(String storedFile) {
        return new ReceivedDocument(documentId, name, originals, copies, storedFile, resultCode);
    }
}
