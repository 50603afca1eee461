-- The monitoring list filtered by pathway, newest activity first, straight from the index.
CREATE INDEX enrollment_followed_by_definition ON enrollment (definition_id, status, last_activity_at DESC)
    WHERE followed_by_team;
