package fi.digipolku.support.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * What an application says to people is in its bundle {@code i18n/messages_*}, in Finnish, Swedish and English alike,
 * and its code names every message by key ({@link MessageBundles}). Each application's {@code MessagesBundleTest}
 * extends this.
 */
public abstract class MessageBundlesContract {

    @Test
    void everyMessageIsInEveryLanguage() {
        MessageBundles.assertComplete("messages");
    }

    @Test
    void theCodeNamesMessagesByKey() {
        MessageBundles.assertCodeUsesKeys(Path.of("src/main/java"), "messages", "platform");
    }
}
