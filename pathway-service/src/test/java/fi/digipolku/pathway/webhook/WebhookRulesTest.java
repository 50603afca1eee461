package fi.digipolku.pathway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.outbox.Backoff;

class WebhookRulesTest {

    @Test
    void urlsMustBeHttpsOrLocalhostWhenAllowed() {
        assertThat(WebhookRules.urlError("https://ehr.example.fi/hooks", false)).isNull();
        assertThat(WebhookRules.urlError("http://ehr.example.fi/hooks", true)).isNotNull();
        assertThat(WebhookRules.urlError("http://localhost:9999/hooks", false)).isNotNull();
        assertThat(WebhookRules.urlError("http://localhost:9999/hooks", true)).isNull();
        assertThat(WebhookRules.urlError("https://user:pw@ehr.example.fi/", false)).isNotNull();
        assertThat(WebhookRules.urlError("ftp://ehr.example.fi/", true)).isNotNull();
        assertThat(WebhookRules.urlError("not a url", true)).isNotNull();
    }

    @Test
    void onlyReviewedResourceTypesAreSubscribed() {
        assertThat(WebhookRules.unknownTypes(List.of("Observation", "QuestionnaireResponse"))).isEmpty();
        assertThat(WebhookRules.unknownTypes(List.of("Observation", "Patient"))).containsExactly("Patient");
    }

    @Test
    void backOffDoublesUpToTheMaximumAndParksAtTheLimit() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(5);
        assertThat(Backoff.delayAfter(1, initial, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.delayAfter(2, initial, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Backoff.delayAfter(3, initial, max)).isEqualTo(Duration.ofSeconds(120));
        assertThat(Backoff.delayAfter(10, initial, max)).isEqualTo(max);
        assertThat(WebhookRules.parks(7, 8)).isFalse();
        assertThat(WebhookRules.parks(8, 8)).isTrue();
    }

    @Test
    void aSignatureVerifiesOnlyWithTheSameSecretAndBody() {
        String header = WebhookSignature.header("whsec_abc", 1_700_000_000L, "{\"a\":1}");
        assertThat(header).startsWith("t=1700000000,v1=");
        assertThat(WebhookSignature.verify(header, "whsec_abc", "{\"a\":1}")).isTrue();
        assertThat(WebhookSignature.verify(header, "whsec_abd", "{\"a\":1}")).isFalse();
        assertThat(WebhookSignature.verify(header, "whsec_abc", "{\"a\":2}")).isFalse();
        assertThat(WebhookSignature.verify("t=1700000001," + header.substring(header.indexOf("v1=")), "whsec_abc",
                "{\"a\":1}")).isFalse();
    }
}
