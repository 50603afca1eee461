package fi.digipolku.messaging.team;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fi.digipolku.messaging.promise.PromiseUnit;

/** A care team's messaging settings as an admin configured them. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public String id;

    @Column(name = "promise_amount")
    public int promiseAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "promise_unit")
    public PromiseUnit promiseUnit;

    @Column(name = "work_start")
    public LocalTime workStart;

    @Column(name = "work_end")
    public LocalTime workEnd;

    public String zone;

    @Column(name = "escalation_team")
    public String escalationTeam;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "opening_days")
    public List<DayOfWeek> openingDays;

    public LocalTime opens;

    public LocalTime closes;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;
}
