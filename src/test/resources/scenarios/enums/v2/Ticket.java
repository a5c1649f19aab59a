package scenario.enums;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Ticket {
    @Id
    @GeneratedValue
    Long id;

    @Column(length = 100)
    String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    Status status;
}
