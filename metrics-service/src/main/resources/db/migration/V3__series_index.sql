-- The effectiveness report reads the facts of one pathway and team at a time, for many of them in one query: this
-- index finds a series' facts of one type and days without reading any other series' (facts without a pathway are
-- kept under the nil UUID, as the daily counts are).
CREATE INDEX event_fact_by_series
    ON event_fact (team, (coalesce(definition_id, '00000000-0000-0000-0000-000000000000'::uuid)), event_type, day);
