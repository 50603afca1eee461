-- Answers wait in a pool, apart from their requests, until a batch of the same pathway can be stored together
-- (response/ResponsePool). The answer transaction marks the request answered and writes only here; the release
-- transaction moves a whole batch in random order into feedback_response with new ids and deletes the pool rows. So no
-- system column (xmin, ctid), sequence or timestamp ties a stored response to the transaction that changed its request.
CREATE TABLE response_pool (
    id                 uuid    PRIMARY KEY,
    pooled_on          date    NOT NULL,
    survey_key         text    NOT NULL,
    survey_version     integer NOT NULL,
    definition_id      uuid    NOT NULL,
    definition_version integer NOT NULL,
    care_team          text    NOT NULL,
    client_segment     text    NOT NULL,
    nps                integer,
    ces                integer,
    statements         jsonb   NOT NULL,
    open_answer        text,
    removed            jsonb
);

-- The request keeps no answered day (status ANSWERED says enough), and the response no request day: together with the
-- pathway they would pair a request with its response wherever a pathway has few answers.
ALTER TABLE feedback_request DROP COLUMN answered_on;
ALTER TABLE feedback_response ALTER COLUMN requested_on DROP NOT NULL;

-- Responses stored before the pool were written in the transaction that answered their request: rewrite them in random
-- order in this transaction, so that neither their xmin nor their position on disk points at a request any more.
CREATE TEMPORARY TABLE old_response ON COMMIT DROP AS SELECT * FROM feedback_response;
CREATE TEMPORARY TABLE old_anonymiser_log ON COMMIT DROP AS SELECT * FROM anonymiser_log;
TRUNCATE anonymiser_log, feedback_response;
INSERT INTO feedback_response (id, survey_key, survey_version, definition_id, definition_version, care_team,
        place_of_service, cost_centre, aura_service_class, contact_type, client_segment, requested_on, answered_on, nps,
        ces, statements, open_answer)
    SELECT id, survey_key, survey_version, definition_id, definition_version, care_team, place_of_service, cost_centre,
           aura_service_class, contact_type, client_segment, NULL, answered_on, nps, ces, statements, open_answer
    FROM old_response ORDER BY random();
INSERT INTO anonymiser_log SELECT * FROM old_anonymiser_log ORDER BY random();
-- Their feedback.submitted events, written in the same transactions, are delivered; the copies name the response.
DELETE FROM outbox_event WHERE event_type = 'fi.digipolku.feedback.submitted' AND sent_at IS NOT NULL;
