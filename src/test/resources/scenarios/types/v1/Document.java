package scenario.types;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@Entity
public class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    boolean published;

    byte[] thumbnail;

    @Lob
    String body;

    @Lob
    byte[] attachment;

    @Enumerated(EnumType.ORDINAL)
    Priority priority;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> metadata;

    Instant createdAt;

    LocalDate dueOn;

    @Column(precision = 10, scale = 3)
    BigDecimal weight;

    @Column(columnDefinition = "varchar(64) default 'draft' not null")
    String state;

    @Version
    int version;
}
