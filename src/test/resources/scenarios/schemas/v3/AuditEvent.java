package scenario.schemas;

import jakarta.persistence.*;
import java.time.OffsetDateTime;

@Entity
@Table(name = "audit_event", schema = "audit", indexes = @Index(name = "ix_audit_event_at", columnList = "at"))
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 40)
    String action;

    @Column(nullable = false)
    OffsetDateTime at;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    Customer customer;
}
