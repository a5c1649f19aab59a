package scenario.schemas;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "audit_note", schema = "audit")
public class AuditNote {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_note_seq")
    @SequenceGenerator(name = "audit_note_seq", sequenceName = "audit_note_seq", schema = "audit", allocationSize = 20)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    AuditEvent event;

    @Column(length = 500)
    String text;

    @ManyToMany
    @JoinTable(name = "audit_note_customer", schema = "audit")
    Set<Customer> customers;
}
