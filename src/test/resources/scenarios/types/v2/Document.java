package scenario.types;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

@Entity
public class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    byte[] thumbnail;

    @Lob
    String body;

    @Lob
    byte[] attachment;

    @Enumerated(EnumType.ORDINAL)
    Priority priority;

    @Column(unique = true, length = 40)
    String slug;

    Instant createdAt;

    LocalDate dueOn;

    @Column(precision = 12, scale = 3)
    BigDecimal weight;

    @Column(columnDefinition = "varchar(64) default 'draft' not null")
    String state;

    @ElementCollection
    @CollectionTable(name = "document_tags", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "tag", length = 50)
    Set<String> tags;

    @Version
    int version;
}
