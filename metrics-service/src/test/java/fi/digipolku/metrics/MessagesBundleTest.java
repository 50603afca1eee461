package fi.digipolku.metrics;

import fi.digipolku.support.testing.MessageBundlesContract;

/** What metrics-service says to people is in its bundles, in Finnish, Swedish and English alike (see Messages). */
class MessagesBundleTest extends MessageBundlesContract {
}
