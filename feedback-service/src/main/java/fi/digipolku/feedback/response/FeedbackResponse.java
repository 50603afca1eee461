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
 * An answer, unlinkable to the person: a new random id, no request id, only the day it was stored (with its batch,
 * see {@link ResponsePool}), an age group, the pathway's service-event metadata and the answers with the open text
 * already anonymised. The day of the request is not kept ({@code requested_on} stays empty): with the pathway it would
 * pair the response with its request wherever few clients are asked.
 */
@Entity
@Table(name = "feedback_response")
public class FeedbackResponse {

    @Id
    public UUID id;

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

    @Column(name = "place_of_service")
    public String placeOfService;

    @Column(name = "cost_centre")
    public String costCentre;

    @Column(name = "aura_service_class")
    public String auraServiceClass;

    @Column(name = "contact_type")
    public String contactType;

    @Column(name = "client_segment")
    public String clientSegment;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    public Integer nps;

    public Integer ces;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> statements;

    @Column(name = "open_answer")
    public String openAnswer;
}
