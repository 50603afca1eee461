package fi.digipolku.messaging.thread;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

import fi.digipolku.messaging.Enrollments;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AttachmentResourceTest {

    static final byte[] PNG = bytes(new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
            'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89});
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final String nurse = TestTokens.professional("nurse-1", "weight-team");
    private final String otherTeam = TestTokens.professional("physio-1", "osteoporosis-team");
    private String clientToken;
    private String thread;

    @BeforeEach
    void setUp() {
        String client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        UUID enrollment = Enrollments.followed(client, "weight-team");
        thread = ThreadResourceTest.open(clientToken,
                Map.of("enrollmentId", enrollment, "topic", "Ihottuma", "body", "Kuva liitteenä")).statusCode(201)
                .extract().path("id");
    }

    private RequestSpecification multipart(String token) {
        return given().auth().oauth2(token).contentType("multipart/form-data");
    }

    @Test
    void aPhotoAndAPdfTravelWithTheMessageAndComeBackAsStored() {
        String href = multipart(clientToken).multiPart("body", "Tässä kuva ja lähete")
                .multiPart("file", "ihottuma.png", PNG, "application/octet-stream")
                .multiPart("file", "lähete.pdf", PDF, "application/pdf")
                .post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(201)
                .body("attachments", hasSize(2)).body("attachments.contentType", org.hamcrest.Matchers
                        .containsInAnyOrder("image/png", "application/pdf"))
                .extract().path("attachments.find { it.contentType == 'image/png' }.href");

        byte[] stored = given().auth().oauth2(nurse).get(href).then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", containsString("filename=\"ihottuma.png\""))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(stored).isEqualTo(PNG);
        given().auth().oauth2(otherTeam).get(href).then().statusCode(404);
        given().auth().oauth2(clientToken).get(href.replaceAll("attachments/.*", "attachments/" + UUID.randomUUID()))
                .then().statusCode(404);
    }

    @Test
    void aFileWithoutTextIsAMessageToo() {
        multipart(clientToken).multiPart("file", "kuva.png", PNG, "image/png")
                .post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(201)
                .body("body", equalTo("")).body("attachments", hasSize(1));
    }

    @Test
    void aFileUnderAnotherFieldNameIsRefusedNotDropped() {
        multipart(clientToken).multiPart("body", "Tässä ihottuma").multiPart("files", "kuva.png", PNG, "image/png")
                .post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("files"))
                .body("errors[0].message", equalTo("tiedosto lähetetään kentässä file; tällä nimellä sitä ei oteta"
                        + " vastaan eikä viestiä lähetetty"));
        given().auth().oauth2(clientToken).get(ThreadResourceTest.PATH + "/" + thread + "/messages").then()
                .statusCode(200).body("items.body", not(hasItem("Tässä ihottuma"))).body("total", equalTo(1));
    }

    @Test
    void theTypeIsReadFromTheBytesNotFromTheName() {
        multipart(clientToken).header("Accept-Language", "en").multiPart("body", "Katso")
                .multiPart("file", "kuva.jpg", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8),
                        "image/jpeg")
                .post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file[0]"))
                .body("errors[0].message", containsString("not an image"));
    }

    @Test
    void tooLargeTooManyOrEmptyFilesAreRefused() {
        byte[] large = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        multipart(clientToken).header("Accept-Language", "en").multiPart("body", "Iso")
                .multiPart("file", "iso.png", large, "image/png")
                .post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(400)
                .body("errors[0].message", containsString("larger than 5 MiB"));
        var request = multipart(clientToken).header("Accept-Language", "en").multiPart("body", "Monta");
        for (int i = 0; i < 4; i++) {
            request.multiPart("file", "kuva" + i + ".png", PNG, "image/png");
        }
        request.post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(400)
                .body("errors[0].message", containsString("at most 3"));
        multipart(clientToken).multiPart("body", "Tyhjä").multiPart("file", "tyhja.png", new byte[0], "image/png")
                .post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(400);
        multipart(clientToken).multiPart("body", "")
                .post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(400);
        given().auth().oauth2(clientToken).get(ThreadResourceTest.PATH + "/" + thread + "/messages").then()
                .body("total", equalTo(1));
    }

    @Test
    void anotherTeamCannotPostFiles() {
        multipart(otherTeam).multiPart("file", "kuva.png", PNG, "image/png")
                .post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(404);
        multipart(TestTokens.admin("admin")).multiPart("file", "kuva.png", PNG, "image/png")
                .post(ThreadResourceTest.PATH + "/" + thread + "/messages").then().statusCode(403);
    }

    private static byte[] bytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
