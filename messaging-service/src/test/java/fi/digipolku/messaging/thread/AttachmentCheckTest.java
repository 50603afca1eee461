package fi.digipolku.messaging.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AttachmentCheckTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I',
            'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
    private static final byte[] HEIC = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i',
            'f', '1', 'h', 'e', 'i', 'c'};

    private final AttachmentCheck check = new AttachmentCheck(3, 1024,
            Set.of("image/jpeg", "image/png", "image/heic", "application/pdf"));

    @Test
    void imagesAndPdfsAreRecognisedFromTheirBytes() {
        var result = check.check(List.of(new AttachmentCheck.Upload("photo", null, JPEG),
                new AttachmentCheck.Upload("IMG_0001.HEIC", null, HEIC),
                new AttachmentCheck.Upload("lab.pdf", null, AttachmentResourceTest.PDF)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).extracting(AttachmentCheck.Accepted::contentType)
                .containsExactly("image/jpeg", "image/heic", "application/pdf");
    }

    @Test
    void otherContentIsRefusedWhateverItsName() {
        var result = check.check(List.of(new AttachmentCheck.Upload("kuva.png", null,
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                new AttachmentCheck.Upload("ok.jpg", null, JPEG)));
        assertThat(result.accepted()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("file[0]");
            assertThat(e.message()).isEqualTo("attachment.type-not-allowed");
        });
    }

    /** Outside a request the limits are told in Finnish, the default language. */
    @Test
    void sizeAndCountAreLimited() {
        assertThat(check.check(List.of(new AttachmentCheck.Upload("big.jpg", null, new byte[1025]))).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("on suurempi kuin 0 MiB"));
        var four = List.of(new AttachmentCheck.Upload("1", null, JPEG), new AttachmentCheck.Upload("2", null, JPEG),
                new AttachmentCheck.Upload("3", null, JPEG), new AttachmentCheck.Upload("4", null, JPEG));
        assertThat(check.check(four).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("enintään 3 tiedostoa viestiä kohden"));
    }

    @Test
    void fileNamesLoseTheirPathsAndHeaderBreakingCharacters() {
        assertThat(AttachmentCheck.safeName("C:\\Users\\x\\lähete.pdf", 0)).isEqualTo("lähete.pdf");
        assertThat(AttachmentCheck.safeName("../../etc/passwd", 0)).isEqualTo("passwd");
        assertThat(AttachmentCheck.safeName("a\"b;\r\nc.png", 0)).isEqualTo("a_b___c.png");
        assertThat(AttachmentCheck.safeName(null, 1)).isEqualTo("attachment-2");
        assertThat(AttachmentCheck.contentDisposition("lähete 1.pdf"))
                .isEqualTo("attachment; filename=\"l_hete 1.pdf\"; filename*=UTF-8''l%C3%A4hete%201.pdf");
    }
}
