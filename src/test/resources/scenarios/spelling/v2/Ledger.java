package scenario.spelling;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

/** Checks, defaults and names that need quoting, to see them written as Hibernate writes them. */
@Entity
@Check(constraints = "length(state) > 1")
@Table(indexes = @Index(name = "ledger_display_idx", columnList = "\"DisplayName\""))
public class Ledger {
    @Id
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "\"AccountKind\"", length = 20)
    Kind kind;

    @Enumerated(EnumType.ORDINAL)
    Tier tier;

    @Enumerated(EnumType.ORDINAL)
    @Column(name = "\"order\"")
    Tier order;

    @Column(length = 20)
    @ColumnDefault("'closed'")
    String state;

    @Column(name = "\"DisplayName\"", length = 80)
    String displayName;

    @Column(precision = 12, scale = 2)
    @ColumnDefault("100.00")
    @Check(constraints = "cap >= 0")
    java.math.BigDecimal cap;
}
