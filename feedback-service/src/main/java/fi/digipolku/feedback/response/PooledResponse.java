package fi.digipolku.feedback.response;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An answer waiting in the pool until it is stored as a {@link FeedbackResponse} together with others of its pathway.
 * Its id is its own and is never copied; the day it was pooled only decides how long it has waited.
 */
@Entity
@Table(name = "response_pool")
public class PooledResponse {

    @Id
    public UUID id;

    @Column(name = "pooled_on")
    public LocalDate pooledOn;

    @Column(name = "survey_key")
    public String surveyKey;

    @Column(name = "survey_version")
    public int surveyVersion;

    @Column(name = "definition_id")
    public UUID definitionId;

    @Column(name = "definition_version")
    public int definitionVersion;

    @Column(name = "care_team")
    public String careTeam;

    @Column(name = "client_segment")
    public String clientSegment;

    public Integer nps;

    public Integer ces;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> statements;

    @Column(name = "open_answer")
    public String openAnswer;

    /** What the anonymiser removed from the open answer, per category; {@code null} without an open answer. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> removed;
}
