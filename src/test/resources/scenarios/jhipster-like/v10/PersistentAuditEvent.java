package scenario.jhipster;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** What Spring Boot Actuator's audit events become when they are kept. */
@Entity
@Table(name = "jhi_persistent_audit_event")
public class PersistentAuditEvent implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    @Column(name = "event_id")
    Long id;

    @Column(nullable = false)
    String principal;

    @Column(name = "event_date")
    Instant auditEventDate;

    @Column(name = "event_type")
    String auditEventType;

    @ElementCollection
    @MapKeyColumn(name = "name")
    @Column(name = "data_value")
    @CollectionTable(name = "jhi_persistent_audit_evt_data", joinColumns = @JoinColumn(name = "event_id"))
    Map<String, String> data = new HashMap<>();
}
