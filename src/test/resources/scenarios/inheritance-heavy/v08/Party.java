package scenario.inheritance;

import jakarta.persistence.*;

/** Anyone a document can belong to; each kind of party keeps its own columns in its own table. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "party",
        uniqueConstraints = @UniqueConstraint(name = "uk_party_code", columnNames = "code"))
@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 20)
public abstract class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
    Long id;

    @Version
    int version;

    @Column(nullable = false, length = 40)
    String code;

    @Column(name = "display_name", nullable = false, length = 200)
    String displayName;

    @Embedded
    Address address;
}
