package fi.digipolku.metrics.report;

/** Views of one content item of a pathway: how often, and by how many distinct clients. */
public record ContentViews(String moduleKey, long views, long viewers) {
}
