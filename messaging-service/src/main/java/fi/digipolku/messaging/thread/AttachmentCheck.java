package fi.digipolku.messaging.thread;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.Tika;

import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;

/**
 * Decides whether a file may travel with a message. The content type is read from the bytes (Apache Tika's magic
 * detection), never taken from the file name or the client's header, so a script renamed to {@code photo.jpg} is
 * refused.
 */
public final class AttachmentCheck {

    private static final Tika TIKA = new Tika();
    private static final int MAX_NAME_LENGTH = 200;

    private final int maxCount;
    private final int maxBytes;
    private final Set<String> allowedTypes;

    public AttachmentCheck(int maxCount, int maxBytes, Set<String> allowedTypes) {
        this.maxCount = maxCount;
        this.maxBytes = maxBytes;
        this.allowedTypes = Set.copyOf(allowedTypes);
    }

    /**
     * A file as uploaded. The media type is the one the client gave (null when none): it only tells a retry apart,
     * the type of the file is read from its bytes.
     */
    public record Upload(String fileName, String mediaType, byte[] content) {
    }

    /** A file that passed, with its detected type and a name safe to show and to put in a download header. */
    public record Accepted(String fileName, String contentType, byte[] content) {
    }

    /** The outcome: the accepted files, or every reason to refuse them. */
    public record Result(List<Accepted> accepted, List<FieldError> errors) {
    }

    public Result check(List<Upload> uploads) {
        List<FieldError> errors = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        if (uploads.size() > maxCount) {
            errors.add(new FieldError("file", Messages.text("attachment.too-many", maxCount)));
            return new Result(List.of(), errors);
        }
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String field = "file[" + i + "]";
            if (upload.content().length == 0) {
                errors.add(new FieldError(field, "attachment.empty"));
                continue;
            }
            if (upload.content().length > maxBytes) {
                errors.add(new FieldError(field, Messages.text("attachment.too-large", maxBytes / (1024 * 1024))));
                continue;
            }
            String type = detect(upload.content());
            if (!allowedTypes.contains(type)) {
                errors.add(new FieldError(field, "attachment.type-not-allowed"));
                continue;
            }
            accepted.add(new Accepted(safeName(upload.fileName(), i), type, upload.content()));
        }
        return new Result(errors.isEmpty() ? accepted : List.of(), errors);
    }

    /** A download header that keeps a Finnish file name (RFC 6266) with an ASCII fallback for old clients. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static String detect(byte[] content) {
        return TIKA.detect(content);
    }

    /**
     * The file name without any path, control or quote characters, shortened; a missing name becomes
     * {@code attachment-N}.
     */
    static String safeName(String fileName, int index) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\";]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "attachment-" + (index + 1);
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }
}
