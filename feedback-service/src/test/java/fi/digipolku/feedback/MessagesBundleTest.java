package fi.digipolku.feedback;

import fi.digipolku.support.testing.MessageBundlesContract;

/** What feedback-service says to people is in its bundles, in Finnish, Swedish and English alike (see Messages). */
class MessagesBundleTest extends MessageBundlesContract {
}
