package fi.digipolku.messaging.thread;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two sends of a message the same request, for its Idempotency-Key: the text as sent and, per file in the
 * order sent, its name and media type as the client gave them and the SHA-256 of its bytes. Only the hash of this is
 * kept. A text sent as JSON and the same text sent as multipart/form-data without files are the same request.
 */
record MessageFingerprint(String body, List<File> files) {

    /** One file of the request. */
    record File(String name, String mediaType, String sha256) {
    }

    static MessageFingerprint of(String body, List<AttachmentCheck.Upload> uploads) {
        return new MessageFingerprint(body, uploads.stream()
                .map(upload -> new File(upload.fileName(), upload.mediaType(), sha256(upload.content()))).toList());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
